import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

/** Open the page and wait until it is hydrated, so typing is not lost. */
async function openTable(page: Page): Promise<void> {
	await open(page, './tabell/');
	await page.locator('article[data-ready]').waitFor();
}

/** Is the row inside the visible part of the table's scroll container? */
async function visibleInScroller(row: Locator): Promise<boolean> {
	return row.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const view = el.closest('.scroller')!.getBoundingClientRect();
		return box.top >= view.top && box.bottom <= view.bottom;
	});
}

test.describe('whole withholding table', () => {
	test('looks up official figures and stays virtualised', async ({ page }) => {
		await openTable(page);
		await page.getByLabel('Inntektsår', { exact: true }).selectOption('2026');
		await page.getByLabel('Tabellnummer', { exact: true }).fill('8000');
		await page.getByLabel('Periode', { exact: true }).selectOption('month');
		const table = page.getByRole('table');
		await expect(table).toHaveAttribute('aria-rowcount', '2002');
		await expect(table.locator('caption')).toContainText(/Tabell 8000, månedstabell 2026/u);

		await page.getByLabel('Søk etter beløp', { exact: true }).fill('30 000');
		const status = page.getByRole('status');
		await expect(status).toHaveText(/Trekk for 30\s000\skr: 6\s427\skr/u);
		const hit = page.locator('tbody tr.hit');
		await expect(hit).toHaveCount(1);
		await expect(hit).toHaveAttribute('aria-rowindex', '302');
		await expect(hit.locator('td').nth(2)).toHaveText(/^6\s427$/u);
		expect(await visibleInScroller(hit)).toBe(true);

		// 2001 rows in the table, only a window of them in the DOM.
		expect(await page.locator('tbody tr').count()).toBeLessThan(80);

		await page.getByLabel('Periode', { exact: true }).selectOption('14days');
		await page.getByLabel('Søk etter beløp', { exact: true }).fill('15 000');
		await expect(status).toHaveText(/Trekk for 15\s000\skr: 3\s377\skr/u);
		await expect(page.locator('tbody tr.hit td').nth(2)).toHaveText(/^3\s377$/u);
		expect(await page.locator('tbody tr').count()).toBeLessThan(80);

		await expectNoAxeViolations(page);
	});

	test('scrolling the table renders the rows in view', async ({ page }) => {
		await openTable(page);
		await page.getByLabel('Tabellnummer', { exact: true }).fill('8000');
		const scroller = page.getByRole('region', { name: /Tabell 8000/u });
		await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
		const last = page.locator('tbody tr[aria-rowindex="2002"]');
		await expect(last).toHaveCount(1);
		expect(await visibleInScroller(last)).toBe(true);
		expect(await page.locator('tbody tr').count()).toBeLessThan(80);
		// No horizontal page scroll.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('an unknown table number says so next to the field', async ({ page }) => {
		await openTable(page);
		const input = page.getByLabel('Tabellnummer', { exact: true });
		await input.fill('8015');
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(input).toHaveAccessibleDescription(/Finner ikke tabellnummeret/u);
		// A number retired in 2025 says the tables were renumbered and where the new one is.
		await input.fill('7100');
		await expect(input).toHaveAccessibleDescription(/fikk nye nummer i 2025.*skattekortet/u);
		await expect(page.getByRole('table')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('the table looked up survives a reload and travels as a link', async ({ page }) => {
		await openTable(page);
		await page.getByLabel('Inntektsår', { exact: true }).selectOption('2025');
		await page.getByLabel('Tabellnummer', { exact: true }).fill('7150');
		await page.getByLabel('Periode', { exact: true }).selectOption('14days');
		await page.getByLabel('Søk etter beløp', { exact: true }).fill('12 000');
		await expect(page).toHaveURL(/#v=1&s=t&.*y=2025&t=7150&p=14days&q=12000/u);
		const status = await page.getByRole('status').textContent();
		expect(status).toMatch(/Trekk for 12\s000\skr/u);

		await page.reload();
		await page.locator('article[data-ready]').waitFor();
		await expect(page.getByLabel('Tabellnummer', { exact: true })).toHaveValue('7150');
		await expect(page.getByLabel('Periode', { exact: true })).toHaveValue('14days');
		await expect(page.getByRole('status')).toHaveText(status!);
	});
});
