import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

/** Fill in a payment row in list mode the way a person does: by the labels. */
async function fillRow(page: Page, n: number, from: string, to: string, amount: string) {
	const row = page.getByRole('group', { name: `Utbetaling ${n}`, exact: true });
	await row.getByLabel('Fra og med dato').fill(from);
	await row.getByLabel('Til og med dato').fill(to);
	await row.getByLabel('Beløp før skatt').fill(amount);
}

test.describe('withholding per payment', () => {
	test('a dagpenger month with two payments explains first vs later', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Tabellnummer').fill('8000');
		await page.getByLabel('Hver utbetaling for seg').check();
		await fillRow(page, 1, '2026-03-02', '2026-03-15', '15 000');
		await page.getByRole('button', { name: 'Legg til utbetaling' }).click();
		await fillRow(page, 2, '2026-03-16', '2026-03-29', '15000');

		const results = page.getByRole('region', { name: 'Resultat' });
		const first = results.getByRole('article').filter({ hasText: 'Utbetaling 1' });
		const second = results.getByRole('article').filter({ hasText: 'Utbetaling 2' });
		await expect(first.getByText('Trukket skatt')).toBeVisible();
		await expect(first).toContainText(/3\s377\skr/u);
		await expect(second).toContainText(/3\s050\skr/u);
		await expect(first).toContainText('14-dagerstabell');
		await expect(second).toContainText('månedstabell');

		// The first-vs-later effect, with the person's own numbers.
		await expect(
			results.getByRole('heading', { name: /Hvorfor første utbetaling i mars/u })
		).toBeVisible();
		await expect(results).toContainText(/6\s427\skr/u);

		// Every payment explains itself step by step.
		await second.getByText('Slik regnet vi').click();
		await expect(second.getByRole('list')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('uføretrygd over a year shows June trekkfri and December half', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		// Said as soon as the benefit is chosen, before any figure.
		await expect(page.getByLabel('Hvilken ytelse får du?')).toHaveAccessibleDescription(
			'Med tabellkort: trekkfritt i juni, halvt trekk i desember. Tabeller som trekker over 12 måneder (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160) har vanlig trekk i begge månedene.'
		);
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		const results = page.getByRole('region', { name: 'Resultat' });
		await results.getByText('Vis som tabell').click();
		const table = results.getByRole('table', { name: /Måned for måned/u });
		await expect(table.getByRole('row', { name: /juni/u })).toContainText('Trekkfri');
		await expect(table.getByRole('row', { name: /desember/u })).toContainText('Halvt trekk');
		await expect(table.getByRole('row', { name: /mai/u })).toContainText('Vanlig trekk');
		await expect(results.getByText(/I januar 2027 trekkes det vanlig igjen/u)).toBeVisible();
		await expect(results.getByRole('img', { name: /Måned for måned/u })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('overgangsstønad below 50 % is withheld at the tax card’s percentage', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption('overgangsstonad');
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Prosentsats på skattekortet', { exact: true }).fill('30');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('9 000');
		const results = page.getByRole('region', { name: 'Resultat' });
		const march = results.getByRole('article').filter({ hasText: 'Utbetaling 3' });
		await expect(march).toContainText('Overgangsstønad under 50 %: 30 % etter skattekortet');
		await expect(march).toContainText(/2\s700\skr/u);
	});

	test('a bad input gets a message at the field and in the summary, and can be corrected', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Alderspensjon' });
		await page.getByLabel('Tabellnummer').fill('7100x');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('−20 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const summary = page.getByRole('region', { name: 'Rett opp dette før vi kan regne:' });
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link')).toHaveCount(2);
		await expect(page.getByText('Beløpet kan ikke være negativt.', { exact: true })).toBeVisible();
		await expectNoAxeViolations(page);

		await summary.getByRole('link', { name: /Tabellnummer/u }).click();
		await expect(page.getByLabel('Tabellnummer')).toBeFocused();
		await page.getByLabel('Tabellnummer').fill('7700');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('20 000');
		await expect(summary).toBeHidden();
		await expect(page.getByRole('region', { name: 'Resultat' })).toBeVisible();
	});

	test('every field’s problem shows at the first submit, not in rounds', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Alderspensjon' });
		// 4 digits but no such table (the engine's check) and a blank amount (the form's own).
		await page.getByLabel('Tabellnummer').fill('8015');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const summary = page.getByRole('region', { name: 'Rett opp dette før vi kan regne:' });
		await expect(summary.getByRole('link', { name: /Tabellnummer/u })).toBeVisible();
		await expect(summary.getByRole('link', { name: /Omtrent hvor mye/u })).toBeVisible();
		// The table hint no longer suggests a table retired in 2025; a 71xx number says so.
		await expect(page.getByLabel('Tabellnummer')).not.toHaveAccessibleDescription(/7100/u);
		await page.getByLabel('Tabellnummer').fill('7110');
		await expect(page.getByLabel('Tabellnummer')).toHaveAccessibleDescription(
			/fikk nye nummer i 2025/u
		);
	});

	test('with no tax card the result says to order one and that the excess comes back', async ({
		page
	}) => {
		await open(page, './#v=1&l=nb&y=2026&b=alderspensjon&c=n&q=20000~m~1');
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByText(/Bestill skattekort hos Skatteetaten/u).first()).toBeVisible();
		await expect(results.getByText(/tilbake i skatteoppgjøret/u).first()).toBeVisible();
		// Pension without a card: 30 % of 20 000 on every payment.
		await expect(results.getByRole('article').first()).toContainText(/6\s000\skr/u);
	});

	test('the same flow in English', async ({ page }) => {
		await open(page, './?lang=en');
		await page
			.getByLabel('Which benefit do you receive?')
			.selectOption({ label: 'Unemployment benefit (dagpenger)' });
		await page.getByLabel('Table number').fill('8000');
		await page.getByLabel('Each payment separately').check();
		const row = page.getByRole('group', { name: 'Payment 1', exact: true });
		await row.getByLabel('From date').fill('2026-03-02');
		await row.getByLabel('To date (inclusive)').fill('2026-03-15');
		await row.getByLabel('Amount before tax').fill('15,000');
		const results = page.getByRole('region', { name: 'Result' });
		await expect(results.getByRole('article').first()).toContainText('NOK 3,377');
		await expect(results).toContainText('14-day table');
		await expect(results).toContainText('income year 2026');
		await expectNoAxeViolations(page);
	});
});

test.describe('NAV’s rules, checked against their sources', () => {
	test('uføretrygd on table 7350: June and December withheld as ordinary, and why', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('7350');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('18 655');
		const results = page.getByRole('region', { name: 'Resultat' });
		// Vector 2026,7350,month,18655 → 1 466 kr, June and December too.
		const june = results.getByRole('article').filter({ hasText: 'Utbetaling 6' });
		await expect(june).toContainText(/1\s466\skr/u);
		await june.getByText('Slik regnet vi').click();
		await expect(june).toContainText('jevnt over alle 12 måneder');
		// The step names its source: the tables' own words, not this repository's docs.
		const step = june.getByRole('listitem').filter({ hasText: 'jevnt over alle 12 måneder' });
		await expect(
			step.getByText(/^Kilde: Skattedirektoratet, trekktabellene \(12 måneder\)/u)
		).toBeVisible();
		await expect(step).not.toContainText('docs/');
		await expectNoAxeViolations(page);
	});

	test('barnepensjon in nynorsk: no tax card asked, a fixed 17 % of every payment', async ({
		page
	}) => {
		await open(page, './?lang=nn');
		await page.getByLabel('Kva yting får du?').selectOption({ label: 'Barnepensjon' });
		await expect(page.getByLabel('Kva yting får du?')).toHaveAccessibleDescription(
			/fast prosent av kvar utbetaling, same kva skattekort/u
		);
		await expect(page.getByLabel('Tabellnummer')).toBeHidden();
		await page.getByLabel('Omtrent kor mykje får du per utbetaling (før skatt)?').fill('5 000');
		const results = page.getByRole('region', { name: 'Resultat' });
		// 5 000 × 17 % = 850 kr, December included.
		const december = results.getByRole('article').filter({ hasText: 'Utbetaling 12' });
		await expect(december).toContainText(/850\skr/u);
		await expect(december).toContainText('Barnepensjon: fast 17');
		await expectNoAxeViolations(page);
	});

	test('kildeskatt with foreldrepenger is refused at the card, in English', async ({ page }) => {
		await open(page, './?lang=en');
		await page
			.getByLabel('Which benefit do you receive?')
			.selectOption({ label: 'Parental benefit (foreldrepenger)' });
		await page.getByLabel('I live abroad (withholding tax, kildeskatt)').check();
		await page.getByLabel('About how much do you get per payment (before tax)?').fill('20,000');
		await page.getByRole('button', { name: 'Calculate the withholding' }).click();
		// At the card's radio group and in the summary at the top.
		await expect(page.getByRole('group', { name: 'Tax card' }).first()).toContainText(
			'applies only to pension and disability benefit'
		);
		await expect(
			page.getByText(/applies only to pension and disability benefit/u).first()
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a back payment for an earlier month asks for the table card’s percentage, then uses it', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Tabellnummer').fill('8000');
		await page.getByLabel('Hver utbetaling for seg').check();
		await fillRow(page, 1, '2026-02-02', '2026-02-15', '10 000');
		await page
			.getByRole('group', { name: 'Utbetaling 1', exact: true })
			.getByLabel('Utbetalt dato (valgfritt)')
			.fill('2026-05-20');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		await expect(
			page.getByText(/Skriv inn prosentsatsen som står på skattekortet/u).first()
		).toBeVisible();
		await page.getByLabel('Prosentsats på skattekortet', { exact: true }).fill('30');
		const results = page.getByRole('region', { name: 'Resultat' });
		// 10 000 × 30 % = 3 000 kr.
		await expect(results.getByRole('article').first()).toContainText(/3\s000\skr/u);
		await expect(results.getByRole('article').first()).toContainText(
			'Etterbetaling for februar: 30'
		);
	});

	test('dagpenger in December 2026, odd weeks: the trekkfri meldeperiode is weeks 47–48, named on its card', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Tabellnummer').fill('8000');
		await page.getByLabel('Hver utbetaling for seg').check();
		// Weeks 47–48 (16–29 November) and 49–50 (30 November – 13 December), no paid dates.
		await fillRow(page, 1, '2026-11-16', '2026-11-29', '12 000');
		await page.getByRole('button', { name: 'Legg til utbetaling' }).click();
		await fillRow(page, 2, '2026-11-30', '2026-12-13', '12 000');
		const results = page.getByRole('region', { name: 'Resultat' });
		const first = results.getByRole('article').filter({ hasText: 'Utbetaling 1' });
		const second = results.getByRole('article').filter({ hasText: 'Utbetaling 2' });
		// Paid two banking days after Sunday 29 November: Tuesday 1 December, December's first.
		await expect(first).toContainText(/Antatt utbetalt 1\. desember 2026/u);
		await expect(first).toContainText('Trekkfri meldeperiode i desember, uke 47–48');
		await expect(first).toContainText(/Trukket skatt\s*0\skr/u);
		await expect(second).not.toContainText('Trekkfri meldeperiode');
		await expectNoAxeViolations(page);
	});

	test('back-payment page: this year’s months at the table card’s percentage, asked for', async ({
		page
	}) => {
		await open(page, './etterbetaling/');
		await page
			.getByLabel('Hvilken ytelse gjelder etterbetalingen?')
			.selectOption({ label: 'Arbeidsavklaringspenger (AAP)' });
		await page.getByLabel('Gjelder året').selectOption('2026');
		await page.getByLabel('Beløp før skatt').fill('20 000');
		await page.getByLabel('Lønn og ytelser som lønn i 2026').fill('300 000');
		await page.getByLabel('Pensjon i 2026').fill('0');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		// No card: asked for, never guessed (and never the 44 % earlier-year rate).
		await expect(
			page.getByText(/trekkes etter prosentsatsen på skattekortet, også med tabellkort/u).first()
		).toBeVisible();
		await page.getByLabel('Tabellkort').check();
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Prosentsats på skattekortet', { exact: true }).fill('30');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Resultat' });
		// 20 000 × 30 % = 6 000 kr.
		await expect(results.getByText(/Trekkes nå: 6\s000\skr/u)).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
