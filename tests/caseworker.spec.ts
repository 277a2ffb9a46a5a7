import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

// What a caseworker does across the desk: share a link, print, switch to the compact table.

test.describe('a shared link', () => {
	test('cut short, it is refused as broken, not read as a smaller payment', async ({ page }) => {
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
		await page.getByLabel('Tabellnummer').fill('8000');
		await page.getByLabel('Hver utbetaling for seg').check();
		const row = page.getByRole('group', { name: 'Utbetaling 1', exact: true });
		await row.getByLabel('Fra og med dato').fill('2026-12-07');
		await row.getByLabel('Til og med dato').fill('2026-12-20');
		await row.getByLabel('Beløp før skatt').fill('30 000');
		await expect(page).toHaveURL(/~30000$/u);
		const whole = page.url();
		const cut = whole.slice(0, -2); // …~1220~300

		const other = await page.context().newPage();
		await open(other, cut);
		await expect(other.getByRole('alert')).toContainText('Lenken du åpnet, kunne ikke leses');
		await expect(other.getByLabel('Tabellnummer')).toHaveValue('');
		await other.goto('about:blank');
		await other.goto(whole);
		await other.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(other.getByRole('alert')).toHaveCount(0);
		await expect(other.getByLabel('Beløp før skatt')).toHaveValue('30000');
	});

	test('a link written before links had a check value still opens', async ({ page }) => {
		await open(page, './#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~m~1');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByLabel('Tabellnummer')).toHaveValue('8010');
	});

	test('the caseworker’s compact table travels in the link and the reload', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, './#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~m~1');
		const table = page.getByLabel('Kompakt tabell (saksbehandler)');
		await table.check();
		await expect(page).toHaveURL(/&vw=t$/u);
		await page.getByRole('button', { name: 'Kopier lenke til denne beregningen' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/&vw=t$/u);

		const other = await context.newPage();
		await open(other, copied);
		await expect(other.getByLabel('Kompakt tabell (saksbehandler)')).toBeChecked();
		await expect(other.getByRole('table', { name: 'Alle utbetalinger' })).toBeVisible();
	});
});

test.describe('a host site', () => {
	test('/bygg-inn copies the snippet with the options chosen filled in', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, './bygg-inn/');
		await page.getByLabel('Språk i kalkulatoren').selectOption('en');
		await page.getByLabel('Forhåndsvalgt ytelse').selectOption('dagpenger');
		await page.getByLabel(/Forhåndsutfylt tabellnummer/u).fill('8010');
		await page.getByLabel(/Aksentfarge/u).fill('#0b539z'); // not a colour: left out
		await page.getByRole('radio', { name: 'full' }).check();
		await page.getByRole('button', { name: 'Kopier kodesnutten' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Kodesnutten er kopiert' })
		).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(
			/^<script src="http:\/\/localhost:\d+\/embed\.js" data-lang="en" data-benefit="dagpenger" data-table="8010" data-mode="full" async><\/script>$/u
		);
		await expect(page.frameLocator('iframe').getByLabel('Table number')).toHaveValue('8010');
	});
});

test.describe('offline', () => {
	for (const [lang, text] of [
		['nb', 'Du er uten nett. Trekkhjelp virker likevel'],
		['nn', 'Du er utan nett. Trekkhjelp verkar likevel'],
		['en', 'You are offline. Trekkhjelp still works']
	] as const) {
		test(`the network gone is said once, quietly, and taken back when it returns (${lang})`, async ({
			page,
			context
		}) => {
			await open(page, `./?lang=${lang}`);
			const note = page.getByText(text);
			await expect(note).toHaveCount(0);
			// A person on a train has used the page before the network goes.
			await page.getByRole('combobox').first().focus();
			await page.waitForLoadState('networkidle');
			await context.setOffline(true);
			await expect(note).toHaveCount(1);
			await expect(note).toBeVisible();
			// Quiet: a polite live region, not an alert.
			await expect(page.getByRole('alert')).toHaveCount(0);
			await expect(page.locator('[aria-live="polite"]').filter({ hasText: text })).toHaveCount(1);
			await context.setOffline(false);
			await expect(note).toHaveCount(0);
		});
	}
});

test.describe('the accessibility statement on /om', () => {
	for (const [lang, path, title, parts] of [
		[
			'nb',
			'./om/',
			'Tilgjengelighetserklæring',
			['Slik tester vi', 'Kjente mangler', 'Meld fra om et problem']
		],
		[
			'nn',
			'./nn/om/',
			'Tilgjengeerklæring',
			['Slik testar vi', 'Kjende manglar', 'Meld frå om eit problem']
		],
		['en', './en/om/', 'Accessibility statement', ['How we test', 'Known gaps', 'Report a problem']]
	] as const) {
		test(`says the standard, the testing, the gaps and how to report (${lang})`, async ({
			page
		}) => {
			await open(page, path);
			const statement = page.getByRole('region', { name: title });
			await expect(statement.getByRole('heading', { level: 2, name: title })).toBeVisible();
			await expect(statement).toContainText('WCAG 2.1');
			await expect(statement).toContainText('axe');
			await expect(statement).toContainText('320');
			await expect(statement).toContainText('Uutilsynet');
			for (const h of parts)
				await expect(statement.getByRole('heading', { level: 3, name: h })).toBeVisible();
			await expect(statement.getByRole('listitem')).toHaveCount(7);
		});
	}
});

