import { test, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const gz = (d: Buffer | string) => gzipSync(d, { level: 9 }).length;
for (const path of (process.env.PAGES ?? '/tabell/').split(',')) {
	test(`assets of ${path} @phone-only`, async ({ page }) => {
		const assets = new Set<string>();
		page.on('request', (req: Request) => {
			if (req.frame() !== page.mainFrame()) return;
			const t = req.resourceType();
			if (t === 'script' || t === 'stylesheet') assets.add(new URL(req.url()).pathname);
		});
		const r = await page.goto(`.${path}`);
		await page.waitForLoadState('networkidle');
		const html = (await r?.text()) ?? '';
		const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]).join('');
		const rows: Array<[string, number]> = [['inline css', gz(css)]];
		for (const p of assets) rows.push([p, gz(readFileSync(`build${decodeURIComponent(p)}`))]);
		rows.sort((a, b) => b[1] - a[1]);
		console.log(path, (rows.reduce((s, r) => s + r[1], 0) / 1024).toFixed(2));
		for (const [p, n] of rows) console.log((n / 1024).toFixed(2), p);
	});
}
