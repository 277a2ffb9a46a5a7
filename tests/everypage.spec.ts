import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

/**
 * Every page, in every language, on the narrowest phone (320 px): zero axe violations, nothing
 * wider than the screen (no page overflow, no table cut off inside its scroller) and no text with
 * an unfilled placeholder ("{{" or "}}"), in what is shown and in accessible names and hints.
 */
const PAGES = [
	'./',
	'./uforetrygd/',
	'./etterbetaling/',
	'./tabell/',
	'./ditt-ar/',
	'./forklar/',
	'./om/',
	'./bygg-inn/',
	'./embed/'
];
const LANGS = ['nb', 'nn', 'en'] as const;

/** Open every disclosure, so tables and explanations inside are checked too. */
async function openAll(page: Page) {
	await page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
}

async function expectNoUnfilled(page: Page) {
	const found = await page.evaluate(() => {
		const out: string[] = [];
		const bad = /\{\{|\}\}/u;
		if (bad.test(document.body.innerText)) {
			const line = document.body.innerText.split('\n').find((l) => bad.test(l));
			out.push(`text: ${line}`);
		}
		for (const el of document.querySelectorAll('*')) {
			for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
				const v = el.getAttribute(a);
				if (v && bad.test(v)) out.push(`${a}: ${v}`);
			}
		}
		if (bad.test(document.title)) out.push(`title: ${document.title}`);
		return out;
	});
	expect(found).toEqual([]);
}

async function expectNoOverflow(page: Page) {
	const problems = await page.evaluate(() => {
		const out: string[] = [];
		const vw = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > vw)
			out.push(`page ${document.documentElement.scrollWidth} > ${vw}`);
		// A table in a scroller hides columns on a phone: every table must fit where it is.
		for (const table of document.querySelectorAll('table')) {
			const box = table.getBoundingClientRect();
			if (box.width === 0) continue;
			const parent = table.parentElement!;
			if (table.scrollWidth > parent.clientWidth + 1 || box.right > vw + 1)
				out.push(
					`table "${table.caption?.textContent?.trim() ?? ''}" ${table.scrollWidth} > ${parent.clientWidth}`
				);
		}
		return out;
	});
	expect(problems).toEqual([]);
}

async function check(page: Page) {
	await openAll(page);
	await expectNoUnfilled(page);
	await expectNoOverflow(page);
	await expectNoAxeViolations(page);
}

test.describe('every page at 320 px @phone-only', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const lang of LANGS) {
		for (const path of PAGES) {
			test(`${path} in ${lang}`, async ({ page }) => {
				await open(page, `${path}?lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await check(page);
			});
		}

		test(`uføretrygd's and your year's results in ${lang}`, async ({ page }) => {
			await open(
				page,
				`./uforetrygd/?lang=${lang}#v=1&s=u&y=2026&m=25000&k=t&t=8010&o=100000&op=30`
			);
			await expect(page.getByRole('table').first()).toBeVisible();
			await check(page);
			await open(
				page,
				`./ditt-ar/?lang=${lang}#v=1&y=2026&b=uforetrygd&c=t8110&q=25000~m~1&s=y&ok=w&oa=100000&ob=p&ov=30`
			);
			await expect(page.getByRole('table').first()).toBeVisible();
			await check(page);
		});

		test(`calculator results, errors and a too-large amount in ${lang}`, async ({ page }) => {
			// AAP every 14 days from January with a voluntary extra: first-vs-later boxes, split
			// months, a trekkfri meldeperiode, the month table.
			await open(page, `./?lang=${lang}#v=1&l=${lang}&y=2026&b=aap&c=t8010&x=k500&q=14000~f~1`);
			await expect(page.locator('article').first()).toBeVisible();
			await check(page);
			// The caseworker's compact table: nothing cut off, no header broken inside a word.
			await page.locator('input[name="result-view"][value="table"]').check();
			await check(page);
			const broken = await page.evaluate(() =>
				[...document.querySelectorAll('thead th')]
					.filter((th) => (th as HTMLElement).offsetWidth > 0)
					.filter((th) => {
						// A word split over two lines makes the header taller than its words need.
						const range = document.createRange();
						range.selectNodeContents(th);
						const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
						const words = (th.textContent ?? '').trim().split(/\s+/u).length;
						return lines.size > words;
					})
					.map((th) => th.textContent)
			);
			expect(broken).toEqual([]);
			// Every field's error at once, then a too-large amount.
			await open(page, `./?lang=${lang}`);
			await page.locator('form button[type="submit"]').click();
			await expect(page.locator('[role="alert"], .error-summary').first()).toBeVisible();
			await check(page);
			await page.locator('input[inputmode="decimal"]').first().fill('99999999999');
			await page.locator('form button[type="submit"]').click();
			await check(page);
		});
	}
});
