// Optional Lighthouse run (phone profile) against the production build, with the system Chromium.
// Not part of CI: Lighthouse is fetched by npx on first use rather than kept as a dependency.
// Usage: npm run lighthouse   (builds, serves on LH_PORT or 4190, prints the scores per page)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.LH_PORT ?? 4190);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Without ?lang the page follows the browser (Lighthouse's Chromium reports en-US), so it
// switches from the prerendered bokmål at load: both cases are measured.
const pages = [
	'/?lang=nb',
	'/',
	'/uforetrygd/?lang=nb',
	'/etterbetaling/?lang=nb',
	'/tabell/?lang=nb',
	'/tabell/'
];
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));

execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
await new Promise((r) => setTimeout(r, 3000));
try {
	for (const [i, path] of pages.entries()) {
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
		const audit = (k) => r.audits[k].displayValue;
		console.log(
			`${path.padEnd(16)} performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
				`best practices ${score('best-practices')} | LCP ${audit('largest-contentful-paint')}, ` +
				`TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`
		);
	}
} finally {
	process.kill(-server.pid);
}
