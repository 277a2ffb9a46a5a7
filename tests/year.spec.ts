import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

test.describe('your year', () => {
	test('alderspensjon on a 10 % card: likely money back, what it rests on and what to do', async ({
		page
	}) => {
		// A new tax card still changes something in September.
		await page.clock.setFixedTime(new Date('2026-09-15T12:00:00'));
		await open(page, './ditt-ar/');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Alderspensjon' });
		await page.getByLabel('Prosentkort').check();
		await page.getByLabel('Prosentsats').fill('10');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		// 300 000 of alderspensjon: tax 2 777 after the pension credit; 30 000 withheld.
		await expect(results.getByText(/Trolig til gode: 27\s223\skr/u)).toBeVisible();
		await expect(results.getByRole('heading', { name: 'Hva du kan gjøre' })).toBeVisible();
		await expect(results.getByText(/endre skattekortet hos Skatteetaten/u)).toBeVisible();
		// The pension credit's terms were assumed, and that is said with what it is worth.
		await expect(
			results.getByText(/skattefradrag for pensjonsinntekt på 37\s992\skr/u)
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('AAP and a job both on a table: restskatt, why, and the extra withholding a month', async ({
		page
	}) => {
		// The advice depends on the day it is read: in September months are left for an extra.
		await page.clock.setFixedTime(new Date('2026-09-15T12:00:00'));
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
		await expect(results.getByText(/Trolig restskatt/u).first()).toBeVisible();
		await expect(results.getByText(/2 utbetalere trekker etter tabell/u)).toBeVisible();
		await expect(results.getByText(/frivillig ekstra skattetrekk/u)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a link reproduces the year, in the language it was made in', async ({ page, browser }) => {
		await open(page, './ditt-ar/?lang=en');
		await page
			.getByLabel('Which benefit do you receive?')
			.selectOption({ label: 'Sickness benefit (sykepenger)' });
		await page.getByLabel('Table number', { exact: true }).fill('8000');
		await page.getByLabel('About how much do you get per payment (before tax)?').fill('20000');
		await page.getByLabel('Wages', { exact: true }).check();
		await page.getByLabel('Income in the year before tax (kr)').fill('100000');
		await page.getByLabel('Percentage withheld from the other income').fill('30');
		await expect(page).toHaveURL(/#v=1&s=y&.*&ok=w&oa=100000&ob=p&ov=30/u);
		const region = page.getByRole('region', { name: 'At the year-end settlement' });
		const big = region.locator('.big');
		await expect(big).toHaveText(/Likely/u);
		const before = await big.textContent();

		const other = await browser.newPage();
		await open(other, page.url().replace('?lang=en', ''));
		await expect(other.locator('html')).toHaveAttribute('lang', 'en');
		await expect(other.getByLabel('Percentage withheld from the other income')).toHaveValue('30');
		await expect(
			other.getByRole('region', { name: 'At the year-end settlement' }).locator('.big')
		).toHaveText(before!);
		await other.close();
	});

	test('print: the outcome and what to do, without the form', async ({ page }) => {
		await open(
			page,
			'./ditt-ar/#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~m~1&s=y&ok=w&oa=100000&ob=p&ov=0'
		);
		await page.emulateMedia({ media: 'print' });
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		await expect(results.getByText(/Trolig restskatt/u).first()).toBeVisible();
		await expect(results.getByRole('heading', { name: 'Hva du kan gjøre' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Beregn trekket' })).toBeHidden();
		await expect(page.getByLabel('Tabellnummer', { exact: true })).toBeHidden();
	});

	test('a blank percentage is asked for, not taken as 0 %', async ({ page }) => {
		await open(page, './ditt-ar/');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Sykepenger' });
		await page.getByLabel('Tabellnummer', { exact: true }).fill('8000');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('20 000');
		await page.getByLabel('Lønn', { exact: true }).check();
		await page.getByLabel('Inntekt i året før skatt (kr)').fill('100 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const summary = page.getByRole('region', { name: 'Rett opp dette før vi kan regne:' });
		await expect(summary).toContainText('Prosent som trekkes av den andre inntekten');
		await expect(page.getByText(/Trolig (restskatt|til gode)/u)).toHaveCount(0);
	});

	test('the calculator links to the year with its payments; 8110 is about even', async ({
		page
	}) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('8110');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const link = page.getByRole('link', { name: /Ved årets slutt: trolig/u });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/ditt-ar\/#v=1&s=y&.*t8110/u);
		await expect(page.getByLabel('Tabellnummer', { exact: true })).toHaveValue('8110');
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		// The table's 110 000 kr deduction is the estimate of other deductions: no 19 411 restskatt.
		await expect(
			results.getByText(/Tabell 8110 har et fradrag på 110\s000\skr innebygd/u)
		).toBeVisible();
		await expect(results.getByText(/19\s411/u).first()).toBeVisible();
		await expect(results.getByText(/^Trolig restskatt: 19/u)).toHaveCount(0);
	});

	test('a year of birth over 69: the low trygdeavgift on wages, said, and kept in the link', async ({
		page,
		browser
	}) => {
		await open(page, './ditt-ar/');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Sykepenger' });
		await page.getByLabel('Tabellnummer', { exact: true }).fill('8000');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('20 000');
		await page.getByLabel('Lønn', { exact: true }).check();
		await page.getByLabel('Inntekt i året før skatt (kr)').fill('100 000');
		await page.getByLabel('Prosent som trekkes av den andre inntekten').fill('30');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		// No year of birth: 17–69 assumed, and said next to the figure.
		await expect(results.getByText(/mellom 17 og 69 år/u)).toBeVisible();
		await page.getByLabel('Fødselsår').fill('1950');
		await expect(page).toHaveURL(/&fa=1950/u);
		await expect(results.getByText(/mellom 17 og 69 år/u)).toHaveCount(0);
		await results.getByText('Slik er det regnet ut').click();
		await expect(results.getByText(/Du er 76 år i år \(født 1950\)/u)).toBeVisible();

		// The link opens with the year of birth, in nynorsk too.
		const other = await browser.newPage();
		await open(other, page.url().replace('l=nb', 'l=nn'));
		await expect(other.getByLabel('Fødselsår')).toHaveValue('1950');
		await expect(
			other.getByRole('region', { name: 'Ved skatteoppgjeret' }).getByText(/mellom 17 og 69 år/u)
		).toHaveCount(0);
		await other.close();
	});

	test('alderspensjon on kildeskatt: 15 % is the year’s tax, nothing back, the exception named', async ({
		page
	}) => {
		await open(page, './ditt-ar/');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Alderspensjon' });
		await page.getByLabel('Jeg bor i utlandet (kildeskatt)').check();
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('20 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		// 240 000 × 15 % = 36 000, the same as withheld: no refund of the resident difference.
		await expect(results.locator('.big')).toHaveText('Det går omtrent opp');
		await expect(
			results.getByText(/Skatt for året 36\s000\skr, trukket i året 36\s000\skr/u)
		).toBeVisible();
		// Next to the figure, not only in the working: the exception it does not compute.
		await expect(results.getByRole('paragraph').filter({ hasText: /skatteavtale/u })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a back payment for last year: a range naming the missing income, then the relief', async ({
		page
	}) => {
		await open(page, './ditt-ar/');
		await page.getByLabel('Inntektsår').selectOption('2026');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer', { exact: true }).fill('8010');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		await page.getByLabel(/Etterbetaling fra NAV for et tidligere år/u).check();
		await page.getByLabel('Etterbetalingen før skatt (kr)').fill('100 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		await expect(results.getByText(/Det mangler: inntekten din i 2025/u)).toBeVisible();
		await expect(results.getByText(/Avhengig av antakelsene nedenfor/u)).toBeVisible();
		await page.getByLabel('Annen inntekt det året (kr)').fill('0');
		await expect(page).toHaveURL(/&ei=0/u);
		await expect(results.getByText(/Det mangler: inntekten din i 2025/u)).toHaveCount(0);
		await results.getByText('Slik er det regnet ut').click();
		await expect(results.getByText(/gir fordelingen på årene/u)).toBeVisible();
	});

	for (const [lang, heading, benefit] of [
		['nn', 'Ved skatteoppgjeret', 'Alderspensjon'],
		['en', 'At the year-end settlement', 'Retirement pension (alderspensjon)']
	] as const) {
		test(`works in ${lang} with zero axe violations`, async ({ page }) => {
			await open(page, `./ditt-ar/?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await page
				.getByLabel(lang === 'nn' ? 'Kva yting får du?' : 'Which benefit do you receive?')
				.selectOption({ label: benefit });
			await page
				.getByLabel(lang === 'nn' ? 'Tabellnummer' : 'Table number', { exact: true })
				.fill('8000');
			await page
				.getByLabel(
					lang === 'nn'
						? /Omtrent kor mykje får du per utbetaling/u
						: /About how much do you get per payment/u
				)
				.fill('20000');
			const results = page.getByRole('region', { name: heading });
			await expect(results.getByRole('table')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});
