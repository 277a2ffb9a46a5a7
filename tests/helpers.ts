import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Zero WCAG 2.1 A/AA violations on what the page shows now. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
	if (include) builder = builder.include(include);
	const results = await builder.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

/** Fail the test on any request that leaves the site's own origin. */
export function forbidForeignRequests(
	page: Page,
	origin = process.env.PW_SITE ?? 'http://localhost:4173'
): string[] {
	const foreign: string[] = [];
	page.on('request', (req) => {
		const url = req.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!url.startsWith(origin)) foreign.push(url);
	});
	return foreign;
}

/**
 * Open a page of the site and wait until it is hydrated, so nothing typed is lost, and in the
 * language asked for (a page opened in another switches in place once the app runs).
 */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-ready]:not([data-want])').waitFor({ state: 'attached' });
}
