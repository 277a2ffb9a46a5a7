import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after one visit the site works with no network @phone-only', async ({ page, context }) => {
	await page.goto('./');
	await page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		return reg.active?.state;
	});
	// Reload once so the page is controlled by the worker, then cut the network.
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Skattetrekk på utbetalinger fra NAV'
	);
	await page.getByRole('link', { name: 'Om Trekkhjelp' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Om Trekkhjelp' })).toBeVisible();
	// Another language loads from the cache too.
	await page.getByLabel('Språk').selectOption({ label: 'English' });
	await expect(page.getByRole('heading', { level: 1, name: 'About Trekkhjelp' })).toBeVisible();
	await context.setOffline(false);
});
