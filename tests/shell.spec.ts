import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, forbidForeignRequests, open } from './helpers';
import { INTERPRETATIONS } from '../src/lib/engine/interpretations';
import { BENEFIT_IDS } from '../src/lib/engine/nav/benefits';

test.describe('site shell', () => {
	test('opens in bokmål by default and switches language without reload', async ({ page }) => {
		await open(page, './');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const marker = await page.evaluate(() => ((window as unknown as { __m: number }).__m = 42));
		await page.getByLabel('Språk').selectOption({ label: 'English' });
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByLabel('Language')).toBeVisible();
		await expect(page.getByRole('link', { name: 'About Trekkhjelp' })).toBeVisible();
		// Same document: nothing was reloaded.
		expect(await page.evaluate(() => (window as unknown as { __m: number }).__m)).toBe(marker);
		await page.getByLabel('Language').selectOption({ label: 'Nynorsk' });
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		await expect(page.getByRole('link', { name: 'Om Trekkhjelp' })).toBeVisible();
	});

	test('the language comes from ?lang= and survives a reload', async ({ page }) => {
		await open(page, './?lang=en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByLabel('Language')).toHaveValue('en');
		await page.getByLabel('Language').selectOption('nn');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	});

	test('the browser language is used when the URL has none', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await open(page, process.env.PW_SITE ?? 'http://localhost:4173/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await context.close();
	});

	test('the about page states privacy, sources and the years covered', async ({ page }) => {
		await open(page, './');
		await page.getByRole('link', { name: 'Om Trekkhjelp' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Om Trekkhjelp' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Personvern' })).toBeVisible();
		await expect(page.getByText('Ingenting sendes til noen server')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Kilder' })).toBeVisible();
		await expect(page.getByText(/2025, 2026/)).toBeVisible();
		// June and December for every benefit, from the engine's own table.
		const months = page.getByRole('region', { name: 'Juni og desember for hver ytelse' });
		// What a pensioner's year looks like, as the table says: not "one month without, one half".
		await expect(
			page.getByText(/Alderspensjon har vanlig trekk i juni og trekkfri desember/u)
		).toBeVisible();
		// Each benefit's name heads its own row group, over its June and December.
		await expect(months.getByRole('rowgroup').filter({ hasText: /^\s*Uføretrygd/u })).toHaveText(
			/Uføretrygd\s*Trekkfri måned\s*Halvt trekk/u
		);
		// The header row, then a name row and a rule row for each benefit, omstillingsstønad included.
		await expect(months.getByRole('row')).toHaveCount(BENEFIT_IDS.length * 2 + 1);
		await expect(months.getByText('Omstillingsstønad', { exact: true })).toBeVisible();
		await expect(page.getByText(/fast 17\s%\sav hver utbetaling/u)).toBeVisible();
		// Every interpretation the results may rest on is listed, in the person's words: exactly
		// the engine's list (the settled ones are gone).
		await expect(page.getByRole('heading', { name: 'Tolkninger' })).toBeVisible();
		const listed = page.locator('h2:text-is("Tolkninger") ~ ul').first().getByRole('listitem');
		await expect(listed).toHaveCount(INTERPRETATIONS.length);
		await expect(listed.filter({ hasText: /^Overgangsstønad under 50 % trekkes/u })).toHaveCount(1);
		await expect(listed.filter({ hasText: /2,25 G \/ 24/u })).toHaveCount(1);
		await expect(listed.filter({ hasText: /18–24 dager/u })).toHaveCount(1);
		// Supplerende stønad in December follows the law and names the NAV page that disagrees;
		// the meldeperioder of 2025–2027 give NAV's published weeks.
		await expect(
			listed.filter({ hasText: /skattebetalingsloven § 5-7 første ledd bokstav b.*fra 2023/u })
		).toHaveCount(1);
		await expect(listed.filter({ hasText: /uke 47–48 \(oddetallsuker\)/u })).toHaveCount(1);
		await expect(
			months.getByRole('rowgroup').filter({ hasText: /^\s*Supplerende stønad/u })
		).toHaveText(/Supplerende stønad\s*Vanlig trekk\s*Trekkfri måned/u);
		await expect(listed.filter({ hasText: /etterbetaling for en tidligere måned/iu })).toHaveCount(
			0
		);
	});

	test('keyboard: the skip link moves focus to the main content', async ({ page }) => {
		await open(page, './');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	// The shell (header, language switcher, the page's language) is checked with axe in every
	// language; the about page's structure is the same in each, so axe checks it once.
	for (const lang of ['nb', 'nn', 'en'] as const) {
		test(`no axe violations and no foreign requests in ${lang}`, async ({ page }) => {
			const foreign = forbidForeignRequests(page);
			for (const path of ['./', './om/']) {
				await open(page, `${path}?lang=${lang}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				if (path === './' || lang === 'nb') await expectNoAxeViolations(page);
			}
			expect(foreign).toEqual([]);
		});
	}

	test('no horizontal scrolling at 320 px wide', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		// The pages, with results shown (from links), as a person at 400 % zoom would see them.
		for (const path of [
			'./',
			'./om/',
			'./bygg-inn/',
			'./tabell/',
			'./#v=1&y=2026&b=dagpenger&c=t8000&p=0302~0315~15000!0316~0329~15000',
			'./uforetrygd/#v=1&s=u&y=2026&m=25000&k=t&t=8010&o=100000&op=30',
			'./etterbetaling/#v=1&s=e&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2026~300000~0',
			'./ditt-ar/#v=1&y=2026&b=uforetrygd&c=t8110&q=25000~m~1&s=y&ok=w&oa=100000&ob=p&ov=30'
		]) {
			await open(page, path);
			if (path.includes('#'))
				await expect(page.getByText(/Beregnet etter reglene for inntektsåret/u)).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		}
	});
});
