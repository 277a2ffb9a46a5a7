// Optional Lighthouse run (phone profile: simulated slow 4G and a 4× slower CPU) against the
// production build served with gzip, with the system Chromium. Not part of CI: Lighthouse is
// fetched by npx on first use rather than kept as a dependency.
// Usage: npm run lighthouse   (builds, serves on LH_PORT or 4190, prints a table per page and
// language, ready for the README). LH_PAGES=/,/tabell/ limits the pages.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.LH_PORT ?? 4190);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const pages = (
	process.env.LH_PAGES ??
	'/,/uforetrygd/,/etterbetaling/,/tabell/,/forklar/,/ditt-ar/,/om/,/bygg-inn/,/embed/'
).split(',');
// Lighthouse's Chromium asks for English. Bokmål is opened with ?lang=nb (its own page, no
// redirect), nynorsk and English at their prefixed pages; the last row is a plain address in an
// English browser, which the inline script sends on to /en/ before the first paint; then the
// embed with settings.
const runs = [
	...pages.flatMap((p) => [
		[p, 'nb', `${p}?lang=nb`],
		[p, 'nn', `/nn${p}`],
		[p, 'en', `/en${p}`]
	]),
	['/', 'en (browser)', '/'],
	// The embed as embed.js sets it up on a host page: its language's page, compact mode.
	...(pages.includes('/embed/')
		? [
				['/embed/?mode=compact', 'nb', '/embed/?lang=nb&mode=compact'],
				['/embed/?mode=compact', 'nn', '/nn/embed/?lang=nn&mode=compact'],
				['/embed/?mode=compact', 'en', '/en/embed/?lang=en&mode=compact']
			]
		: [])
];
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));

execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
await new Promise((r) => setTimeout(r, 3000));
const rows = [];
try {
	for (const [i, [page, lang, path]] of runs.entries()) {
		const file = join(out, `${i}.json`);
		execFileSync(
			'npx',
			[
				'--yes',
				'lighthouse@13',
				`http://localhost:${port}${path}`,
				'--form-factor=mobile',
				'--only-categories=performance,accessibility,best-practices',
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
				'--output=json',
				`--output-path=${file}`,
				'--quiet'
			],
			{ stdio: 'ignore', env: { ...process.env, CHROME_PATH: existsSync(chrome) ? chrome : '' } }
		);
		const r = JSON.parse(readFileSync(file, 'utf8'));
		const score = (k) => Math.round(r.categories[k].score * 100);
		const ms = (k) => r.audits[k].numericValue;
		const row = {
			page,
			lang,
			perf: score('performance'),
			a11y: score('accessibility'),
			bp: score('best-practices'),
			lcp: `${(ms('largest-contentful-paint') / 1000).toFixed(1)} s`,
			tbt: `${Math.round(ms('total-blocking-time'))} ms`,
			cls: String(Math.round(r.audits['cumulative-layout-shift'].numericValue * 1000) / 1000),
			blocking: (r.audits['render-blocking-resources']?.details?.items ?? []).length
		};
		rows.push(row);
		console.log(
			`${path.padEnd(22)} performance ${row.perf}, accessibility ${row.a11y}, best practices ${row.bp} | ` +
				`LCP ${row.lcp}, TBT ${row.tbt}, CLS ${row.cls}, render-blocking ${row.blocking}`
		);
	}
} finally {
	process.kill(-server.pid);
}

console.log(`\nFigures on ${new Date().toISOString().slice(0, 10)}:\n`);
console.log('| Page | Language | Performance | Accessibility | Best practices | LCP | TBT | CLS |');
console.log('| ---- | -------- | ----------- | ------------- | -------------- | --- | --- | --- |');
for (const r of rows)
	console.log(
		`| \`${r.page}\` | ${r.lang} | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`
	);
