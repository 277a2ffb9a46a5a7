import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

test.describe('explain a payment', () => {
	test('a payment notice typed in gives the table card, its steps and a way into the calculator', async ({
		page
	}) => {
		await open(page, './forklar/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forklar en utbetaling');
		await page.getByLabel('Ytelse').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Periode fra').fill('2026-03-02');
		await page.getByLabel('Periode til').fill('2026-03-15');
		await page.getByLabel('Brutto').fill('15 000');
		// The notice shows the withholding as a deduction.
		await page.getByLabel('Skattetrekk').fill('-3 377');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const results = page.getByRole('region', { name: 'Hva gir dette trekket?' });
		await expect(results.getByRole('heading', { name: 'Tabellkort: tabell 8000' })).toBeVisible();
		await expect(results.getByText(/14 dager, regnet i kalenderdager/u).first()).toBeVisible();
		const carry = results.getByRole('link', { name: 'Bruk dette i kalkulatoren' }).first();
		await expect(carry).toHaveAttribute(
			'href',
			/#v=1&l=nb&h=\w{5}&y=2026&b=dagpenger&w=o&c=t8000&q=15000~f~3$/u
		);
		await expectNoAxeViolations(page);

		// The scenario is in the address: a reload shows the same card.
		await expect(page).toHaveURL(/#v=1&s=x/u);
		await page.reload();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(results.getByRole('heading', { name: 'Tabellkort: tabell 8000' })).toBeVisible();

		// Printed for a caseworker: the card and what the notice said, not the form.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Forklar trekket' })).toBeHidden();
		await expect(results.getByText(/Dagpenger, 2\. mars 2026 – 15\. mars 2026/u)).toBeVisible();
		await expect(results.getByRole('heading', { name: 'Tabellkort: tabell 8000' })).toBeVisible();
		await page.emulateMedia({ media: 'screen' });

		await carry.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Skattetrekk på utbetalinger fra NAV'
		);
		await expect(page.getByLabel('Tabellnummer')).toHaveValue('8000');
	});

	test('the second payment of a month shows the month recalculated', async ({ page }) => {
		await open(page, './forklar/');
		await page.getByLabel('Ytelse').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Periode fra').fill('2026-03-16');
		await page.getByLabel('Periode til').fill('2026-03-29');
		await page.getByLabel('Brutto').fill('15000');
		await page.getByLabel('Skattetrekk').fill('3050');
		await page.getByRole('button', { name: 'Legg til en tidligere utbetaling' }).click();
		const row = page.getByRole('group', { name: 'Tidligere utbetaling 1' });
		await row.getByLabel('Periode fra').fill('2026-03-02');
		await row.getByLabel('Periode til').fill('2026-03-15');
		await row.getByLabel('Brutto').fill('15000');
		await row.getByLabel('Skattetrekk').fill('3377');
		// Its pay date from its notice: after this payment's is refused at the field.
		await row.getByLabel('Utbetalingsdato (kan stå tom)').fill('2026-04-03');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		await expect(row.getByText('En tidligere utbetaling må være utbetalt før')).toBeVisible();
		await row.getByLabel('Utbetalingsdato (kan stå tom)').fill('2026-03-17');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const results = page.getByRole('region', { name: 'Hva gir dette trekket?' });
		await expect(results.getByRole('heading', { name: 'Tabellkort: tabell 8000' })).toBeVisible();
		// Month table 8000 on 30 000 = 6 427, minus 3 377 withheld earlier = 3 050.
		const recalc = results.getByRole('table', { name: 'Månedens utregning' });
		await expect(recalc.getByRole('columnheader', { name: 'mars' })).toBeVisible();
		await expect(recalc.getByRole('row', { name: /Trekk for måneden/u })).toContainText(
			/6\s427\skr/u
		);
		await expect(recalc.getByRole('row', { name: /Trukket tidligere/u })).toContainText(
			/3\s377\skr/u
		);
		await expect(recalc.getByRole('row', { name: /Trekk nå/u })).toContainText(/3\s050\skr/u);
		await expectNoAxeViolations(page);
	});

	test('withheld above the gross is an error next to the field and in the summary', async ({
		page
	}) => {
		await open(page, './forklar/');
		// Nothing typed: every required field is named at once.
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const summaryBox = page.getByRole('region', { name: 'Rett opp dette før vi kan regne:' });
		await expect(
			summaryBox.getByRole('link', { name: 'Brutto: Fyll ut dette feltet.' })
		).toBeVisible();
		await expect(
			summaryBox.getByRole('link', { name: 'Periode fra: Fyll ut dette feltet.' })
		).toBeVisible();
		await page.getByLabel('Periode fra').fill('2026-05-01');
		await page.getByLabel('Periode til').fill('2026-05-31');
		await page.getByLabel('Brutto').fill('1000');
		await page.getByLabel('Skattetrekk').fill('2000');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const message = 'Skattetrekket kan ikke være større enn bruttobeløpet.';
		await expect(page.getByLabel('Skattetrekk')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('.field .error').getByText(message)).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Rett opp dette før vi kan regne:' }).getByRole('link', {
				name: `Skattetrekk: ${message}`
			})
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('nothing fits: said honestly, with what to check', async ({ page }) => {
		await open(page, './forklar/');
		await page.getByLabel('Periode fra').fill('2026-05-01');
		await page.getByLabel('Periode til').fill('2026-05-31');
		await page.getByLabel('Brutto').fill('25000');
		await page.getByLabel('Skattetrekk').fill('7777');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const results = page.getByRole('region', { name: 'Hva gir dette trekket?' });
		await expect(results.getByText(/Ingen regel eller tabell vi kjenner til/u)).toBeVisible();
		await expect(results.getByRole('heading', { name: 'Dette kan du sjekke' })).toBeVisible();
	});

	for (const lang of ['nn', 'en'] as const) {
		test(`works in ${lang} with zero axe violations`, async ({ page }) => {
			await open(page, `./forklar/?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				lang === 'nn' ? 'Forklar ei utbetaling' : 'Explain a payment'
			);
			await page.getByLabel(lang === 'nn' ? 'Periode frå' : 'Period from').fill('2026-05-01');
			await page.getByLabel(lang === 'nn' ? 'Periode til' : 'Period to').fill('2026-05-31');
			await page.getByLabel(/^Brutto|^Gross/u).fill('25000');
			await page.getByLabel(/^Skattetrekk|^Tax withheld/u).fill('12500');
			await page
				.getByRole('button', {
					name: lang === 'nn' ? 'Forklar trekket' : 'Explain the withholding'
				})
				.click();
			await expect(
				page.getByRole('heading', {
					name: lang === 'nn' ? 'Utan skattekort: 50 %' : 'No tax card: 50%'
				})
			).toBeVisible();
			// The engine's steps are worded in the language too (never a raw key).
			await expect(
				page.getByText(
					lang === 'nn'
						? /Utan\sskattekort\strekkjer\sNAV\s50\s%\sav\sytingar:\s50\s%\sav\s25\s000\skr\s=\s12\s500\skr/u
						: /Without a tax card NAV withholds 50% of benefits: 50% of NOK\s25,000 = NOK\s12,500/u
				)
			).toBeVisible();
			await expect(page.getByText(/explain\.|steps:/u)).toHaveCount(0);
			await expectNoAxeViolations(page);
		});
	}

	test('the calculator and the site navigation link here', async ({ page }) => {
		await open(page, './');
		await page.getByRole('link', { name: /Har du en utbetalingsmelding/u }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forklar en utbetaling');
		await expect(
			page.getByRole('navigation', { name: 'Deler av Trekkhjelp' }).getByRole('link', {
				name: 'Forklar en utbetaling'
			})
		).toHaveAttribute('aria-current', 'page');
	});
});
