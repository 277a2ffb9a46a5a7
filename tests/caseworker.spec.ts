import { expect, test } from '@playwright/test';
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
