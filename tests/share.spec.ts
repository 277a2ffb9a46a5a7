import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

async function fillYearOfUfore(page: Page) {
	await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
	await page.getByLabel('Tabellnummer').fill('8010');
	await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
	await expect(page.getByRole('region', { name: 'Resultat' }).getByRole('article')).toHaveCount(12);
}

async function trekkTexts(page: Page): Promise<string[]> {
	return page.getByRole('region', { name: 'Resultat' }).getByRole('article').allInnerTexts();
}

test.describe('for caseworkers', () => {
	test('a link round-trips exactly, language included', async ({ page, browser }) => {
		await open(page, './?lang=nn');
		await page.getByLabel('Kva yting får du?').selectOption({ label: 'Dagpengar' });
		await page.getByLabel('Tabellnummer').fill('8000');
		await page.getByLabel('Kvar utbetaling for seg').check();
		const row = page.getByRole('group', { name: 'Utbetaling 1', exact: true });
		await row.getByLabel('Frå og med dato').fill('2026-03-02');
		await row.getByLabel('Til og med dato').fill('2026-03-15');
		await row.getByLabel('Beløp før skatt').fill('15 000');
		await expect(page).toHaveURL(/#v=1&.*0302~0315~15000/u);
		const url = page.url();
		expect(url.length).toBeLessThan(160);
		const before = await trekkTexts(page);

		const other = await browser.newPage();
		await open(other, url);
		await expect(other.locator('html')).toHaveAttribute('lang', 'nn');
		await expect(other.getByRole('region', { name: 'Resultat' }).getByRole('article')).toHaveCount(
			1
		);
		expect(await trekkTexts(other)).toEqual(before);
		await expect(other.getByLabel('Tabellnummer')).toHaveValue('8000');
		await other.close();
	});

	test('a broken link says so and leaves an empty calculator', async ({ page }) => {
		await open(page, './#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~m~1'.replace('~m~1', '~x~99'));
		await expect(page.getByRole('alert')).toContainText('Lenken du åpnet, kunne ikke leses');
		await expect(page.getByLabel('Hvilken ytelse får du?')).toHaveValue('');
		await expect(page.getByLabel('Tabellnummer')).toHaveValue('');
		await page.goto('about:blank');
		await open(page, './#v=9&%%%');
		await expect(page.getByRole('alert')).toBeVisible();
	});

	test('editing the empty calculator after a broken link takes the message away', async ({
		page
	}) => {
		await open(page, './#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~x~99');
		await expect(page.getByRole('alert')).toContainText('Lenken du åpnet, kunne ikke leses');
		await fillYearOfUfore(page);
		await expect(page).toHaveURL(/q=25000/u);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('opening a link adds no history entry, in any language', async ({ page }) => {
		for (const link of [
			'./#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~m~1',
			'./#v=1&l=en&y=2026&b=uforetrygd&c=t8010&q=25000~m~1'
		]) {
			await page.goto('about:blank');
			await open(page, link);
			await expect(
				page.getByRole('region', { name: /Resultat|Result/u }).getByRole('article')
			).toHaveCount(12);
			const entries = await page.evaluate(() => history.length);
			// Past the pause after which edits are written to the address.
			await page.waitForTimeout(1200);
			expect(await page.evaluate(() => history.length)).toBe(entries);
			await page.goBack();
			await expect(page).toHaveURL('about:blank');
		}
	});

	test('back and forward move through the edits', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		await expect(page).toHaveURL(/q=25000/u);
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('30 000');
		await expect(page).toHaveURL(/q=30000/u);
		await page.goBack();
		await expect(
			page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?')
		).toHaveValue('25000');
		await page.goForward();
		await expect(
			page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?')
		).toHaveValue('30000');
	});

	test('what was typed survives a reload and a language switch', async ({ page }) => {
		await open(page, './');
		await fillYearOfUfore(page);
		await expect(page).toHaveURL(/q=25000/u);
		await page.reload();
		await expect(page.getByLabel('Tabellnummer')).toHaveValue('8010');
		await page.getByLabel('Språk').selectOption({ label: 'English' });
		await expect(page.getByLabel('Table number')).toHaveValue('8010');
		await expect(
			page.getByLabel('About how much do you get per payment (before tax)?')
		).toHaveValue('25000');
	});

	test('copy link confirms', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, './');
		await fillYearOfUfore(page);
		await page.getByRole('button', { name: 'Kopier lenke til denne beregningen' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Lenken er kopiert' })).toBeVisible();
	});

	test('print: no navigation, the timeline as a table, at most two A4 pages for a year @phone-only', async ({
		page
	}) => {
		await open(page, './');
		await fillYearOfUfore(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('contentinfo')).toBeHidden();
		await expect(page.getByRole('table', { name: /Måned for måned/u })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Alle utbetalinger' })).toBeVisible();
		await expect(page.getByText(/Skrevet ut/u)).toBeVisible();
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
		expect(pages).toBeGreaterThan(0);
		expect(pages).toBeLessThanOrEqual(2);
	});
});
