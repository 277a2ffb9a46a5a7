import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { langOfPath } from '$lib/i18n/langPath';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// Paint first: the prerendered page is complete, so SvelteKit's start script waits for one frame
// (a short pause where no frames come, as in a hidden tab) before it imports and runs the app.
// On a slow phone whose network is quick, running the JavaScript would otherwise hold back the
// first paint. The script's hash in the page's CSP is replaced with the new one.
const WAIT_FOR_PAINT =
	'new Promise((go) => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 50); }).then(() => ';

function paintFirst(html: string): string {
	const hashes: Array<[string, string]> = [];
	const out = html.replace(/<script>([\s\S]*?)<\/script>/gu, (whole, body: string) => {
		const at = body.indexOf('Promise.all([');
		const end = at < 0 ? -1 : body.indexOf('])', at);
		if (end < 0 || !body.includes('kit.start')) return whole;
		const next = `${body.slice(0, at)}${WAIT_FOR_PAINT}${body.slice(at, end + 2)})${body.slice(end + 2)}`;
		hashes.push([sha256(body), sha256(next)]);
		return `<script>${next}</script>`;
	});
	return hashes.reduce((page, [before, after]) => page.replace(before, after), out);
}

// A page prerendered in nynorsk or English says so in `<html lang>` (src/app.html says bokmål).
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			paintFirst(lang === 'nb' ? html : html.replace('<html lang="nb"', `<html lang="${lang}"`))
	});
};
