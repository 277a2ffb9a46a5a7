import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test.describe('whole withholding table', () => {
	test('looks up the official figures and stays virtualised', async ({ page }) => {
		await page.goto('./tabell/');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Tabellnummer').fill('8000');
		await page.getByLabel('Periode').selectOption('month');
		await page.getByLabel('Søk etter beløp (trekkgrunnlag)').fill('30 000');
		await expect(page.getByRole('status')).toHaveText(/Trekk for 30\s000\skr: 6\s427\skr/u);
		await expect(page.locator('tr.hit')).toContainText(/6\s427\skr/u);
		// 2001 rows in the table, a few dozen in the page.
		await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2002');
		expect(await page.locator('tbody tr').count()).toBeLessThan(60);
		await page.getByLabel('Periode').selectOption('14days');
		await page.getByLabel('Søk etter beløp (trekkgrunnlag)').fill('15000');
		await expect(page.getByRole('status')).toHaveText(/3\s377\skr/u);
		await expectNoAxeViolations(page);
	});

	test('an unknown table number says so', async ({ page }) => {
		await page.goto('./tabell/');
		await page.getByLabel('Tabellnummer').fill('7100');
		await expect(page.getByText('Finner ikke tabellnummeret.', { exact: false })).toBeVisible();
		await expect(page.getByRole('table')).toHaveCount(0);
	});
});
