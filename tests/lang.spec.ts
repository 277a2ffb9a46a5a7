import { expect, test, type Browser, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { open } from './helpers';

// Every page is prerendered in each language (bokmål at its own path, /nn/ and /en/ under a
// prefix); the inline script in app.html picks the language before anything paints, and a page
// opened in another is switched in place (after the first visit the service worker sends the
// address on to the right page). Never a second document.
const SITE = process.env.PW_SITE ?? 'http://localhost:4173';
const PAGES = [
	'/',
	'/uforetrygd/',
	'/etterbetaling/',
	'/tabell/',
	'/forklar/',
	'/ditt-ar/',
	'/sjekk/',
	'/om/',
	'/bygg-inn/',
	'/embed/'
];
const LOCALE = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** What the page looked like when its HTML was parsed (before any script of ours ran), and CLS. */
async function watchFirstPaint(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __first?: object; __cls: number };
		w.__cls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.__cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
		document.addEventListener('DOMContentLoaded', () => {
			w.__first = {
				lang: document.documentElement.lang,
				h1: document.querySelector('h1')?.textContent ?? ''
			};
		});
	});
}

async function firstPaint(page: Page): Promise<{ lang: string; h1: string }> {
	return page.evaluate(
		() => (window as unknown as { __first: { lang: string; h1: string } }).__first
	);
}

async function inBrowser(
	browser: Browser,
	lang: keyof typeof LOCALE,
	serviceWorkers: 'allow' | 'block' = 'block'
) {
	const context = await browser.newContext({ locale: LOCALE[lang], serviceWorkers });
	return { context, page: await context.newPage() };
}

/** Count the documents the page loads (a second one would be a page replaced by another). */
function countDocuments(page: Page): { n: number } {
	const count = { n: 0 };
	page.on('request', (req) => {
		if (req.resourceType() === 'document' && req.frame() === page.mainFrame()) count.n += 1;
	});
	return count;
}

test.describe('the language at the first paint', () => {
	for (const lang of ['nb', 'nn', 'en'] as const) {
		// One page a test: a fresh browser each, so every page is a first visit.
		for (const path of PAGES) {
			test(`a browser in ${lang} gets ${path} in ${lang} with one document and no layout shift`, async ({
				browser
			}) => {
				const { context, page } = await inBrowser(browser, lang);
				await watchFirstPaint(page);
				const documents = countDocuments(page);
				await open(page, `${SITE}${path}`);
				// A first visit (no service worker yet): the plain address paints its bokmål page at
				// once and switches in place; the address then names the language shown.
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page).toHaveURL(`${SITE}${lang === 'nb' ? path : `/${lang}${path}`}`);
				const h1 = page.getByRole('heading', { level: 1 });
				await expect(h1).toBeVisible();
				expect((await firstPaint(page)).lang, path).toBe('nb');
				expect(documents.n, `one document for ${path}`).toBe(1);
				await page.waitForTimeout(300);
				const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
				expect(cls, `layout shift on ${path}`).toBe(0);
				await context.close();
			});
		}
		test(`every page at its ${lang} address is in ${lang} as parsed`, async ({ browser }) => {
			// Ten pages one after the other: 5-7 s with the load average at 14 on two cores.
			const { context, page } = await inBrowser(browser, 'nb');
			await watchFirstPaint(page);
			for (const path of PAGES) {
				await open(page, `${SITE}${lang === 'nb' ? path : `/${lang}${path}`}`);
				const h1 = page.getByRole('heading', { level: 1 });
				await expect(h1).toBeVisible();
				// The text parsed is the text shown after hydration: nothing was replaced.
				const first = await firstPaint(page);
				expect(first.lang, path).toBe(lang);
				expect(first.h1, path).toBe(await h1.textContent());
				await expect(page.locator('html')).not.toHaveAttribute('data-want');
			}
			await context.close();
		});
	}
});

