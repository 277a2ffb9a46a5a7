// Optional Lighthouse runs (phone profile: simulated slow 4G and a 4× slower CPU) against the
// production build served with gzip, with the system Chromium. Not part of CI: Lighthouse is
// fetched by npx on first use rather than kept as a dependency.
//
// Every address is measured LH_RUNS times (3 by default), and so is a floor in the same run: a
// plain HTML page of the same size class (a heading and paragraphs, no script, no style sheet),
// served by the same server. One run says little on a busy machine; the table gives each address's
// median and worst LCP and its median against the floor's, which is what the budget is set in
// (median within 1.3× the floor's, no run above 1.2 s, CLS 0).
//
// Usage: npm run lighthouse   (builds, serves the build with gzip on LH_PORT or 4190, prints the table for the
// README). LH_PAGES=/,/tabell/ limits the pages; LH_LANGS=nb,en the languages; LH_EXTRA=0 leaves
// out the plain address in an English browser, the ?lang= link and the embed with settings;
// LH_TRACES=1 keeps each run's trace beside its report (the folder is printed); LH_PARALLEL=2 runs
// two at a time.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const port = Number(process.env.LH_PORT ?? 4190);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const times = Number(process.env.LH_RUNS ?? 3);
const pages = (
	process.env.LH_PAGES ??
	'/,/uforetrygd/,/etterbetaling/,/tabell/,/forklar/,/ditt-ar/,/om/,/bygg-inn/,/embed/'
).split(',');
const langs = (process.env.LH_LANGS ?? 'nb,nn,en').split(',');
const extra = process.env.LH_EXTRA !== '0';
const FLOOR = '/lighthouse-floor/';

// Lighthouse's Chromium asks for English. Bokmål is opened at its own address with ?lang=nb (what
// the site's links give a person who chose bokmål in an English browser), nynorsk and English at
// their prefixed pages. Then a plain address in that English browser and a ?lang= link to a page
// in another language, both on a first visit (no service worker yet): they paint as prerendered
// and switch in place. Then the embed as embed.js opens it, compact.
const runs = [
	['floor', '', FLOOR],
	...pages.flatMap((p) =>
		[
			['nb', `${p}?lang=nb`],
			['nn', `/nn${p}`],
			['en', `/en${p}`]
		]
			.filter(([lang]) => langs.includes(lang))
			.map(([lang, path]) => [p, lang, path])
	),
	...(extra
		? [
				['/', 'en (browser)', '/'],
				['/tabell/', 'en (browser)', '/tabell/'],
				['/etterbetaling/?lang=nn', 'nn (link)', '/etterbetaling/?lang=nn'],
				...(pages.includes('/embed/')
					? [
							['/embed/?mode=compact', 'nb', '/embed/?lang=nb&mode=compact'],
							['/embed/?mode=compact', 'nn', '/nn/embed/?lang=nn&mode=compact'],
							['/embed/?mode=compact', 'en', '/en/embed/?lang=en&mode=compact']
						].filter(([, lang]) => langs.includes(lang))
					: [])
			]
		: [])
];
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
console.log(`Reports in ${out}`);

execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });

// The floor: a heading and paragraphs of plain text, as many bytes as the largest prerendered page
// has of HTML, of words in varying order so that it gzips about as well.
const size = Math.max(
	...['index.html', 'tabell/index.html', 'nn/etterbetaling/index.html'].map(
		(f) => readFileSync(join('build', f)).length
	)
);
const words = (
	'skattetrekk utbetaling trekktabell prosent måned juni desember frikort ' +
	'forskuddstrekk ytelse uføretrygd etterbetaling kroner grunnlag periode dager skattekort'
).split(' ');
let seed = 7;
const word = () => words[(seed = (seed * 48271) % 2147483647) % words.length];
const paragraphs = [];
for (let n = 0; n < size; n += 600)
	paragraphs.push(
		`<p>${Array.from({ length: 60 }, () => `${word()} ${seed % 1000}`).join(' ')}.</p>`
	);
const floorHtml =
	'<!doctype html><html lang="nb"><head><meta charset="utf-8">' +
	'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title>' +
	`</head><body><h1>Skattetrekk på utbetalinger fra NAV</h1>${paragraphs.join('')}</body></html>`;

