import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/**
 * Advice a person can follow on the day it is read, and a page that keeps what the person did.
 * The advice tests fix the date with Playwright's clock; the rules are in
 * docs/annual-and-back-payments.md §2c.
 */

/** Today, fixed in the page before it opens (local noon, so no time zone moves the day). */
async function fixToday(page: Page, iso: string): Promise<void> {
	await page.clock.setFixedTime(new Date(`${iso}T12:00:00`));
}

/**
 * Uføretrygd of 20 000 kr a month on table 8000 and 100 000 kr of wages with nothing withheld:
 * restskatt of some tens of thousands, more than one December payment (20 000 kr less its half
 * table withholding) can carry.
 */
async function uforeWithUntaxedWages(page: Page, lang: 'nb' | 'en'): Promise<void> {
	const nb = lang === 'nb';
	await open(page, nb ? './uforetrygd/' : './uforetrygd/?lang=en');
	await page.getByLabel(nb ? 'Inntektsår' : 'Income year').selectOption('2026');
	await page
		.getByLabel(nb ? 'Uføretrygd per måned før skatt' : 'Disability benefit per month before tax')
		.fill('20000');
	await page.getByLabel(nb ? 'Tabellnummer' : 'Table number').fill('8000');
	await page
		.getByLabel(
			nb ? 'Annen inntekt i året, for eksempel lønn (valgfritt)' : /Other income in the year/u
		)
		.fill('100000');
	await page
		.getByLabel(
			nb
				? 'Prosent som trekkes av den andre inntekten'
				: 'Percentage withheld from that other income'
		)
		.fill('0');
	await page.getByRole('button', { name: nb ? 'Beregn trekket' : /Calculate/u }).click();
}

test.describe('advice on the day it is read', () => {
	test('6 December: no extra withholding and no tax card for the year; a tilleggsforskudd by 31 May', async ({
		page
	}) => {
		await fixToday(page, '2026-12-06');
		await uforeWithUntaxedWages(page, 'nb');
		const results = page.getByRole('region', { name: 'Resultat' });
		// 31 May 2027 is a Monday: the date Skatteetaten gives for an additional advance.
		await expect(results.getByText(/som tilleggsforskudd innen 31\. mai 2027/u)).toBeVisible();
		await expect(results.getByText(/Sjekk skattekortet for 2027/u)).toBeVisible();
		await expect(results.getByText(/ekstra skattetrekk/u)).toHaveCount(0);
		await expect(results.getByText(/Endre skattekortet/u)).toHaveCount(0);
	});

	test('6 December in English: the additional advance and next year’s card', async ({ page }) => {
		await fixToday(page, '2026-12-06');
		await uforeWithUntaxedWages(page, 'en');
		const results = page.getByRole('region', { name: 'Result' });
		await expect(
			results.getByText(/additional advance payment \(tilleggsforskudd\) by 31 May 2027/u)
		).toBeVisible();
		await expect(results.getByText(/ask NAV for a voluntary extra withholding/u)).toHaveCount(0);
	});

	test('20 November: December alone, no more than its payment can carry, the rest as an advance', async ({
		page
	}) => {
		await fixToday(page, '2026-11-20');
		await uforeWithUntaxedWages(page, 'nb');
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByText(/utbetalingen i desember tåler høyst [\d\s]+kr/u)).toBeVisible();
		await expect(results.getByText(/Det som ikke rekker å bli trukket/u)).toBeVisible();
		// Whatever December can carry is less than the payment itself.
		const text = await results.getByText(/tåler høyst/u).innerText();
		const perMonth = Number(/høyst ([\d\s]+)kr/u.exec(text)![1]!.replace(/\s/gu, ''));
		expect(perMonth).toBeLessThan(20_000);
	});

	test('15 September: from October, over three months', async ({ page }) => {
		await fixToday(page, '2026-09-15');
		await uforeWithUntaxedWages(page, 'en');
		const results = page.getByRole('region', { name: 'Result' });
		await expect(results.getByText(/for 3 months from October/u)).toBeVisible();
		await expect(results.getByText(/tilleggsforskudd/u)).toHaveCount(0);
	});

	test('10 January: from February, over eleven months', async ({ page }) => {
		await fixToday(page, '2026-01-10');
		await uforeWithUntaxedWages(page, 'nb');
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByText(/i 11 måneder fra og med februar/u)).toBeVisible();
		await expect(results.getByText(/fra februar/u).first()).toBeVisible();
	});

	test('your year, 6 December: two tables, no card change for the year, the advance instead', async ({
		page
	}) => {
		await fixToday(page, '2026-12-06');
		await open(page, './ditt-ar/');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page
			.getByLabel('Hvilken ytelse får du?')
			.selectOption({ label: 'Arbeidsavklaringspenger (AAP)' });
		await page.getByLabel('Tabellnummer', { exact: true }).fill('8010');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('10 000');
		await page.getByLabel('Lønn', { exact: true }).check();
		await page.getByLabel('Inntekt i året før skatt (kr)').fill('300 000');
		await page.getByLabel('Tabelltrekk', { exact: true }).check();
		await page.getByLabel('Tabellnummer for den andre inntekten').fill('8010');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		await expect(results.getByText(/tilleggsforskudd innen 31\. mai 2027/u)).toBeVisible();
		await expect(results.getByText(/frivillig ekstra skattetrekk/u)).toHaveCount(0);
	});
});

