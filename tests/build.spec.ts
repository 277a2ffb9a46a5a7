import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHUNK_GROUPS } from '../vite.config';

// The speed tricks of the build, checked on what it wrote, so none can stop working unnoticed:
// nothing is fetched or run before a page's first paint but the page itself (SvelteKit's module
// preloads left out by src/hooks.server.ts, its start script behind the paint gate of
// src/lib/server/paintGate.ts), and every chunk group of vite.config.ts still takes its modules.
// No browser: the files alone.

/** Every prerendered page of the build, by its path (`nn/tabell/index.html`). */
function pages(dir = 'build', at = ''): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory() && entry.name !== '_app')
			out.push(...pages(join(dir, entry.name), `${at}${entry.name}/`));
		else if (entry.name === 'index.html') out.push(`${at}index.html`);
	}
	return out;
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test.describe('the build @phone-only', () => {
	const files = pages();

	test('has every page in three languages', () => {
		expect(files.length).toBeGreaterThanOrEqual(27);
		expect(files).toContain('nn/etterbetaling/index.html');
	});

	test('no page makes its first paint wait for a script, a preload, a stylesheet or the manifest', () => {
		for (const file of files) {
			const html = readFileSync(join('build', file), 'utf8');
			const head = html.slice(0, html.indexOf('</head>'));
			// Module preloads belong to the start script's gate, not the head.
			expect(head, file).not.toMatch(/rel="?modulepreload|rel="?preload"?[^>]*as="?script/u);
			// No script file anywhere that the parser would wait for.
			for (const tag of html.match(/<script\b[^>]*>/gu) ?? [])
				if (/\bsrc=/u.test(tag)) expect(tag, file).toMatch(/\b(async|defer|type="module")\b/u);
			// No stylesheet that blocks: the page's CSS is inline; the links are only markers.
			for (const tag of html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/gu) ?? [])
				expect(tag, file).toContain('disabled');

			// The first paint waits until the whole page is parsed, so it shows all of it.
			expect(head, file).toContain('<link rel="expect" href="#page" blocking="render"');
			expect(html, file).toContain('<div id="page"');
			expect(head, file).not.toContain('rel="manifest"');

			const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
			expect(scripts, file).toHaveLength(2);
			const [lang, start] = scripts as [string, string];
			// The language script decides and marks; it never sends the visitor to a second page.
			expect(lang, file).toContain("setAttribute('data-want'");
			expect(lang, file).not.toMatch(/location\.(replace|assign|href\s*=)|\bl\.replace\(/u);
			// The app's modules are fetched only once the first paint is reported.
			const gate = start.indexOf("observe({ type: 'paint'");
			const firstImport = start.indexOf('import(');
			expect(gate, `${file}: the start script waits for the first paint`).toBeGreaterThan(0);
			expect(firstImport, file).toBeGreaterThan(gate);
			expect(start.indexOf("link.rel = 'modulepreload'"), file).toBeGreaterThan(gate);
			expect(start, file).toContain('kit.start');
			// The service worker is the app's to register, once the page is up (not on load here).
			expect(start, file).not.toContain('serviceWorker');
			// Every inline script is allowed by the page's CSP, the gated one by its new hash.
			const csp = /http-equiv="content-security-policy" content="([^"]*)"/u.exec(html)?.[1] ?? '';
			for (const script of scripts) expect(csp, file).toContain(sha(script));
		}
	});

	test('every name in a chunk group matches a module, and every group makes a chunk', () => {
		const lib: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true }))
				if (e.isDirectory()) walk(join(dir, e.name));
				else lib.push(join(dir, e.name).slice('src/lib/'.length));
		};
		walk('src/lib');
		const viteDist = readdirSync('node_modules/vite/dist/node', { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join('node_modules/vite/dist/node', f), 'utf8'));
		for (const group of CHUNK_GROUPS) {
			for (const p of group.packages)
				expect(existsSync(`node_modules/${p}/package.json`), `${group.name}: ${p}`).toBe(true);
			for (const v of group.virtual)
				expect(
					viteDist.some((code) => code.includes(v)),
					`${group.name}: ${v}`
				).toBe(true);
			for (const f of group.files) {
				const hits = f.includes('/')
					? lib.filter((p) => p === f)
					: lib.filter((p) => p === f || p.endsWith(`/${f}`));
				expect(hits, `${group.name}: ${f} matches no file under src/lib`).not.toHaveLength(0);
			}
		}
		const manifest = JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as Record<string, { name?: string }>;
		const chunks = new Set(Object.values(manifest).map((c) => c.name));
		for (const group of CHUNK_GROUPS)
			expect(chunks.has(group.name), `no chunk of the group ${group.name}`).toBe(true);
	});

	test('no page inlines the styles of a component fetched for later', () => {
		// The components src/lib/ui/later.ts fetches for later, and the style sheet each one's
		// styles were built into (assets/<Name>.<hash>.css): none may be inlined in a page.
		const loaders = readFileSync('src/lib/ui/later.ts', 'utf8');
		const later = [...loaders.matchAll(/import\('\.\/(\w+)\.svelte'\)/gu)].map((m) => m[1]!);
		expect(later.length).toBeGreaterThanOrEqual(8);
		const assets = readdirSync('build/_app/immutable/assets');
		const sheets = later.flatMap((name) =>
			assets
				.filter((f) => f.startsWith(`${name}.`) && f.endsWith('.css'))
				.map(
					(f) => [name, readFileSync(`build/_app/immutable/assets/${f}`, 'utf8').trim()] as const
				)
		);
		// Most of them have styles of their own (a test that finds none checks nothing).
		expect(sheets.length).toBeGreaterThanOrEqual(6);
		for (const file of files) {
			const html = readFileSync(join('build', file), 'utf8');
			const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]).join('');
			for (const [name, sheet] of sheets)
				expect(css.includes(sheet), `${file} inlines ${name}'s styles`).toBe(false);
		}
	});
});
