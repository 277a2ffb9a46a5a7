import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gateStart } from './paintGate';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// SvelteKit's start script as it writes it (shortened), with the page's CSP naming its hash.
const start = `
	const element = document.currentScript.parentElement;
	Promise.all([
		import("./_app/immutable/entry/start.js"),
		import("./_app/immutable/entry/app.js")
	]).then(([kit, app]) => { kit.start(app, element, {}); });
`;
const page = (script: string) =>
	`<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(script)}">` +
	`<script>(function () { /* the language */ })();</script><body><script>${script}</script>`;

describe('the paint gate', () => {
	const html = gateStart(page(start), ['./_app/immutable/entry/start.js', './chunk.js']);
	const gated = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!)[1]!;

	it('fetches the modules only once the first paint is reported', () => {
		const gate = gated.indexOf("observe({ type: 'paint'");
		expect(gate).toBeGreaterThan(0);
		expect(gated.indexOf('import(')).toBeGreaterThan(gate);
		expect(gated).toContain('["./_app/immutable/entry/start.js","./chunk.js"]');
	});
	it("replaces the script's hash in the CSP with the new one", () => {
		expect(html).toContain(sha(gated));
		expect(html).not.toContain(sha(start));
	});
	it('leaves a page without a start script as it was', () => {
		const plain = '<p>no script</p><script>console.log(1)</script>';
		expect(gateStart(plain, ['./a.js'])).toBe(plain);
	});
});
