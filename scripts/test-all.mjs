// The whole suite, exactly as CI runs it: lint, type check, unit tests, build, browser tests.
// Ends with one line alone: "N passed, N failed" (unit + browser tests; a failed gate such as
// lint or the build counts as one failure), and exits non-zero on any failure. Before it, how many
// browser tests passed only on their retry (flaky), by name.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
/** Browser tests that passed only on their retry (CI retries once): the goal is none. */
let flaky = [];
/** The five slowest browser tests, named before the last line. */
let slowest = [];

/** Titles of the tests Playwright's JSON report marks flaky (failed, then passed on retry). */
function flakyTests(report) {
	const out = [];
	const walk = (suite, path) => {
		const here = suite.title ? [...path, suite.title] : path;
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests ?? [])
				if (t.status === 'flaky')
					out.push(`[${t.projectName}] ${[...here, spec.title].join(' › ')}`);
		for (const child of suite.suites ?? []) walk(child, here);
	};
	for (const suite of report.suites ?? []) walk(suite, []);
	return out;
}

/** The `n` slowest browser tests of Playwright's JSON report (every run of a test counted), as
 * "12.3 s  [phone] file › title": the place to look when the suite grows slow. */
function slowestTests(report, n) {
	const out = [];
	const walk = (suite, path) => {
		const here = suite.title ? [...path, suite.title] : path;
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests ?? []) {
				const ms = (t.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0);
				out.push({ ms, title: `[${t.projectName}] ${[...here, spec.title].join(' › ')}` });
			}
		for (const child of suite.suites ?? []) walk(child, here);
	};
	for (const suite of report.suites ?? []) walk(suite, []);
	return out
		.sort((a, b) => b.ms - a.ms)
		.slice(0, n)
		.map((t) => `${(t.ms / 1000).toFixed(1).padStart(5)} s  ${t.title}`);
}

function run(name, cmd, args, env = {}) {
	console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) console.log(`=== ${name} FAILED (exit ${r.status ?? r.signal})`);
	return r.status === 0;
}

function gate(name, cmd, args) {
	if (!run(name, cmd, args)) failed += 1;
}

gate('lint', 'npx', ['prettier', '--check', '.']);
gate('eslint', 'npx', ['eslint', '.']);
gate('type check', 'npx', ['svelte-kit', 'sync']);
gate('svelte-check', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);

const unitReport = `${reports}/vitest.json`;
const unitOk = run('unit tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${unitReport}`
]);
if (existsSync(unitReport)) {
	const r = JSON.parse(readFileSync(unitReport, 'utf8'));
	passed += r.numPassedTests ?? 0;
	failed += r.numFailedTests ?? 0;
	if (!unitOk && (r.numFailedTests ?? 0) === 0) failed += 1;
} else if (!unitOk) failed += 1;

const built = run('build', 'npx', ['vite', 'build']);

// The browser: Debian's Chromium when it is there (playwright.config.ts), otherwise Playwright's
// own, installed once with `npx playwright install chromium` (that download needs Playwright's
// CDN, which some networks, CI's here among them, do not reach: then say so and how to fix it).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (built && !existsSync(systemChromium)) {
	const { chromium } = await import('@playwright/test');
	if (!existsSync(chromium.executablePath())) {
		console.log(`\n=== no browser at ${systemChromium}: installing Playwright's own Chromium`);
		if (!run('browser install', 'npx', ['playwright', 'install', 'chromium']))
			console.log(
				"=== could not download Playwright's Chromium (no network to its CDN?). Install " +
					"Debian's instead (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary."
			);
	}
}
if (!built) failed += 1;

if (built) {
	const e2eReport = `${reports}/playwright.json`;
	const e2eOk = run('browser tests', 'npx', ['playwright', 'test'], {
		PW_JSON_REPORT: e2eReport
	});
	if (existsSync(e2eReport)) {
		const r = JSON.parse(readFileSync(e2eReport, 'utf8'));
		const s = r.stats ?? {};
		passed += (s.expected ?? 0) + (s.flaky ?? 0);
		failed += s.unexpected ?? 0;
		if (!e2eOk && (s.unexpected ?? 0) === 0) failed += 1;
		flaky = flakyTests(r);
		slowest = slowestTests(r, 5);
	} else if (!e2eOk) failed += 1;
}

if (built) {
	console.log(`\n=== browser tests that needed their retry: ${flaky.length}`);
	for (const title of flaky) console.log(`  flaky: ${title}`);
	console.log('=== the five slowest browser tests');
	for (const line of slowest) console.log(`  ${line}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