/** The error summary's links, each with where its field is in the form (its index on the page). */
async function summaryOrder(page: Page): Promise<{ texts: string[]; positions: number[] }> {
	const summary = page.getByRole('region', { name: /Rett opp dette|Please correct/u });
	await expect(summary).toBeVisible();
	return summary.evaluate((box) => {
		const all = [...document.querySelectorAll('[id]')];
		const links = [...box.querySelectorAll('a')];
		return {
			texts: links.map((a) => a.textContent ?? ''),
			positions: links.map((a) => all.indexOf(document.getElementById(a.hash.slice(1))!))
		};
	});
}

test.describe('the error summary', () => {
	// On every page, problems found by different checks (the form's, the card's, the engine's)
	// are listed as the fields stand, top to bottom.
	const scenarios: Array<[string, (page: Page) => Promise<void>]> = [
		[
			'./',
			async (page) => {
				await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
				await page.getByLabel('Jeg bor i utlandet (kildeskatt)').check();
			}
		],
		[
			'./ditt-ar/',
			async (page) => {
				await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Dagpenger' });
				await page.getByLabel('Jeg bor i utlandet (kildeskatt)').check();
			}
		],
		[
			'./uforetrygd/',
			async (page) => {
				await page.getByLabel('Uføretrygd per måned før skatt').fill('25000');
				await page.getByLabel(/Annen inntekt i året/u).fill('mye');
			}
		],
		[
			'./etterbetaling/',
			async (page) => {
				await page
					.getByLabel('Hvilken ytelse gjelder etterbetalingen?')
					.selectOption({ label: 'Dagpenger' });
				await page.getByLabel('Jeg bor i utlandet (kildeskatt)').check();
				await page.getByLabel('Beløp før skatt').first().fill('mye');
			}
		],
		['./forklar/', async () => {}]
	];
	for (const [path, fill] of scenarios) {
		test(`lists the problems in the form's order (${path})`, async ({ page }) => {
			await open(page, path);
			await fill(page);
			await page.locator('main form button[type="submit"]').first().click();
			const { positions } = await summaryOrder(page);
			expect(positions.length).toBeGreaterThan(path === './forklar/' ? 0 : 1);
			expect(positions.every((p) => p >= 0)).toBe(true);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		});
	}

	test('kildeskatt on dagpenger: said at the tax card, before the amount, labelled with its field', async ({
		page
	}) => {
		await open(page, './?lang=en');
		await page
			.getByLabel('Which benefit do you receive?')
			.selectOption({ label: 'Unemployment benefit (dagpenger)' });
		await page.getByLabel('I live abroad (withholding tax, kildeskatt)').check();
		await page.getByRole('button', { name: 'Calculate the withholding' }).click();
		const { texts, positions } = await summaryOrder(page);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		const card = texts.find((x) => x.includes('kildeskatt'));
		expect(card).toMatch(/^Tax card: /u);
		expect(texts.indexOf(card!)).toBe(0);
	});
});

test("a field marked optional is not then required: the table card's percentage is not marked so", async ({
	page
}) => {
	await open(page, './');
	await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
	await page.getByLabel('Tabellnummer').fill('8010');
	await page.getByLabel('Hver utbetaling for seg').check();
	const row = page.getByRole('group', { name: 'Utbetaling 1', exact: true });
	// January's payment paid in March: a back payment, withheld at the card's percentage.
	await row.getByLabel('Fra og med dato').fill('2026-01-01');
	await row.getByLabel('Til og med dato').fill('2026-01-31');
	await row.getByLabel('Beløp før skatt').fill('25000');
	await row.getByLabel(/Utbetalt dato/u).fill('2026-03-20');
	// Needed where the card's percentage matters, so never marked optional.
	await expect(page.getByLabel('Prosentsats på skattekortet', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Beregn trekket' }).click();
	const summary = page.getByRole('region', { name: /Rett opp dette/u });
	await expect(summary).toContainText('Skriv inn prosentsatsen');
	await expect(page.getByLabel('Prosentsats på skattekortet', { exact: true })).toBeVisible();
	await expect(page.getByText('(valgfritt)').filter({ hasText: 'Prosentsats' })).toHaveCount(0);
});

test.describe('English at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	const noSideways = async (page: Page) =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	for (const lang of ['nb', 'nn', 'en'] as const) {
		test(`uføretrygd's and your year's results do not scroll sideways (${lang})`, async ({
			page
		}) => {
			await open(
				page,
				`./uforetrygd/?lang=${lang}#v=1&s=u&y=2026&m=25000&k=t&t=8010&o=100000&op=30`
			);
			await expect(page.getByRole('table').first()).toBeVisible();
			await page.evaluate(() => {
				for (const d of document.querySelectorAll('details')) d.open = true;
			});
			expect(await noSideways(page)).toBe(0);
			await open(
				page,
				`./ditt-ar/?lang=${lang}#v=1&y=2026&b=uforetrygd&c=t8110&q=25000~m~1&s=y&ok=w&oa=100000&ob=p&ov=30`
			);
			await expect(page.getByRole('table').first()).toBeVisible();
			await page.evaluate(() => {
				for (const d of document.querySelectorAll('details')) d.open = true;
			});
			expect(await noSideways(page)).toBe(0);
		});
	}
});

