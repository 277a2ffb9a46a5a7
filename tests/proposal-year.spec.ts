import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

// 2027 rests on the budget proposal: every selector says so, and every result for it says so next
// to its figures, on screen, in print and when opened from a shared link.
const NOTE =
	/Forslag:\s*Tallene for 2027 bygger på regjeringens forslag til statsbudsjett \(Prop\. 1 LS \(2026–2027\), lagt fram 7\. oktober 2026\)/u;

async function expectNoteOnScreenAndInPrint(page: Page): Promise<void> {
	const results = page.getByRole('region', { name: 'Resultat' });
	await expect(results.getByText(NOTE)).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(results.getByText(NOTE)).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
}

test.describe('2027, the proposal year', () => {
	test('calculator: labelled in the selector, noted with the result and in the link', async ({
		page
	}) => {
		await open(page, './');
		const year = page.getByLabel('Inntektsår');
		await expect(year).toHaveValue('2026');
		await expect(year.getByRole('option')).toHaveText(['2025', '2026', '2027 – forslag']);
		await year.selectOption({ label: '2027 – forslag' });
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('30 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		await expectNoteOnScreenAndInPrint(page);
		// The note is what 2027 adds to the calculator's results (checked whole in other tests).
		await expectNoAxeViolations(page, '[data-year-status]');

		// The link carries the year; opened afresh it shows 2027 and its note again.
		await expect(page).toHaveURL(/y=2027/u);
		const link = page.url();
		await page.goto('about:blank');
		await open(page, link);
		await expect(page.getByLabel('Inntektsår')).toHaveValue('2027');
		await expect(page.getByRole('region', { name: 'Resultat' }).getByText(NOTE)).toBeVisible();
	});

	test('2026 results carry no proposal note', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('30 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const results = page.getByRole('region', { name: 'Resultat' });
		await expect(results.getByText(/inntektsåret 2026/u)).toBeVisible();
		await expect(results.getByText(/Forslag:/u)).toHaveCount(0);
	});

	test('explain a payment and your year: labelled in the selector, noted with the result', async ({
		page
	}) => {
		await open(page, './forklar/');
		const year = page.getByLabel('Inntektsår');
		await expect(year.getByRole('option', { name: '2027 – forslag' })).toBeAttached();
		await year.selectOption({ label: '2027 – forslag' });
		await page.getByLabel('Ytelse').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Periode fra').fill('2027-03-01');
		await page.getByLabel('Periode til').fill('2027-03-14');
		await page.getByLabel('Brutto').fill('15 000');
		await page.getByLabel('Skattetrekk').fill('3 000');
		await page.getByRole('button', { name: 'Forklar trekket' }).click();
		const explained = page.getByRole('region', { name: 'Hva gir dette trekket?' });
		await expect(explained.getByText(NOTE)).toBeVisible();

		await open(page, './ditt-ar/');
		await page.getByLabel('Inntektsår').selectOption({ label: '2027 – forslag' });
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Alderspensjon' });
		await page.getByLabel('Prosentkort').check();
		await page.getByLabel('Prosentsats').fill('10');
		await page.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		const year2027 = page.getByRole('region', { name: 'Ved skatteoppgjøret' });
		await expect(year2027.getByText(NOTE)).toBeVisible();
	});

	test('uføretrygd', async ({ page }) => {
		await open(page, './uforetrygd/');
		const year = page.getByLabel('Inntektsår');
		await expect(year).toHaveValue('2026');
		await year.selectOption({ label: '2027 – forslag' });
		await page.getByLabel('Uføretrygd per måned før skatt').fill('25 000');
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		await expectNoteOnScreenAndInPrint(page);
	});

	test('etterbetaling: paid in 2027', async ({ page }) => {
		await open(page, './etterbetaling/');
		const payout = page.getByLabel('Året etterbetalingen utbetales');
		await expect(payout).toHaveValue('2026');
		await payout.selectOption({ label: '2027 – forslag' });
		await page.getByLabel('Beløp før skatt').fill('100 000');
		await page.getByLabel('Lønn og ytelser som lønn i 2027').fill('300 000');
		await page.getByLabel('Pensjon i 2027').fill('0');
		await page.getByRole('button', { name: 'Beregn trekket' }).click();
		await expectNoteOnScreenAndInPrint(page);
	});

	test('table page, in English', async ({ page }) => {
		await open(page, './tabell/?lang=en');
		await page.locator('article[data-ready]').waitFor();
		const year = page.getByLabel('Income year', { exact: true });
		await expect(year).toHaveValue('2026');
		await year.selectOption({ label: '2027 – proposal' });
		await page.getByLabel('Table number', { exact: true }).fill('8010');
		await expect(page.getByRole('table').locator('caption')).toContainText('2027');
		await expect(
			page.getByText(/Proposal:\s*The figures for 2027 rest on the government’s budget proposal/u)
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('embed, in nynorsk', async ({ page }) => {
		await open(page, './embed/?lang=nn');
		await page.getByLabel('Inntektsår').selectOption({ label: '2027 – forslag' });
		await page.getByLabel('Kva yting får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel('Omtrent kor mykje får du per utbetaling (før skatt)?').fill('30 000');
		await page.getByRole('button', { name: 'Rekn ut trekket' }).click();
		await expect(
			page.getByText(/Tala for 2027 byggjer på forslaget frå regjeringa/u)
		).toBeVisible();
	});

	test('the About page lists 2027 with its status', async ({ page }) => {
		await open(page, './om/');
		await expect(page.getByText(/2027 – forslag/u)).toBeVisible();
		await expect(
			page.getByText(/2027 er et forslag, ikke vedtatte regler: tallene bygger på Prop\. 1 LS/u)
		).toBeVisible();
	});
});