test.describe('June and December words agree with the engine', () => {
	test('dagpenger: ordinary in June, one meldeperiode trekkfri in December (hint and /om)', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
		await expect(
			page.getByText(/vanlig trekk i juni, én meldeperiode trekkfri i desember/u)
		).toBeVisible();
		await open(page, './om/');
		const row = page.getByRole('rowgroup').filter({ hasText: /^Dagpenger/u });
		await expect(row).toContainText('Vanlig trekk');
		await expect(row).toContainText('Én meldeperiode er trekkfri');
		await expect(row).not.toContainText(/første meldeperiodene/u);
		const aap = page.getByRole('rowgroup').filter({ hasText: /^Arbeidsavklaringspenger/u });
		await expect(aap).toContainText('De to første meldeperiodene er trekkfrie');
	});

	test('in English too', async ({ page }) => {
		await open(page, './om/?lang=en');
		const row = page.getByRole('rowgroup').filter({ hasText: /^Unemployment benefit/u });
		await expect(row).toContainText('Nothing is withheld from one reporting period');
	});
});

/**
 * Holds the app's scripts back until `release` is called, so the prerendered form can be used
 * before the app starts, as on a slow connection.
 */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	await page.route(/\/_app\/.*\.js$/u, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

test.describe('a choice made before the app has started is kept', () => {
	for (const [lang, path, label, option, value] of [
		['nb', './forklar/', 'Ytelse', 'Dagpenger', 'dagpenger'],
		['en', './en/forklar/', 'Benefit', 'Unemployment benefit (dagpenger)', 'dagpenger'],
		['nb', './', 'Inntektsår', '2027 – forslag', '2027'],
		['en', './en/', 'Income year', '2027 – proposal', '2027'],
		['nb', './embed/', 'Hvilken ytelse får du?', 'Dagpenger', 'dagpenger']
	] as const) {
		test(`${lang} ${path}: ${label}`, async ({ page }) => {
			const release = await holdScripts(page);
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			await expect(page.locator('html[data-ready]')).toHaveCount(0);
			await page.getByLabel(label, { exact: true }).selectOption({ label: option });
			release();
			await page.locator('html[data-ready]').waitFor({ state: 'attached' });
			await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
			// And it stays: the address the app writes carries it too.
			await page.waitForTimeout(700);
			await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
		});
	}
});

test.describe('the calculator gives no single year-end figure for part of a year', () => {
	for (const lang of ['nb', 'en'] as const) {
		test(`${lang}: payments from June cover seven months; the year page is offered`, async ({
			page
		}) => {
			const nb = lang === 'nb';
			await open(page, nb ? './' : './en/');
			await page
				.getByLabel(nb ? 'Hvilken ytelse får du?' : 'Which benefit do you receive?')
				.selectOption('uforetrygd');
			await page.getByLabel(nb ? 'Tabellnummer' : 'Table number', { exact: true }).fill('8110');
			await page
				.getByLabel(
					nb
						? 'Omtrent hvor mye får du per utbetaling (før skatt)?'
						: 'About how much do you get per payment (before tax)?'
				)
				.fill('25000');
			await page.getByLabel(nb ? 'Fra og med måned' : 'Starting in').selectOption('6');
			await page.getByRole('button', { name: nb ? 'Beregn trekket' : /Calculate/u }).click();
			// June–December: seven months, and no "likely … back" for them as if a year.
			await expect(
				page.getByText(nb ? /gjelder 7 av årets måneder/u : /cover 7 of the year’s months/u)
			).toBeVisible();
			await expect(
				page.getByRole('link', { name: /Ved årets slutt|At the year end/u })
			).toHaveCount(0);
			const link = page.getByRole('link', {
				name: nb
					? 'Regn ut hele året ditt, med disse utbetalingene tatt med'
					: 'Work out your whole year, with these payments carried over'
			});
			await link.click();
			await expect(page).toHaveURL(/\/ditt-ar\/#v=1&s=y&.*t8110/u);
		});
	}
});

test.describe('one figure, one value', () => {
	for (const lang of ['nb', 'en'] as const) {
		test(`${lang}: the cost of two tables is said not to be the year's outcome`, async ({
			page
		}) => {
			const nb = lang === 'nb';
			await fixToday(page, '2026-09-15');
			await open(page, nb ? './ditt-ar/' : './ditt-ar/?lang=en');
			await page.getByLabel(nb ? 'Inntektsår' : 'Income year').selectOption('2026');
			await page
				.getByLabel(nb ? 'Hvilken ytelse får du?' : 'Which benefit do you receive?')
				.selectOption('aap');
			await page.getByLabel(nb ? 'Tabellnummer' : 'Table number', { exact: true }).fill('8010');
			await page
				.getByLabel(
					nb
						? 'Omtrent hvor mye får du per utbetaling (før skatt)?'
						: 'About how much do you get per payment (before tax)?'
				)
				.fill('10000');
			await page.getByLabel(nb ? 'Lønn' : 'Wages', { exact: true }).check();
			await page
				.getByLabel(nb ? 'Inntekt i året før skatt (kr)' : 'Income in the year before tax (kr)')
				.fill('300000');
			await page.getByLabel(nb ? 'Tabelltrekk' : 'By table', { exact: true }).check();
			await page
				.getByLabel(nb ? 'Tabellnummer for den andre inntekten' : /Table number for the other/u)
				.fill('8010');
			await page.getByRole('button', { name: nb ? 'Beregn trekket' : /Calculate/u }).click();
			const results = page.getByRole('region', {
				name: nb ? 'Ved skatteoppgjøret' : 'At the year-end settlement'
			});
			await expect(
				results.getByText(
					nb ? /Det er ikke resultatet for året/u : /This is not the year’s outcome/u
				)
			).toBeVisible();
		});
	}
});

test.describe('nothing the person did not say', () => {
	for (const lang of ['nb', 'en'] as const) {
		test(`${lang}: deductions left blank are an assumption, and a line of the table`, async ({
			page
		}) => {
			const nb = lang === 'nb';
			await open(page, nb ? './uforetrygd/' : './uforetrygd/?lang=en');
			await page
				.getByLabel(
					nb ? 'Uføretrygd per måned før skatt' : 'Disability benefit per month before tax'
				)
				.fill('20000');
			await page.getByLabel(nb ? 'Tabellnummer' : 'Table number').fill('8110');
			await page.getByRole('button', { name: nb ? 'Beregn trekket' : /Calculate/u }).click();
			const results = page.getByRole('region', { name: nb ? 'Resultat' : 'Result' });
			// 12 × 20 000 = 240 000 of income; table 8110 has 110 000 kr of deductions built in.
			await expect(
				results.getByRole('row', {
					name: nb
						? /Andre fradrag \(antatt ut fra tabellnummeret\)/u
						: /Other deductions \(assumed from the table number\)/u
				})
			).toContainText(nb ? /110\s000/u : /110,000/u);
			await expect(
				results.getByRole('row', { name: nb ? /^Inntekt/u : /^Income/u }).first()
			).toContainText(nb ? /240\s000/u : /240,000/u);
			await expect(
				results.getByText(nb ? /fradrag du har oppgitt/u : /deductions you entered/u)
			).toHaveCount(0);
		});
	}
});

test.describe('NAV uses the table for one benefit only', () => {
	for (const lang of ['nb', 'en'] as const) {
		test(`${lang}: a second NAV benefit is withheld at the card's percentage, not a second table`, async ({
			page
		}) => {
			const nb = lang === 'nb';
			await fixToday(page, '2026-09-15');
			await open(page, nb ? './ditt-ar/' : './ditt-ar/?lang=en');
			await page.getByLabel(nb ? 'Inntektsår' : 'Income year').selectOption('2026');
			await page
				.getByLabel(nb ? 'Hvilken ytelse får du?' : 'Which benefit do you receive?')
				.selectOption('aap');
			await page.getByLabel(nb ? 'Tabellnummer' : 'Table number', { exact: true }).fill('8010');
			await page
				.getByLabel(
					nb
						? 'Omtrent hvor mye får du per utbetaling (før skatt)?'
						: 'About how much do you get per payment (before tax)?'
				)
				.fill('10000');
			await page
				.getByLabel(
					nb ? 'En annen ytelse som skattlegges som lønn' : 'Another benefit taxed as wages'
				)
				.check();
			await page.getByLabel(nb ? 'Denne kommer også fra NAV' : 'This is paid by NAV too').check();
			await expect(
				page.getByRole('group', {
					name: nb ? 'Hvordan trekkes det skatt av den?' : 'How is tax withheld from it?'
				})
			).toHaveCount(0);
			await page
				.getByLabel(nb ? 'Inntekt i året før skatt (kr)' : 'Income in the year before tax (kr)')
				.fill('100000');
			await page
				.getByLabel(nb ? 'Prosentsatsen på skattekortet ditt' : 'The percentage on your tax card')
				.fill('30');
			await page.getByRole('button', { name: nb ? 'Beregn trekket' : /Calculate/u }).click();
			const results = page.getByRole('region', {
				name: nb ? 'Ved skatteoppgjøret' : 'At the year-end settlement'
			});
			await expect(results.getByText(/Trolig|Likely/u).first()).toBeVisible();
			await expect(
				results.getByText(nb ? /utbetalere trekker etter tabell/u : /payers withhold by table/u)
			).toHaveCount(0);
		});
	}
});

test.describe('several tables fit: the calculator gets the person’s own', () => {
	for (const lang of ['nb', 'en'] as const) {
		test(`${lang}: asked, checked, then carried`, async ({ page }) => {
			const nb = lang === 'nb';
			await open(page, nb ? './forklar/' : './en/forklar/');
			await page.getByLabel(nb ? 'Ytelse' : 'Benefit', { exact: true }).selectOption('dagpenger');
			await page.getByLabel(nb ? 'Periode fra' : /Period from/u).fill('2026-03-01');
			await page.getByLabel(nb ? 'Periode til' : /Period to/u).fill('2026-03-31');
			await page.getByLabel(nb ? 'Brutto' : /Gross/u).fill('8000');
			await page.getByLabel(nb ? 'Skattetrekk' : /Tax withheld/u).fill('0');
			await page.getByRole('button', { name: nb ? 'Forklar trekket' : /Explain/u }).click();
			// 8 000 kr for March with nothing withheld: every table from 8000 to 8400 gives 0 kr.
			const card = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: nb ? /^Tabellkort/u : /^Table card/u }) });
			const carry = card.getByRole('link', {
				name: nb ? 'Bruk dette i kalkulatoren' : 'Use this in the calculator'
			});
			await expect(carry).toHaveCount(0);
			const own = card.getByLabel(
				nb ? 'Tabellnummeret på skattekortet ditt' : 'The table number on your tax card'
			);
			await own.fill('9400');
			await expect(
				card.getByText(
					nb ? 'Tabell 9400 gir ikke dette trekket.' : 'Table 9400 does not give this withholding.'
				)
			).toBeVisible();
			await expect(carry).toHaveCount(0);
			await own.fill('8120');
			await expect(carry).toHaveAttribute('href', /c=t8120/u);
		});
	}
});

