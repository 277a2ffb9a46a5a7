import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 75 * 1024;

test('first page load stays under 75 KB of gzipped JS and CSS @phone-only', async ({ page }) => {
	const assets = new Set<string>();
	page.on('request', (req) => {
		const type = req.resourceType();
		if (type === 'script' || type === 'stylesheet') assets.add(new URL(req.url()).pathname);
	});
	await page.goto('./');
	await page.waitForLoadState('networkidle');
	expect(assets.size).toBeGreaterThan(0);
	let total = 0;
	for (const path of assets) {
		// The production build on disk is exactly what the preview server sends.
		total += gzipSync(readFileSync(`build${decodeURIComponent(path)}`), { level: 9 }).length;
	}
	console.log(`first load: ${assets.size} JS/CSS files, ${(total / 1024).toFixed(1)} KB gzipped`);
	expect(total).toBeLessThan(BUDGET_BYTES);
});