test.describe('every page prints like the calculator @phone-only', () => {
	// On paper: what was typed (as its labels say it), the year, the result, and the day printed;
	// not the form itself. Checked in the print media's page, then printed to an A4 PDF.
	const pages: Array<[string, string, RegExp[]]> = [
		[
			'uføretrygd',
			'./uforetrygd/#v=1&s=u&y=2026&m=25000&k=t&t=8010&o=100000&op=30',
			[
				/Inntektsår: 2026/u,
				/Uføretrygd per måned før skatt: 25000/u,
				/Tabellnummer: 8010/u,
				/Annen inntekt i året, for eksempel lønn \(valgfritt\): 100000/u,
				/Prosent som trekkes av den andre inntekten: 30/u
			]
		],
		[
			'etterbetaling',
			'./etterbetaling/#v=1&s=e&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2026~300000~0',
			[
				/Året etterbetalingen utbetales: 2026/u,
				/Hvilken ytelse gjelder etterbetalingen\?: Uføretrygd/u,
				/Beløp før skatt: 200000/u,
				/Lønn og ytelser som lønn i 2026: 300000/u
			]
		],
		[
			'your year',
			'./ditt-ar/#v=1&y=2026&b=uforetrygd&c=t8110&q=25000~m~1&s=y&ok=w&oa=100000&ob=p&ov=30',
			[/Inntektsår: 2026/u, /Tabellnummer: 8110/u, /: 25000/u, /: 100000/u]
		],
		[
			'the whole table',
			'./tabell/#v=1&s=t&y=2026&t=8010&p=month&q=30000',
			[/Inntektsår: 2026/u, /Tabellnummer: 8010/u, /: 30000/u]
		]
	];
	for (const [name, link, inputs] of pages) {
		test(name, async ({ page }) => {
			await open(page, link);
			if (name === 'the whole table')
				await expect(page.getByRole('status')).toContainText(/30\s000/u);
			else await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('main form')).toBeHidden();
			// The printout's own words arrive with it (a moment after the page): wait for them.
			await expect(page.locator('main')).toContainText(/Skrevet ut \d{1,2}\. [a-zæøå]+ \d{4}/u);
			const printed = await page.locator('main').innerText();
			for (const want of inputs) expect(printed).toMatch(want);
			expect(printed).toMatch(/Skrevet ut \d{1,2}\. [a-zæøå]+ \d{4}/u);
			const pdf = await page.pdf({ format: 'A4' });
			expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length).toBeGreaterThan(
				0
			);
		});
	}
});

test('the calculator on paper: no empty months, the period on one line, assumed pay dates marked @phone-only', async ({
	page
}) => {
	// Uføretrygd from October: January to September have nothing paid.
	await open(page, './#v=1&y=2026&b=uforetrygd&c=t8010&q=25000~m~10');
	await expect(page.getByRole('region', { name: 'Resultat' }).getByRole('article')).toHaveCount(3);
	await page.emulateMedia({ media: 'print' });
	const months = page.getByRole('table', { name: /Måned for måned/u });
	await expect(months).toBeVisible();
	await expect(months.getByText('Ingen utbetaling')).toHaveCount(9);
	for (const row of await months.getByText('Ingen utbetaling').all())
		await expect(row).toBeHidden();
	await expect(months.getByRole('row')).toHaveCount(4); // the heading and the three months paid
	const all = page.getByRole('table', { name: 'Alle utbetalinger' });
	await expect(all.getByText(/Utbetalt .* \(antatt: NAVs vanlige dato\)/u).first()).toBeVisible();
	const lines = await all
		.locator('td.period')
		.first()
		.evaluate((td) => {
			const range = document.createRange();
			range.selectNodeContents(td.firstChild!);
			return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
		});
	expect(lines).toBe(1);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.length).toBeGreaterThan(1000);
});