test.describe('same-year back pay: nothing to spread', () => {
	for (const lang of ['nb', 'en'] as const) {
		test(`${lang}: no comparison with itself, the card's percentage now`, async ({ page }) => {
			const nb = lang === 'nb';
			await open(page, nb ? './etterbetaling/' : './etterbetaling/?lang=en');
			await page
				.getByLabel(
					nb ? 'Hvilken ytelse gjelder etterbetalingen?' : 'Which benefit is the back payment for?'
				)
				.selectOption('uforetrygd');
			await page
				.getByLabel(nb ? 'Året etterbetalingen utbetales' : 'Year the back payment is paid')
				.selectOption('2026');
			await page.getByLabel(nb ? 'Tabellkort' : 'Table card', { exact: true }).check();
			await page.getByLabel(nb ? 'Tabellnummer' : 'Table number', { exact: true }).fill('8010');
			await page
				.getByLabel(nb ? 'Prosentsats på skattekortet' : 'Percentage on the tax card')
				.fill('34');
			await page.getByLabel(nb ? 'Gjelder året' : 'For the year').selectOption('2026');
			await page.getByLabel(nb ? 'Beløp før skatt' : 'Amount before tax').fill('50000');
			await page
				.getByLabel(
					nb ? 'Lønn og ytelser som lønn i 2026' : 'Wages and benefits taxed as wages in 2026'
				)
				.fill('300000');
			await page.getByLabel(nb ? 'Pensjon i 2026' : 'Pension in 2026').fill('0');
			await page.getByRole('button', { name: nb ? 'Beregn trekket' : /Calculate/u }).click();
			const results = page.getByRole('region', { name: nb ? 'Resultat' : 'Result' });
			// 50 000 × 34 % = 17 000 withheld now, at the card's percentage.
			await expect(results.getByText(/17[\s,]000/u).first()).toBeVisible();
			await expect(
				results.getByText(
					nb ? /prosentsatsen på skattekortet ditt: 34\s%/u : /percentage on your tax card: 34%/u
				)
			).toBeVisible();
			await expect(
				results.getByText(
					nb ? /Hele etterbetalingen gjelder 2026\./u : /The whole back payment is for 2026\./u
				)
			).toBeVisible();
			await expect(
				results.getByRole('columnheader', {
					name: nb ? 'Fordelt på årene den gjelder' : 'Spread over the years it is for'
				})
			).toHaveCount(0);
		});
	}
});

test('text typed and a radio chosen before the app has started are kept too (nn)', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('./nn/uforetrygd/', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Uføretrygd per månad før skatt').fill('20000');
	await page.getByLabel('Prosentkort').check();
	await page.getByLabel('Inntektsår').selectOption('2027');
	release();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByLabel('Uføretrygd per månad før skatt')).toHaveValue('20000');
	await expect(page.getByLabel('Prosentkort')).toBeChecked();
	await expect(page.getByLabel('Inntektsår')).toHaveValue('2027');
});

test('the benefit chosen before the app has started is the one explained, and named', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('./forklar/', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Ytelse', { exact: true }).selectOption({ label: 'Dagpenger' });
	release();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.getByLabel('Periode fra').fill('2026-03-02');
	await page.getByLabel('Periode til').fill('2026-03-15');
	await page.getByLabel('Brutto').fill('15 000');
	await page.getByLabel('Skattetrekk').fill('3 377');
	await page.getByRole('button', { name: 'Forklar trekket' }).click();
	const results = page.getByRole('region', { name: 'Hva gir dette trekket?' });
	await expect(results.getByText(/^Dagpenger, 2\. mars 2026/u)).toBeVisible();
});
