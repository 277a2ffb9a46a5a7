import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The one inline script of src/app.html (it picks the page's language before the first paint)
// is allowed by its hash: SvelteKit hashes only the scripts it writes itself.
const appHtml = readFileSync('src/app.html', 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

/** Every page of the site (a folder under src/routes with a +page.svelte and no parameter). */
function pages(dir = 'src/routes', path = '/') {
	const out = existsSync(join(dir, '+page.svelte')) ? [path] : [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (!entry.isDirectory() || entry.name.startsWith('[')) continue;
		// A (group) folder adds nothing to the address.
		const next = entry.name.startsWith('(') ? path : `${path}${entry.name}/`;
		out.push(...pages(join(dir, entry.name), next));
	}
	return out;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Plain files for any static host; every page is prerendered and asset paths are relative,
		// so the build also works under a sub-path.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { relative: true },
		// Each page's CSS goes into its HTML: nothing blocks the first paint.
		inlineStyleThreshold: Infinity,
		// The service worker is registered by the app once the page is up, and only in the site's
		// own top-level page (src/routes/+layout.svelte), not by SvelteKit's start script on load.
		serviceWorker: { register: false },
		// Every page once per language: bokmål at its own path, nynorsk and English under /nn/ and
		// /en/ (src/hooks.ts maps those back to the route), so each is right at its first paint.
		prerender: {
			entries: ['*', ...['nn', 'en'].flatMap((lang) => pages().map((p) => `/${lang}${p}`))]
		},
		// The CSP meta tag is added by SvelteKit itself, with the hashes of its own inline scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScripts],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
