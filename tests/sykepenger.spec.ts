import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

test.describe('from pay to sykepenger', () => {
	test('three months of pay give the capped grunnlag and daily rate, carried into the withholding', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Inntektsår').selectOption('2025');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Sykepenger' });
		await page.getByText('Regn ut sykepengene fra lønnen din').click();
		await page.getByLabel('Første fraværsdag').fill('2025-09-01');
		// Each month's field says which month it is: the three calendar months before.
		for (const m of ['august 2025', 'juli 2025', 'juni 2025'])
			await page.getByLabel(`Lønn for ${m}`).fill('70 000');
		await page.getByLabel('Sykepenger fra og med').fill('2025-09-01');
		await page.getByLabel('Sykepenger til og med').fill('2025-10-31');
		const result = page.getByRole('region', { name: 'Sykepengene dine' });
		// 6 G (2025) = 780 960; / 260 = 3 003.69 a day
		await expect(result).toContainText(/780\s960\skr/u);
		await expect(result).toContainText(/3\s003,69\skr/u);
		await expect(result.getByText(/over 6 G/u)).toBeVisible();

		// What was typed in this step survives a reload (it travels in the address).
		await expect(page).toHaveURL(/sp=2025-09-01~m~70000~70000~70000/u);
		await page.reload();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Lønn for juni 2025')).toHaveValue('70000');
		await expect(result).toContainText(/3\s003,69\skr/u);

		await page.getByRole('button', { name: 'Bruk disse utbetalingene i beregningen' }).click();
		await expect(page.getByText('Utbetalingene er lagt inn under «Utbetalinger».')).toBeVisible();
		await page.getByLabel('Tabellnummer').fill('8000');
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByRole('article')).toHaveCount(2);
		// The employer pays 1–16 September (said in the step); NAV from 17 September:
		// 10 weekdays × 3 004 kr (the nearest krone of 3 003.69) = 30 040.
		await expect(page.getByText(/Arbeidsgiveren betaler de første 16 dagene/u)).toBeVisible();
		await expect(results.getByRole('article').first()).toContainText(/30\s040\skr/u);
		// Paid after the month, on a banking day, and said to be assumed.
		await expect(results.getByRole('article').first()).toContainText(
			/Antatt utbetalt 1\. oktober 2025/u
		);
		await expectNoAxeViolations(page);
	});

	test('hourly and shift pay: the employer’s rate per working day, then NAV’s rate from the monthly average', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Sykepenger' });
		await page.getByText('Regn ut sykepengene fra lønnen din').click();
		await page.getByLabel('Første fraværsdag').fill('2026-09-01');
		await page.getByRole('radio', { name: 'Timelønn eller ujevn lønn' }).check();
		// NAV's 14/14 rota: 42 days of 12 hours at 220 kr in the three months = 110 880 kr.
		await page.getByLabel('Lønn i alt de tre hele månedene før fraværet').fill('110 880');
		await page.getByLabel('Dager du faktisk jobbet i de tre månedene').fill('42');
		await page.getByLabel('Sykepenger fra og med').fill('2026-09-21');
		await page.getByLabel('Sykepenger til og med').fill('2026-09-30');
		const result = page.getByRole('region', { name: 'Sykepengene dine' });
		// The employer: 110 880 / 42 = 2 640 a working day in the first 16 days.
		await expect(
			result.getByText('Arbeidsgiverens sats per arbeidsdag (de første 16 dagene)')
		).toBeVisible();
		await expect(result).toContainText(/2\s640,00\skr/u);
		// NAV: 110 880 / 3 = 36 960 a month; × 12 = 443 520; / 260 = 1 705,85, paid 1 706 a weekday
		// (not 2 640 × 260 = 686 400 a year).
		await expect(result).toContainText(/36\s960,00\skr/u);
		await expect(result).toContainText(/443\s520\skr/u);
		await expect(result).toContainText(/1\s705,85\skr/u);
		await expect(result).not.toContainText(/686\s400/u);
		await expect(
			result.getByText(/per arbeidsdag\. Det er dagsatsen arbeidsgiveren betaler/u)
		).toBeVisible();
		// It travels in the link and survives a reload.
		await expect(page).toHaveURL(/sp=2026-09-01~h~~~~110880~42/u);
		await page.reload();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(result).toContainText(/1\s705,85\skr/u);
		// 21–30 September 2026: 8 weekdays × 1 706 = 13 648.
		await expect(result).toContainText(/13\s648\skr/u);
		await expectNoAxeViolations(page);
	});

	test('in English, a date without a known G asks for it (none from 1 May 2027)', async ({
		page
	}) => {
		await open(page, './?lang=en');
		await page
			.getByLabel('Which benefit do you receive?')
			.selectOption({ label: 'Sickness benefit (sykepenger)' });
		await page.getByText('Work out your sickness benefit from your pay').click();
		// G from 1 May 2026 (136 549) is known: not asked for.
		await page.getByLabel('First day of absence').fill('2026-06-01');
		await expect(page.getByLabel('The basic amount (G) on the first day of absence')).toBeHidden();
		await page.getByLabel('First day of absence').fill('2027-06-01');
		await expect(page.getByLabel('The basic amount (G) on the first day of absence')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
