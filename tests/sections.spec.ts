import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

test.describe('uføretrygd over a year', () => {
	test('monthly withholding, the annual tax and the likely outcome, with what no longer applies', async ({
		page
	}) => {
		await open(page, './uforetrygd/');
		await page.getByLabel('Uføretrygd per måned før skatt').fill('25 000');
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Annen inntekt i året, for eksempel lønn (valgfritt)').fill('100 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByRole('heading', { name: 'Skatten for året' })).toBeVisible();
		await expect(results.getByRole('row', { name: /Trygdeavgift/u })).toContainText(/30\s400\skr/u);
		await expect(results.getByText(/Trolig restskatt/u)).toBeVisible();
		await expect(results.getByText(/i januar trekkes vanlig trekk igjen/u)).toBeVisible();
		await expect(results.getByText(/5,1 %/u)).toBeVisible();
		await results.getByText('Vis som tabell').click();
		await expect(results.getByRole('row', { name: /juni/u })).toContainText('Trekkfri');
		await expectNoAxeViolations(page);
	});

	for (const lang of ['nn', 'en'] as const) {
		test(`works in ${lang} with zero axe violations`, async ({ page }) => {
			await open(page, `./uforetrygd/?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const monthly =
				lang === 'nn'
					? 'Uføretrygd per månad før skatt'
					: 'Disability benefit per month before tax';
			await page.getByLabel(monthly).fill('20000');
			await page.getByLabel(lang === 'nn' ? 'Tabellnummer' : 'Table number').fill('8000');
			await expect(
				page
					.getByText(lang === 'nn' ? /Skatten for heile året/u : /The tax for the whole year/u)
					.first()
			).toBeAttached();
			await expectNoAxeViolations(page);
		});
	}

	test('a bad amount is named in the error summary', async ({ page }) => {
		await open(page, './uforetrygd/');
		await page.getByLabel('Uføretrygd per måned før skatt').fill('tjue tusen');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const summary = page.getByRole('region', { name: 'Rett opp dette før vi kan regne:' });
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Uføretrygd per måned før skatt');
	});
});

test.describe('etterbetaling', () => {
	test('flat withholding now, both settlement figures side by side, the relief and the net', async ({
		page
	}) => {
		await open(page, './etterbetaling/');
		await page
			.getByLabel('Hvilken ytelse gjelder etterbetalingen?')
			.selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Beløp før skatt').fill('200 000');
		await page.getByLabel('Lønn og ytelser som lønn i 2026').fill('300 000');
		await page.getByLabel('Lønn og ytelser som lønn i 2025').fill('250 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByText(/Trekkes nå: 88\s000\skr/u)).toBeVisible();
		await expect(results.getByRole('columnheader', { name: 'Alt skattlagt i 2026' })).toBeVisible();
		await expect(
			results.getByRole('columnheader', { name: 'Fordelt på årene den gjelder' })
		).toBeVisible();
		await expect(results.getByText('Fradrag du får automatisk')).toBeVisible();
		// 88 000 withheld, 66 111 in tax on it: the difference comes back, said without a minus.
		const back = results.getByText('Trolig tilbake for etterbetalingen på skatteoppgjøret');
		await expect(back.locator('xpath=following-sibling::dd')).toHaveText(/^21\s889\skr$/u);
		await expectNoAxeViolations(page);
	});

	test('unknown earlier income is assumed and said; English works', async ({ page }) => {
		await open(page, './etterbetaling/?lang=en');
		await page.getByLabel('Amount before tax').fill('50,000');
		await page.getByLabel('Wages and benefits taxed as wages in 2026').fill('280,000');
		const results = page.getByRole('region', { name: 'Result' });
		await expect(
			results.getByText(/We do not know your other income in 2025, so we used the income for 2026/u)
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('works in nynorsk with zero axe violations', async ({ page }) => {
		await open(page, './etterbetaling/?lang=nn');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		await page.getByLabel('Beløp før skatt').fill('40 000');
		await page.getByLabel('Løn og ytingar som løn i 2026').fill('250 000');
		await page.getByLabel('Løn og ytingar som løn i 2025').fill('250 000');
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByText(/Blir trekt no: 17\s600\skr/u)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a part for a future year is refused', async ({ page }) => {
		await open(page, './etterbetaling/');
		await page.getByLabel('Året etterbetalingen utbetales').selectOption('2024');
		await page.getByLabel('Gjelder året').selectOption('2026');
		await page.getByLabel('Beløp før skatt').fill('10 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		await expect(
			page.getByText('Året kan ikke være etter utbetalingsåret.', { exact: true })
		).toBeVisible();
	});
});