test('the embed with settings shows them at its first paint, with no layout shift', async ({
	browser
}) => {
	const { context, page } = await inBrowser(browser, 'nb');
	await watchFirstPaint(page);
	// A preset: hidden until it is applied, then shown as set.
	await open(page, `${SITE}/embed/?mode=compact&benefit=uforetrygd&lang=en`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const benefit = page.getByLabel('Which benefit do you receive?');
	await expect(benefit).toHaveValue('uforetrygd');
	await expect(benefit).toBeVisible();
	// The compact mode alone: drawn from the first paint (no intro), the form shown at once.
	await open(page, `${SITE}/embed/?mode=compact`);
	await expect(page.getByLabel('Hvilken ytelse får du?')).toBeVisible();
	await expect(
		page.getByText(/^Fyll inn ytelsen, skattekortet og utbetalingene dine/u)
	).toBeHidden();
	await expect(page.locator('html')).not.toHaveClass(/embed-pending/u);
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
	await context.close();
});

test.describe("the link's language wins over the browser's", () => {
	// A scenario shared in bokmål, opened by someone whose browser is in English.
	const links: Record<string, string> = {
		'/': '#v=1&l=nb&y=2026&b=uforetrygd&c=t8010&q=25000~m~1',
		'/uforetrygd/': '#v=1&s=u&l=nb&y=2026&k=t&m=25000&t=8010',
		'/etterbetaling/': '#v=1&s=e&l=nb&y=2026&b=aap&k=n',
		'/tabell/': '#v=1&s=t&l=nb&y=2026'
	};
	for (const [path, hash] of Object.entries(links)) {
		test(`a bokmål link to ${path} stays bokmål and is not rewritten`, async ({ browser }) => {
			const { context, page } = await inBrowser(browser, 'en');
			await watchFirstPaint(page);
			for (const link of [`${path}${hash}`, `${path}?lang=nb`]) {
				await open(page, `${SITE}${link}`);
				await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
				expect((await firstPaint(page)).lang).toBe('nb');
				await page.waitForTimeout(700);
				await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
				expect(new URL(page.url()).pathname).toBe(path);
				if (link.includes('?lang=nb')) expect(page.url()).toContain('lang=nb');
				else expect(page.url()).toContain('l=nb');
			}
			await context.close();
		});
	}

	test('?lang= in a link wins over the page it points at and over the browser', async ({
		browser
	}) => {
		const { context, page } = await inBrowser(browser, 'en');
		const documents = countDocuments(page);
		await open(page, `${SITE}/en/tabell/?lang=nn`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		await expect(page).toHaveURL(`${SITE}/nn/tabell/?lang=nn`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/tabell/iu);
		expect(documents.n).toBe(1);
		await context.close();
	});

	test('choosing a language puts it in the address; a reload and the links keep it', async ({
		page
	}) => {
		await open(page, './tabell/');
		await page.getByLabel('Språk').selectOption('en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveURL(/\/en\/tabell\//u);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/table/iu);
		// The sections' navigation keeps the language on its links.
		await page
			.getByRole('navigation')
			.first()
			.getByRole('link', { name: /back pay/iu })
			.click();
		await expect(page).toHaveURL(/\/en\/etterbetaling\//u);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// Back to bokmål in a browser set to bokmål: its own address.
		await page.getByLabel('Language').selectOption('nb');
		await expect(page).toHaveURL(/\/etterbetaling\/\?lang=nb/u);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	});
});

test('every inline script is allowed by the page CSP, and the app starts after the first paint', async ({
	request
}) => {
	for (const path of ['./', './en/tabell/', './nn/embed/']) {
		const html = await (await request.get(path)).text();
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
		expect(scripts[0]).toContain("setAttribute('data-want'");
		expect(scripts.some((s) => /type: 'paint'[\s\S]*kit\.start/u.test(s))).toBe(true);
		const csp = /http-equiv="content-security-policy" content="([^"]*)"/u.exec(html)?.[1] ?? '';
		for (const script of scripts)
			expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
	}
});

test.describe('a language chosen is kept on this device', () => {
	test('an English browser that picks bokmål gets bokmål on reload and at a typed address, with no cookie', async ({
		browser
	}) => {
		const { context, page } = await inBrowser(browser, 'en', 'allow');
		await watchFirstPaint(page);
		await open(page, `${SITE}/en/tabell/`);
		await page.getByLabel('Language').selectOption('nb');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		// The address names the language shown.
		await expect(page).toHaveURL(`${SITE}/tabell/?lang=nb`);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		// A typed or bookmarked bokmål address, with the service worker now running or not.
		for (const path of ['/tabell/', '/', '/om/']) {
			await open(page, `${SITE}${path}`);
			await expect(page).toHaveURL(`${SITE}${path}`);
			expect((await firstPaint(page)).lang, path).toBe('nb');
			await page.waitForTimeout(300);
			await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		}
		// A shared link still wins: an English page stays English.
		await open(page, `${SITE}/en/om/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await open(page, `${SITE}/om/?lang=nn`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});

	test('after the first visit, a plain address in an English browser is answered with the English page', async ({
		browser
	}) => {
		const { context, page } = await inBrowser(browser, 'en', 'allow');
		await watchFirstPaint(page);
		await open(page, `${SITE}/`);
		// The worker, registered once the page is up, installed and active: it answers from now on.
		await page.evaluate(async () => void (await navigator.serviceWorker.ready));
		for (const path of ['/tabell/', '/etterbetaling/?lang=en', '/uforetrygd/']) {
			await open(page, `${SITE}${path}`);
			const url = new URL(page.url());
			expect(url.pathname, path).toBe(`/en${path.replace(/\?.*$/u, '')}`);
			// English as parsed: no bokmål page came first.
			expect((await firstPaint(page)).lang, path).toBe('en');
		}
		// A ?lang= link to another language's page is answered with that language's page.
		await open(page, `${SITE}/etterbetaling/?lang=nn`);
		await expect(page).toHaveURL(`${SITE}/nn/etterbetaling/?lang=nn`);
		expect((await firstPaint(page)).lang).toBe('nn');
		// With no network too: the worker answers from its cache.
		await context.setOffline(true);
		await open(page, `${SITE}/om/`);
		await expect(page).toHaveURL(`${SITE}/en/om/`);
		expect((await firstPaint(page)).lang).toBe('en');
		await context.close();
	});
});

test('the embedding guide in English points at the site root for embed.js and the English widget', async ({
	page
}) => {
	await open(page, './en/bygg-inn/');
	const root = new URL('/', page.url()).href;
	await expect(page.getByText(`${root}embed.js`).first()).toBeVisible();
	// The live example opens the English widget at its own page: nothing to switch.
	await expect(page.locator('iframe')).toHaveAttribute('src', new RegExp(`^${root}en/embed/`, 'u'));
	// The snippet names the options chosen after the language (mode, …).
	await expect(page.getByText(`<iframe src="${root}en/embed/?lang=en`)).toBeVisible();
});
