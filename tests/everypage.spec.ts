import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

/**
 * Every page, in every language, on the narrowest phone (320 px): nothing wider than the screen
 * (no page overflow, no table cut off inside its scroller), no text with an unfilled placeholder
 * ("{{" or "}}"), in what is shown and in accessible names and hints, and zero axe violations.
 *
 * Words change from one language to the next, the page's structure does not: the same elements,
 * roles, names' sources and colours. So the overflow and placeholder checks run in every language,
 * axe once per page state, in bokmål (shell.spec.ts runs it on the shell in every language, for
 * the page's language attribute). Axe on a long results page takes seconds on a busy machine.
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

/** The checks above; axe in bokmål only, on the whole page or on the part (`axeOn`) that changed. */
async function check(page: Page, lang: (typeof LANGS)[number], axeOn?: string) {
	await openAll(page);
	await expectNoUnfilled(page);
	await expectNoOverflow(page);
	if (lang === 'nb') await expectNoAxeViolations(page, axeOn);
}

test.describe('every page at 320 px @phone-only', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const lang of LANGS) {
		for (const path of PAGES) {
			test(`${path} in ${lang}`, async ({ page }) => {
				await open(page, `${path}?lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await check(page, lang);
			});
		}

		// A results page with axe (bokmål) takes up to half a minute on a busy machine.
		test(`uføretrygd's results in ${lang}`, async ({ page }) => {
			if (lang === 'nb') test.setTimeout(45_000);
			await open(
				page,
				`./uforetrygd/?lang=${lang}#v=1&s=u&y=2026&m=25000&k=t&t=8010&o=100000&op=30`
			);
			await expect(page.getByRole('table').first()).toBeVisible();
			await check(page, lang);
		});

		test(`your year's results in ${lang}`, async ({ page }) => {
			if (lang === 'nb') test.setTimeout(45_000);
			await open(
				page,
				`./ditt-ar/?lang=${lang}#v=1&y=2026&b=uforetrygd&c=t8110&q=25000~m~1&s=y&ok=w&oa=100000&ob=p&ov=30`
			);
			await expect(page.getByRole('table').first()).toBeVisible();
			await check(page, lang);
		});

		// AAP every 14 days from January with a voluntary extra: first-vs-later boxes, split
		// months, a trekkfri meldeperiode, the month table. A long page: axe in bokmål takes most
		// of the time (about 17 s with the load average at 20 on two cores).
		const aap = `./?lang=${lang}#v=1&l=${lang}&y=2026&b=aap&c=t8010&x=k500&q=14000~f~1`;

		test(`calculator results as cards in ${lang}`, async ({ page }) => {
			if (lang === 'nb') test.setTimeout(60_000);
			await open(page, aap);
			await expect(page.locator('article').first()).toBeVisible();
			await check(page, lang);
		});

		test(`calculator results as the compact table in ${lang}`, async ({ page }) => {
			if (lang === 'nb') test.setTimeout(45_000);
			await open(page, aap);
			await expect(page.locator('article').first()).toBeVisible();
			// The caseworker's compact table: nothing cut off, no header broken inside a word. Only
			// the table is new to axe (the rest of the page is the cards' test).
			await page.locator('input[name="result-view"][value="table"]').check();
			await check(page, lang, '.compact');
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
		});

		test(`the calculator with every field's error, then a too-large amount, in ${lang}`, async ({
			page
		}) => {
			await open(page, `./?lang=${lang}`);
			await page.locator('form button[type="submit"]').click();
			await expect(page.locator('[role="alert"], .error-summary').first()).toBeVisible();
			await check(page, lang);
			await page.locator('input[inputmode="decimal"]').first().fill('99999999999');
			await page.locator('form button[type="submit"]').click();
			await check(page, lang);
		});
	}
});
