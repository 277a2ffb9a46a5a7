import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

// The example in docs/nav-payments.md §3: 2026, table 8000, a month of 30 000 kr → 6 427 kr withheld. One payment
// a month, so the month's recalculation is the month table on that payment.

async function typeRow(
	page: Page,
	n: number,
	from: string,
	to: string,
	gross: string,
	tax: string
) {
	const row = page.getByRole('group', { name: `Utbetaling ${n}`, exact: true });
	await row.getByLabel('Periode fra').fill(from);
	await row.getByLabel('Periode til').fill(to);
	await row.getByLabel('Brutto').fill(gross);
	await row.getByLabel('Skattetrekk').fill(tax);
}

test.describe('check the payments', () => {
	test('rows typed one by one: the card found, the line that differs first with its difference', async ({
		page
	}) => {
		await open(page, './sjekk/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sjekk utbetalingene');
		await page.getByLabel('Ytelse').selectOption({ label: 'Uføretrygd' });
		await typeRow(page, 1, '2026-01-01', '2026-01-31', '30 000', '6 427');
		await page.getByRole('button', { name: 'Legg til en utbetaling' }).click();
		await typeRow(page, 2, '2026-02-01', '2026-02-28', '30 000', '-6 427');
		await page.getByRole('button', { name: 'Legg til en utbetaling' }).click();
		// March: 500 kr more than the card gives (6 927 − 6 427).
		await typeRow(page, 3, '2026-03-01', '2026-03-31', '30 000', '6 927');
		await page.getByRole('button', { name: 'Sjekk utbetalingene' }).click();

		const results = page.getByRole('region', { name: 'Resultat av sjekken' });
		await expect(
			results.getByText('Skattekortet som forklarer flest linjer: tabell 8000.')
		).toBeVisible();
		await expect(results.getByText('2 av 3 linjer stemmer med dette kortet.')).toBeVisible();
		const lines = results.getByRole('listitem').filter({ hasText: /^Utbetaling \d/u });
		await expect(lines.first()).toContainText('Utbetaling 3');
		await expect(lines.first()).toContainText('Avviker');
		await expect(lines.first()).toContainText('+500');
		// Totals: withheld 6 427 + 6 427 + 6 927 = 19 781, the card 3 × 6 427 = 19 281.
		await expect(results.getByText(/Det er trukket 500\skr mer enn kortet gir/u)).toBeVisible();
		await expect(
			results.getByRole('link', { name: 'Se året ditt med disse utbetalingene' })
		).toHaveAttribute('href', /ditt-ar\/#v=1&s=y&.*c=t8000.*p=0101~0131~30000!/u);
		await expectNoAxeViolations(page);

		// Shared and reloaded: the list is in the link.
		await expect(page).toHaveURL(/#v=1&s=k&.*r=0101~0131~30000~6427!/u);
		await page.reload();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(
			results.getByText('Skattekortet som forklarer flest linjer: tabell 8000.')
		).toBeVisible();

		// Printed: the result without the form.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Sjekk utbetalingene' })).toBeHidden();
		await expect(results.getByText('Uføretrygd, 2026')).toBeVisible();
		await page.emulateMedia({ media: 'screen' });

		// Into your year: the card found and the three payments carried over.
		await results.getByRole('link', { name: 'Se året ditt med disse utbetalingene' }).click();
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(page.getByLabel('Tabellnummer', { exact: true })).toHaveValue('8000');
		await expect(
			page.getByRole('group', { name: 'Utbetaling 3', exact: true }).getByLabel('Fra og med dato')
		).toHaveValue('2026-03-01');
	});

	test('the site navigation links here', async ({ page }) => {
		await open(page, './');
		await page
			.getByRole('navigation', { name: 'Deler av Trekkhjelp' })
			.getByRole('link', { name: 'Sjekk utbetalingene' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sjekk utbetalingene');
	});

	test('a bad value shows at its row and column, every one at once', async ({ page }) => {
		await open(page, './sjekk/');
		await typeRow(page, 1, '2026-01-01', '2026-01-31', 'tretti', '6 427');
		await page.getByRole('button', { name: 'Legg til en utbetaling' }).click();
		await typeRow(page, 2, '2026-02-01', '2026-02-28', '30 000', '40 000');
		await page.getByRole('button', { name: 'Sjekk utbetalingene' }).click();
		// The summary links to each field; each field says it too.
		await expect(page.getByRole('link', { name: /^Utbetaling 1, Brutto: /u })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Utbetaling 2, Skattetrekk: /u })).toBeVisible();
		await expect(
			page
				.getByRole('group', { name: 'Utbetaling 2', exact: true })
				.getByText('Skattetrekket kan ikke være større enn bruttobeløpet.')
		).toBeVisible();
	});

	test('a list pasted in English: columns recognised by their headings, the card found', async ({
		page
	}) => {
		await open(page, './en/sjekk/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check the payments');
		await page.getByLabel('Benefit').selectOption({ label: 'Disability benefit (uføretrygd)' });
		const text = [
			'From\tTo\tGross\tWithheld',
			'01.01.2026\t31.01.2026\t30000\t6427',
			'01.02.2026\t28.02.2026\t30000\t6427',
			'01.03.2026\t31.03.2026\t30000\t6427',
			'01.04.2026\t30.04.2026\t30000\t7427'
		].join('\n');
		await page.getByLabel('Paste the list here').fill(text);
		await page.getByRole('button', { name: 'Read the list' }).click();
		await expect(
			page.getByRole('group', { name: 'The list’s columns' }).getByLabel('Tax withheld')
		).toHaveValue('3');
		await page.getByRole('button', { name: 'Use 4 rows' }).click();
		const results = page.getByRole('region', { name: 'What the check found' });
		await expect(
			results.getByText('The tax card that explains the most lines: table 8000.')
		).toBeVisible();
		await expect(results.getByText('1 lines stand out. They are listed first.')).toBeVisible();
		await expect(
			page.getByRole('group', { name: 'Payment 4', exact: true }).getByLabel('Period from')
		).toHaveValue('2026-04-01');

		// A list of the wrong shape says what it expected.
		await page.getByLabel('Paste the list here').fill('hello\nworld');
		await page.getByRole('button', { name: 'Read the list' }).click();
		await expect(page.getByRole('alert')).toContainText('at least the columns period from');
	});

	test('a file imported in nb: one period column, Norwegian amounts, a bad row at its row', async ({
		page
	}) => {
		await open(page, './sjekk/');
		await page.getByLabel('Ytelse').selectOption({ label: 'Uføretrygd' });
		const csv = [
			'Periode;Brutto;Skattetrekk',
			'01.01.2026–31.01.2026;30 000,00;-6 427',
			'01.02.2026–28.02.2026;30 000,00;-6 427',
			'01.03.2026–31.03.2026;30 000,00;-6 427'
		].join('\r\n');
		await page.getByLabel('Eller velg en fil (CSV eller tekst)').setInputFiles({
			name: 'utbetalinger.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(`\uFEFF${csv}`, 'utf8')
		});
		await page.getByRole('button', { name: 'Bruk 3 rader' }).click();
		const results = page.getByRole('region', { name: 'Resultat av sjekken' });
		await expect(
			results.getByText('Skattekortet som forklarer flest linjer: tabell 8000.')
		).toBeVisible();
		await expect(
			results.getByText('Alle linjene har akkurat det trekket kortet gir.')
		).toBeVisible();

		// A file with a date that is not one: the message at its row and column.
		await page.getByLabel('Eller velg en fil (CSV eller tekst)').setInputFiles({
			name: 'feil.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'Fra;Til;Brutto;Skattetrekk\n01.01.2026;31.01.2026;30000;6427\n01.02.2026;31.02.2026;30000;6427\n',
				'utf8'
			)
		});
		await page.getByRole('button', { name: 'Bruk 2 rader' }).click();
		await expect(page.getByRole('link', { name: /^Utbetaling 2, Periode til: /u })).toBeVisible();
	});

	test('a payroll list in English: every line against its table, negative and large nets flagged', async ({
		page
	}) => {
		await open(page, './en/sjekk/');
		// 2026, table 8000: 14 days of 15 000 → 3 377 (the example in docs/nav-payments.md §3); 1 000 paid with
		// 1 500 withheld is a negative net; nets 11 623, 11 623, 11 623, 11 623 and 100 000: the
		// median 11 623 × 3 = 34 869, so 100 000 is large.
		const lines = [
			'Employee,Table,Table period,Gross,Tax',
			'A,8000,14 days,15000,3377',
			'B,8000,14 days,15000,3377',
			'C,8000,14 days,15000,3377',
			'D,8000,14 days,15000,3377',
			'E,8000,month,1000,1500',
			'F,8000,week,100000,0'
		];
		await page.getByLabel('Or choose a file (CSV or text)').setInputFiles({
			name: 'payroll.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(lines.join('\n'), 'utf8')
		});
		await page.getByRole('button', { name: 'Check 6 payroll lines' }).click();
		const results = page.getByRole('region', { name: 'Payroll list' });
		await expect(
			results.getByText('4 of 6 lines have exactly the table withholding.')
		).toBeVisible();
		await expect(
			results.getByText('1 lines have a negative net (more withheld than paid).')
		).toBeVisible();
		const flagged = results.getByRole('listitem');
		await expect(flagged.first()).toContainText(/Line [56]/u);
		await expect(results.getByText(/Negative net/u).first()).toBeVisible();
		await expect(results.getByText(/Large net/u).first()).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test.describe('at 320 px', () => {
		test.use({ viewport: { width: 320, height: 640 } });
		for (const lang of ['nb', 'nn', 'en'] as const) {
			test(`a shared check in ${lang}: results worded, nothing wider than the screen`, async ({
				page
			}) => {
				// Three months on table 8000 (6 427 of 30 000), March 500 kr more.
				const prefix = lang === 'nb' ? '.' : `./${lang}`;
				await open(
					page,
					`${prefix}/sjekk/#v=1&s=k&l=${lang}&y=2026&b=uforetrygd&c=f&r=0101~0131~30000~6427!0201~0228~30000~6427!0301~0331~30000~6927`
				);
				await expect(page.getByText(/8000/u).first()).toBeVisible();
				const text = await page.locator('body').innerText();
				// No placeholder left unfilled, no message key shown for a missing message.
				expect(text).not.toMatch(/\{\{|\}\}|(check|explain|errors):[a-zA-Z]/u);
				const wide = await page.evaluate(
					() => document.documentElement.scrollWidth > window.innerWidth
				);
				expect(wide).toBe(false);
				await expectNoAxeViolations(page);
			});
		}
	});
});
