import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

test.describe('explain a payment', () => {
	test('each step of the working names its source, on screen and in print', async ({ page }) => {
		await open(page, './forklar/');
		await page.getByLabel('Ytelse').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Periode fra').fill('2026-03-02');
		await page.getByLabel('Periode til').fill('2026-03-15');
		await page.getByLabel('Brutto').fill('15 000');
		await page.getByLabel('Skattetrekk').fill('-3 377');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const results = page.getByRole('region', { name: 'Hva gir dette trekket?' });
		await expect(results.getByRole('heading', { name: 'Tabellkort: tabell 8000' })).toBeVisible();
		// The table routine's steps cite the routine; the words are the reader's, not a file path.
		const source = results.getByText('Kilde: Skatteetaten, trekkrutine 2026', { exact: true });
		await expect(source.first()).toBeVisible();
		await expect(results).not.toContainText('docs/');
		await expectNoAxeViolations(page);
		// On paper too, for a caseworker to point at.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Forklar trekket' })).toBeHidden();
		await expect(source.first()).toBeVisible();
	});

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
		// Printed: the earlier payment typed in is listed with what the explanation used.
		await page.emulateMedia({ media: 'print' });
		await expect(
			results.getByRole('heading', { name: 'Tidligere utbetalinger du skrev inn' })
		).toBeVisible();
		await expect(
			results.getByText(
				/^2\. mars 2026 – 15\. mars 2026: brutto 15\s000\skr, trukket 3\s377\skr, utbetalt 17\. mars 2026$/u
			)
		).toBeVisible();
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

	test('nothing fits: the closest table and how far it is off, then what to check first', async ({
		page
	}) => {
		await open(page, './forklar/');
		await page.getByLabel('Ytelse').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Periode fra').fill('2026-03-02');
		await page.getByLabel('Periode til').fill('2026-03-15');
		await page.getByLabel('Brutto').fill('15000');
		// 14-day table 8000 on 15 000 kr gives 3 377 kr (docs/nav-payments.md §3): 12 kr off.
		await page.getByLabel('Skattetrekk').fill('3365');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const results = page.getByRole('region', { name: 'Hva gir dette trekket?' });
		await expect(results.getByText(/Ingen regel eller tabell vi kjenner til/u)).toBeVisible();
		await expect(results.getByText(/^Tabell 8000 gir 3\s377\skr, 12\skr mer\.$/u)).toBeVisible();
		await expect(results.getByRole('heading', { name: 'Dette kan du sjekke' })).toBeVisible();
		// Half a month and no earlier payment typed in: the month's other payment is checked first.
		await expect(results.locator('ol.check > li').first()).toContainText(
			'Tidligere utbetalinger for samme måned'
		);
		await expectNoAxeViolations(page);
	});

	const REASON = {
		nb: {
			path: './forklar/',
			labels: ['Inntektsår', 'Periode fra', 'Periode til', 'Brutto', 'Skattetrekk'],
			submit: 'Forklar trekket',
			results: 'Hva gir dette trekket?',
			heading: /^Trekkfri måned:/u,
			reason: 'Uføretrygd er trekkfri i juni: NAV trekker ikke skatt etter tabellen.',
			twelve: /Tabeller med trekk over 12 måneder/u,
			wrong: /fradraget er større enn inntekten/u,
			assumed: ['Ytelse: Uføretrygd', 'Inntektsår: 2026', /Utbetalt: 19\. juni 2026 \(antatt/u]
		},
		nn: {
			path: './forklar/?lang=nn',
			labels: ['Inntektsår', 'Periode frå', 'Periode til', 'Brutto', 'Skattetrekk'],
			submit: 'Forklar trekket',
			results: 'Kva gir dette trekket?',
			heading: /^Trekkfri månad:/u,
			reason: 'Uføretrygd er trekkfri i juni: NAV trekkjer ikkje skatt etter tabellen.',
			twelve: /Tabellar med trekk over 12 månader/u,
			wrong: /frådraget er større enn inntekta/u,
			assumed: ['Yting: Uføretrygd', 'Inntektsår: 2026', /Utbetalt: 19\. juni 2026 \(rekna med/u]
		},
		en: {
			path: './forklar/?lang=en',
			labels: ['Income year', 'Period from', 'Period to', /^Gross/u, /^Tax withheld/u],
			submit: 'Explain the withholding',
			results: 'What gives this withholding?',
			heading: /^A month without withholding:/u,
			reason:
				'Disability benefit (uføretrygd) has no tax withheld in June: NAV withholds nothing by the table.',
			twelve: /Tables withheld over 12 months/u,
			wrong: /deduction is larger than the income/u,
			assumed: ['Benefit: Disability benefit', 'Income year: 2026', /Paid: 19 June 2026 \(assumed/u]
		}
	} as const;

	for (const [lang, w] of Object.entries(REASON)) {
		test(`a trekkfri June says why, and what it assumed (${lang})`, async ({ page }) => {
			// Uføretrygd for June 2026: no withholding in June for uføretrygd (docs/nav-payments.md
			// §4); NAV pays it on the 20th, a Saturday in June 2026, so Friday 19 June (§7).
			await open(page, w.path);
			const [year, from, to, gross, withheld] = w.labels;
			await page.getByLabel(year).selectOption('2026');
			await page.getByLabel(from).fill('2026-06-01');
			await page.getByLabel(to).fill('2026-06-30');
			await page.getByLabel(gross).fill('25000');
			await page.getByLabel(withheld).fill('0');
			await page.getByRole('button', { name: w.submit }).click();
			const results = page.getByRole('region', { name: w.results });
			const cause = results.locator('li.cause').first();
			await expect(cause.getByRole('heading', { level: 3 })).toHaveText(w.heading);
			await expect(cause.getByText(w.reason)).toBeVisible();
			await expect(cause.getByText(w.twelve)).toBeVisible();
			// Not the income: every 10.5-month table gives nothing in a trekkfri month.
			await expect(cause.getByText(w.wrong)).toHaveCount(0);
			const assumed = results.locator('ul.assumed');
			for (const line of w.assumed) await expect(assumed.getByText(line)).toBeVisible();
			await expect(results.getByText(/\{\{|explain:/u)).toHaveCount(0);
			// In print too.
			await page.emulateMedia({ media: 'print' });
			await expect(cause.getByText(w.reason)).toBeVisible();
			for (const line of w.assumed) await expect(assumed.getByText(line)).toBeVisible();
		});
	}

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
