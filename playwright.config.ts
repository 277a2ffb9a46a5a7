import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its own browsers here: drive Debian's Chromium when it is present.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

// Ports can be moved (PW_PORT) so two runs on one machine never share a server.
const port = Number(process.env.PW_PORT ?? 4173);
const hostPort = port + 1;
process.env.PW_SITE = `http://localhost:${port}`;
process.env.PW_HOST = `http://127.0.0.1:${hostPort}`;

const launchOptions = {
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};

export default defineConfig({
	testDir: 'tests',
	outputDir: process.env.PW_PORT ? `test-results/${port}` : 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// CI: one retry, so a one-off stall does not block a landing; scripts/test-all.mjs names every
	// test that needed it (the goal is none). The one stall seen (a renderer that stopped painting
	// until the test's timeout) matches a busy loop fixed in cdef408: the quick schedule looped
	// forever on a month or year that was momentarily not a number while being typed, which blocks
	// the page's main thread and so its painting. A test that fails twice still fails the run.
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.PW_JSON_REPORT
		? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
		: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nb-NO',
		trace: 'retain-on-failure',
		serviceWorkers: 'block'
	},
	webServer: [
		{
			// The production build, served as a static host would.
			command: `npx vite preview --port ${port} --strictPort`,
			url: `http://localhost:${port}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// A host page on another origin, for the embed tests.
			command: `node tests/host-server.mjs ${hostPort} http://localhost:${port}`,
			url: `http://127.0.0.1:${hostPort}/loader.html`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	],
	projects: [
		{
			name: 'phone',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
				launchOptions
			}
		},
		{
			// Every test runs at phone size. At 1280 px the same pages differ only where the layout
			// reads the width: the calculator's results (a table above 40rem, cards below, in the
			// calculator and the embed; CompactResults.svelte), the embed's height reported to its
			// host and the whole table's virtual rows (both measured with a ResizeObserver), and the
			// caseworker's desk and printout. Those files run here too; the rest would repeat the
			// phone's assertions at twice the suite's time.
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions },
			testMatch: /\/(calculator|embed|caseworker|table)\.spec\.ts$/,
			grepInvert: /@phone-only/
		}
	]
});
