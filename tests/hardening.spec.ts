import { expect, test } from '@playwright/test';
import { forbidForeignRequests, open } from './helpers';

const AMOUNT = 'Omtrent hvor mye får du per utbetaling (før skatt)?';

test.describe('hostile and odd input', () => {
	const cases: Array<[string, string | null]> = [
		['kr 25 000', null],
		['25\u00a0000,00', null],
		['25\u202f000', null],
		['\u221225 000', 'Beløpet kan ikke være negativt.'],
		['25 000 💸', 'Skriv et beløp med bare tall, for eksempel 12 345 eller 12 345,50.'],
		['99999999999999999999', 'Beløpet er for stort.'],
		['25,0001', 'Skriv høyst to desimaler (øre).'],
		['<script>alert(1)</script>', 'Skriv et beløp med bare tall']
	];
	for (const [typed, message] of cases) {
		test(`pasting ${JSON.stringify(typed)} ${message ? 'gives a clear message' : 'is understood'}`, async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await open(page, './');
			await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
			await page.getByLabel('Tabellnummer').fill('8010');
			await page.getByLabel(AMOUNT).fill(typed);
			await page.getByRole('button', { name: 'Beregn trekket' }).click();
			if (message) {
				await expect(page.locator('#f-quickAmount-error')).toContainText(message);
			} else {
				await expect(
					page.getByRole('region', { name: 'Resultat' }).getByRole('article')
				).toHaveCount(12);
			}
			expect(errors).toEqual([]);
		});
	}
});

test.describe('privacy', () => {
	test('no cookies, no storage, no request outside the origin, and a CSP that allows only the origin', async ({
		page,
		context
	}) => {
		const foreign = forbidForeignRequests(page);
		await open(page, './');
		await page.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await page.getByLabel('Tabellnummer').fill('8010');
		await page.getByLabel(AMOUNT).fill('25 000');
		await expect(page.getByRole('region', { name: 'Resultat' }).getByRole('article')).toHaveCount(
			12
		);
		for (const path of [
			'./ditt-ar/',
			'./uforetrygd/',
			'./etterbetaling/',
			'./tabell/',
			'./om/',
			'./bygg-inn/'
		])
			await open(page, path);
		expect(await context.cookies()).toEqual([]);
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		// Only SvelteKit's own scroll positions for this tab, nothing of what was typed.
		const session = await page.evaluate(() => Object.keys(sessionStorage));
		expect(session.every((k) => k.startsWith('sveltekit:'))).toBe(true);
		expect(foreign).toEqual([]);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		expect(csp).not.toMatch(/https?:\/\//u);
	});
});
