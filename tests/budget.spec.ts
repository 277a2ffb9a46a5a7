import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// First load: every JS and CSS file a page fetches until the network is idle, plus the CSS inlined
// in its HTML, gzipped. What the person has not asked for yet (the engine, results, i18next)
// loads on demand and is not in it.
const BUDGET_BYTES = 60 * 1024;
const PAGES = ['/', '/uforetrygd/', '/etterbetaling/', '/tabell/', '/om/', '/bygg-inn/', '/embed/'];

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

for (const lang of ['nb', 'nn', 'en'] as const) {
	test(`first load of every page in ${lang} stays within 60 KB of gzipped JS and CSS @phone-only`, async ({
		page
	}) => {
		const rows: string[] = [];
		const over: string[] = [];
		for (const path of PAGES) {
			const assets = new Set<string>();
			const onRequest = (req: { resourceType(): string; url(): string }) => {
				const type = req.resourceType();
				if (type === 'script' || type === 'stylesheet') assets.add(new URL(req.url()).pathname);
			};
			page.on('request', onRequest);
			const url = lang === 'nb' ? `.${path}?lang=nb` : `./${lang}${path}`;
			const response = await page.goto(url);
			await page.waitForLoadState('networkidle');
			page.off('request', onRequest);
			expect(assets.size).toBeGreaterThan(0);
			const html = (await response?.text()) ?? '';
			const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)]
				.map((m) => m[1])
				.join('');
			let total = inlineCss ? gz(inlineCss) : 0;
			const sizes: Array<[string, number]> = [];
			// The production build on disk is exactly what the preview server sends.
			for (const p of assets) {
				const size = gz(readFileSync(`build${decodeURIComponent(p)}`));
				sizes.push([p.replace(/^.*\//u, ''), size]);
				total += size;
			}
			rows.push(`${path} ${(total / 1024).toFixed(1)} KB (${assets.size} files)`);
			// Over budget: say which files are the largest, to know what to load on demand.
			const largest = sizes
				.sort((a, b) => b[1] - a[1])
				.slice(0, 8)
				.map(([f, n]) => `${f} ${(n / 1024).toFixed(1)}`);
			if (total > BUDGET_BYTES)
				over.push(`${path}: ${(total / 1024).toFixed(1)} KB; largest: ${largest.join(', ')}`);
		}
		console.log(`first load in ${lang}: ${rows.join(', ')}`);
		expect(over).toEqual([]);
	});
}
