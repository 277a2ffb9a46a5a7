import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Where SvelteKit's start script fetches the app's entry modules (the point the gate goes in). */
export const START_IMPORTS = 'Promise.all([';

/**
 * The gate the start script waits behind: the browser's first paint, as it reports it (a `paint`
 * entry arrives once the frame is on screen, so nothing of the app is fetched or run before it).
 * Then the page's modules are preloaded all at once (no waterfall) and the app starts. A hidden
 * tab paints nothing, and an embed whose settings are still to be applied (`embed-pending`)
 * shows nothing to paint: they start at once. A frame that never paints (an iframe out of view)
 * starts after three seconds; a browser without paint timing after one frame and a task.
 */
export function paintGate(modules: readonly string[]): string {
	return (
		'new Promise((go) => {' +
		" const d = document.documentElement; if (document.visibilityState === 'hidden' ||" +
		" d.classList.contains('embed-pending')) return go();" +
		" if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint'))" +
		' return requestAnimationFrame(() => setTimeout(go, 0));' +
		' new PerformanceObserver((list, o) => { o.disconnect(); setTimeout(go, 0); })' +
		".observe({ type: 'paint', buffered: true }); setTimeout(go, 3000); })" +
		`.then(() => { for (const href of ${JSON.stringify(modules)}) {` +
		" const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href;" +
		' document.head.append(link); } }).then(() => '
	);
}

/**
 * SvelteKit's start script, made to wait for the gate: `Promise.all([import(start),
 * import(app)])` runs once the gate opens. The page's CSP hash of the script follows. A page
 * without that script (none today) is left as it is; `tests/build.spec.ts` fails when a built
 * page's start script no longer waits, so the trick cannot stop working silently.
 */
export function gateStart(html: string, modules: readonly string[]): string {
	const hashes: Array<[string, string]> = [];
	const out = html.replace(/<script>([\s\S]*?)<\/script>/gu, (whole, body: string) => {
		const at = body.indexOf(START_IMPORTS);
		const end = at < 0 ? -1 : body.indexOf('])', at);
		if (end < 0 || !body.includes('kit.start')) return whole;
		const next = `${body.slice(0, at)}${paintGate(modules)}${body.slice(at, end + 2)})${body.slice(end + 2)}`;
		hashes.push([sha256(body), sha256(next)]);
		return `<script>${next}</script>`;
	});
	return hashes.reduce((text, [before, after]) => text.replace(before, after), out);
}
