import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { langOfPath } from '$lib/i18n/langPath';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// Paint first: the prerendered page is complete, so nothing but it is fetched or run before its
// first paint. SvelteKit's preload links are taken out of the head, and its start script waits for
// one frame, then adds them (every module still loads in parallel, no waterfall) and starts the
// app. A hidden tab paints nothing, so it starts at once; an iframe scrolled out of view gets no
// frames, so after a second it starts anyway. On a slow phone whose network is
// quick, fetching and running the JavaScript would otherwise hold back the first paint. The
// script's hash in the page's CSP is replaced with the new one.
function paintFirst(html: string): string {
	const preloads: string[] = [];
	const page = html.replace(/\s*<link href="([^"]+)" rel="modulepreload">/gu, (_, href: string) => {
		preloads.push(href);
		return '';
	});
	const wait =
		'new Promise((go) => { if (document.visibilityState === "hidden") return go();' +
		' requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 1000); })' +
		`.then(() => { for (const href of ${JSON.stringify(preloads)}) {` +
		" const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href;" +
		' document.head.append(link); } }).then(() => ';
	const hashes: Array<[string, string]> = [];
	const out = page.replace(/<script>([\s\S]*?)<\/script>/gu, (whole, body: string) => {
		const at = body.indexOf('Promise.all([');
		const end = at < 0 ? -1 : body.indexOf('])', at);
		if (end < 0 || !body.includes('kit.start')) return whole;
		const next = `${body.slice(0, at)}${wait}${body.slice(at, end + 2)})${body.slice(end + 2)}`;
		hashes.push([sha256(body), sha256(next)]);
		return `<script>${next}</script>`;
	});
	// Without a start script to add them back, the page keeps its preload links as they were.
	if (hashes.length === 0) return html;
	return hashes.reduce((text, [before, after]) => text.replace(before, after), out);
}

// A page prerendered in nynorsk or English says so in `<html lang>` (src/app.html says bokmål).
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			paintFirst(lang === 'nb' ? html : html.replace('<html lang="nb"', `<html lang="${lang}"`))
	});
};