// The build as a static host serves it (gzip, an address without its slash sent on to it), and
// the floor beside it.
const TYPES = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	webmanifest: 'application/manifest+json',
	svg: 'image/svg+xml',
	png: 'image/png'
};
const server = createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	let body;
	let type = TYPES.html;
	if (path === FLOOR) body = Buffer.from(floorHtml);
	else {
		let file = join('build', path);
		if (!file.startsWith('build') || !existsSync(file)) return res.writeHead(404).end();
		if (statSync(file).isDirectory()) {
			if (!path.endsWith('/')) return res.writeHead(308, { location: `${path}/` }).end();
			file = join(file, 'index.html');
			if (!existsSync(file)) return res.writeHead(404).end();
		}
		body = readFileSync(file);
		type = TYPES[file.split('.').pop()] ?? 'application/octet-stream';
	}
	const zip = type !== TYPES.png && /\bgzip\b/u.test(req.headers['accept-encoding'] ?? '');
	res.writeHead(200, {
		'content-type': type,
		...(zip ? { 'content-encoding': 'gzip' } : {}),
		'cache-control': path.includes('/immutable/') ? 'max-age=31536000, immutable' : 'no-cache'
	});
	res.end(zip ? gzipSync(body) : body);
});
await new Promise((r) => server.listen(port, '127.0.0.1', r));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = [];
const results = runs.map(([page, lang, path]) => ({
	page,
	lang,
	path,
	lcp: [],
	fcp: [],
	cls: [],
	tbt: [],
	perf: []
}));
// Round by round (every address once, then again), so a busy spell on the machine falls on
// several addresses' runs, the floor's included, not on all of one address's.
const queue = [];
for (let k = 0; k < times; k++) for (let i = 0; i < runs.length; i++) queue.push([i, k]);
async function measure([i, k]) {
	const row = results[i];
	const file = join(out, `${i}-${k}.json`);
	load.push(loadavg()[0]);
	// Not execFileSync: the server above runs in this process.
	await promisify(execFile)(
		'npx',
		[
			'--yes',
			'lighthouse@13',
			`http://127.0.0.1:${port}${row.path}`,
			'--form-factor=mobile',
			'--only-categories=performance',
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
			'--output=json',
			`--output-path=${file}`,
			'--quiet',
			...(process.env.LH_TRACES ? ['--save-assets'] : [])
		],
		{ env: { ...process.env, CHROME_PATH: existsSync(chrome) ? chrome : '' } }
	);
	const r = JSON.parse(readFileSync(file, 'utf8'));
	const ms = (key) => r.audits[key].numericValue;
	row.lcp.push(ms('largest-contentful-paint') / 1000);
	row.fcp.push(ms('first-contentful-paint') / 1000);
	row.cls.push(r.audits['cumulative-layout-shift'].numericValue);
	row.tbt.push(ms('total-blocking-time'));
	row.perf.push(Math.round(r.categories.performance.score * 100));
	console.log(
		`${row.path.padEnd(36)} run ${k + 1}: LCP ${ms('largest-contentful-paint').toFixed(0)} ms, ` +
			`CLS ${r.audits['cumulative-layout-shift'].numericValue.toFixed(3)}`
	);
}
// LH_PARALLEL=2 runs two at a time (the floor too, so it shares the conditions): quicker, noisier.
const parallel = Number(process.env.LH_PARALLEL ?? 1);
try {
	await Promise.all(
		Array.from({ length: parallel }, async () => {
			while (queue.length) await measure(queue.shift());
		})
	);
} finally {
	server.close();
}

const floor = median(results[0].lcp);
const s = (x) => `${x.toFixed(2)} s`;
console.log(
	`\nFigures on ${new Date().toISOString().slice(0, 10)}, ${times} runs each; the floor's ` +
		`median LCP ${s(floor)}; load average ${Math.min(...load).toFixed(1)}–` +
		`${Math.max(...load).toFixed(1)} on ${cpus().length} cores:\n`
);
console.log('| Page | Language | LCP median | LCP worst | × floor | CLS | TBT | Performance |');
console.log('| ---- | -------- | ---------- | --------- | ------- | --- | --- | ----------- |');
const failing = [];
for (const r of results) {
	const m = median(r.lcp);
	const worst = Math.max(...r.lcp);
	const ratio = m / floor;
	const cls = Math.max(...r.cls);
	if (r.page !== 'floor' && (ratio > 1.3 || worst > 1.2 || cls > 0))
		failing.push(`${r.path} (×${ratio.toFixed(2)}, worst ${s(worst)}, CLS ${cls})`);
	console.log(
		`| ${r.page === 'floor' ? 'plain HTML page (floor)' : `\`${r.page}\``} | ${r.lang} | ${s(m)} | ` +
			`${s(worst)} | ${ratio.toFixed(2)} | ${Math.round(cls * 1000) / 1000} | ` +
			`${Math.round(median(r.tbt))} ms | ${median(r.perf)} |`
	);
}
console.log(
	failing.length
		? `\nOutside the budget: ${failing.join('; ')}`
		: '\nEvery address within the budget.'
);
