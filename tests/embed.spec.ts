import { expect, test, type Frame, type Page } from '@playwright/test';
import { expectNoAxeViolations, open } from './helpers';

const HOST = process.env.PW_HOST ?? 'http://127.0.0.1:4174';

/**
 * The widget's frame once its page is there: at `url` when the test pointed the iframe somewhere
 * else (until then the frame may still hold the host's first widget). The heading is only
 * attached, not visible: the compact embed hides its title visually.
 */
async function embedFrame(page: Page, url?: RegExp): Promise<Frame> {
	const handle = await page.waitForSelector('iframe');
	const frame = await handle.contentFrame();
	if (!frame) throw new Error('no frame');
	if (url) await frame.waitForURL(url);
	await frame.waitForSelector('main h1', { state: 'attached' });
	return frame;
}

/** The iframe's height on the host page and the height of the content inside it. */
async function heights(page: Page, frame: Frame) {
	const outer = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(
		() => document.querySelector('.embed-root')!.getBoundingClientRect().height
	);
	return { outer, inner };
}

test.describe('embedded widget', () => {
	test('the loader makes the iframe as tall as its content, also after it grows', async ({
		page
	}) => {
		await page.goto(`${HOST}/loader.html`);
		const frame = await embedFrame(page);
		await expect(page.locator('iframe')).toHaveAttribute('title', 'Trekkhjelp-kalkulator');
		await expect
			.poll(async () => {
				const h = await heights(page, frame);
				return Math.abs(h.outer - h.inner);
			})
			.toBeLessThanOrEqual(3);
		const before = (await heights(page, frame)).outer;

		// Content grows: switch to the list of payments and add rows.
		await frame.getByLabel('Hver utbetaling for seg').check();
		await frame.getByRole('button', { name: 'Legg til utbetaling' }).click();
		await frame.getByRole('button', { name: 'Legg til utbetaling' }).click();
		await expect.poll(async () => (await heights(page, frame)).outer).toBeGreaterThan(before + 100);
		await expect
			.poll(async () => {
				const h = await heights(page, frame);
				return Math.abs(h.outer - h.inner);
			})
			.toBeLessThanOrEqual(3);
		// Never a scrollbar inside the frame.
		const scrolls = await frame.evaluate(
			() => document.documentElement.scrollHeight - document.documentElement.clientHeight
		);
		expect(scrolls).toBeLessThanOrEqual(3);
	});

	test('the loader opens English and nynorsk at their own page, with no hop on the way', async ({
		page
	}) => {
		await page.goto(`${HOST}/loader-en.html`);
		const site = process.env.PW_SITE ?? 'http://localhost:4173';
		await expect(page.locator('iframe')).toHaveAttribute(
			'src',
			`${site}/en/embed/?lang=en&mode=compact`
		);
		const frame = await embedFrame(page);
		await expect(frame.getByLabel('Which benefit do you receive?')).toBeVisible();
	});

	test('a plain iframe with its own listener works, in English and compact', async ({ page }) => {
		await page.goto(`${HOST}/plain.html`);
		const frame = await embedFrame(page);
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
			'Tax withheld from payments from NAV'
		);
		await expect
			.poll(async () => {
				const h = await heights(page, frame);
				return Math.abs(h.outer - h.inner);
			})
			.toBeLessThanOrEqual(3);
	});

	test('keyboard focus moves into the iframe and out again', async ({ page }) => {
		await page.goto(`${HOST}/loader.html`);
		const frame = await embedFrame(page);
		await page.locator('#before').focus();
		await page.keyboard.press('Tab');
		// Focus is now inside the calculator.
		await expect
			.poll(() => frame.evaluate(() => document.activeElement?.tagName ?? ''))
			.not.toBe('BODY');
		// Tab through the whole widget and out the other side.
		for (let i = 0; i < 80; i++) {
			const out = await page.evaluate(() => document.activeElement?.id === 'after');
			if (out) break;
			await page.keyboard.press('Tab');
		}
		await expect(page.locator('#after')).toBeFocused();
	});

	for (const lang of ['nb', 'nn', 'en'] as const) {
		test(`no axe violations inside the embed in ${lang}`, async ({ page }) => {
			await open(page, `./embed/?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('invalid parameters fall back to defaults without console errors', async ({ page }) => {
		const messages: string[] = [];
		page.on('console', (m) => {
			// Playwright's own note about the service worker it blocks is not ours.
			if (m.text().includes('blocked by Playwright')) return;
			if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
		});
		await open(page, './embed/?lang=xx&benefit=nope&table=1&mode=huge&accent=javascript:alert(1)');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Skattetrekk på utbetalinger fra NAV'
		);
		await expect(page.getByLabel('Hvilken ytelse får du?')).toHaveValue('');
		expect(messages).toEqual([]);
	});

	test('compact is for citizens: cards first; an invalid table is ignored; copy gives a visible link', async ({
		page
	}) => {
		await page.goto(`${HOST}/plain.html`);
		// The host's iframe, now with a table retired in 2025 and the compact mode.
		await page.locator('iframe').evaluate((el: HTMLIFrameElement, site) => {
			el.src = `${site}/embed/?lang=nb&mode=compact&table=7100`;
		}, process.env.PW_SITE ?? 'http://localhost:4173');
		const frame = await embedFrame(page, /mode=compact/u);
		await expect(frame.getByLabel('Tabellnummer')).toHaveValue('');
		await frame.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
		await frame.getByLabel('Tabellnummer').fill('8010');
		await frame.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
		const results = frame.getByRole('region', { name: 'Resultat' });
		// The payment cards, not the caseworker's table.
		await expect(results.getByRole('article')).toHaveCount(12);
		await expect(results.getByRole('table', { name: 'Alle utbetalinger' })).toBeHidden();
		// The clipboard is blocked in the iframe: the link is shown, selectable, to the calculator.
		await results.getByRole('button', { name: 'Kopier lenke til denne beregningen' }).click();
		const link = results.getByRole('textbox', { name: 'Lenke til denne beregningen' });
		await expect(link).toBeVisible();
		const href = await link.inputValue();
		expect(href).toMatch(/^http:\/\/localhost:\d+\/#v=1&/u);
		expect(href).not.toContain('/embed/');
		expect(href).toContain('t8010');
	});

	test('the documentation page shows the snippet and a live example', async ({ page }) => {
		await open(page, './bygg-inn/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Bygg inn Trekkhjelp på egen nettside'
		);
		await expect(page.getByText(/embed\.js/u).first()).toBeVisible();
		await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test.describe('on a host page of another site, with service workers allowed', () => {
		test.use({ serviceWorkers: 'allow' });

		test('no error on the host console: no service worker in the frame, copy shows the link', async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				// The host's own missing favicon is the host's.
				if (m.location().url === `${HOST}/favicon.ico`) return;
				if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${HOST}/loader.html`);
			const frame = await embedFrame(page);
			await frame.locator('html[data-ready]').waitFor({ state: 'attached' });
			// Until well after the frame's load, when a worker would have been registered. The browser
			// refuses one to another site's frame, and asking would be an uncaught error here.
			await page.waitForTimeout(1500);
			await frame.getByLabel('Hvilken ytelse får du?').selectOption({ label: 'Uføretrygd' });
			await frame.getByLabel('Tabellnummer').fill('8010');
			await frame.getByLabel('Omtrent hvor mye får du per utbetaling (før skatt)?').fill('25 000');
			await frame.getByRole('button', { name: 'Beregn trekket' }).click();
			const results = frame.getByRole('region', { name: 'Resultat' });
			await results.getByRole('button', { name: 'Kopier lenke til denne beregningen' }).click();
			await expect(
				results.getByRole('textbox', { name: 'Lenke til denne beregningen' })
			).toBeVisible();
			expect(errors).toEqual([]);
		});
	});
});
