import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_YEAR,
	getYearRules,
	TABLE_YEARS,
	YEARS,
	yearStatus as engineYearStatus
} from './engine/rules';
import { defaultEtterbetalingForm, ANNUAL_YEARS } from './sections/etterbetaling/form';
import { defaultForm } from './sections/calculator/fields';
import { parseForm } from './sections/calculator/form';
import { decode as decodeEtterbetaling } from './sections/etterbetaling/link';
import { decode as decodeTable } from './sections/table/link';
import { decode as decodeUfore } from './sections/ufore/link';
import { defaultTableForm } from './sections/table/fields';
import { decode as decodeForm } from './sections/calculator/link';
import { compute as computeUfore, defaultUforeForm, UFORE_YEARS } from './sections/ufore/form';
import {
	INCOME_YEARS,
	WITHHOLDING_YEARS,
	yearBefore,
	yearStatus,
	wagePctOf,
	type RegistryYears
} from './years';

const strings = (ys: readonly number[]) => ys.map(String);
const outside = [String(Math.min(...YEARS) - 1), String(Math.max(...YEARS) + 1), '20x6'];

describe('every form offers exactly the registry’s years', () => {
	it('the withholding pages: every year with a table routine', () => {
		expect(WITHHOLDING_YEARS).toEqual(strings(TABLE_YEARS));
		// The calculator (and your year, the embed) checks its year against the same list.
		const calcRefuses = (year: string) => {
			const r = parseForm({ ...defaultForm(), year });
			return !r.ok && r.issues.some((i) => i.field === 'year');
		};
		expect([...strings(TABLE_YEARS), ...outside].filter((y) => !calcRefuses(y))).toEqual(
			strings(TABLE_YEARS)
		);
		expect(UFORE_YEARS).toEqual(strings(TABLE_YEARS));
	});

	it('the back-payment page: every year with annual rules', () => {
		expect(INCOME_YEARS).toEqual(strings(YEARS));
		expect(ANNUAL_YEARS).toEqual(strings(YEARS));
	});

	it('every form opens on the registry’s default year', () => {
		const y = String(DEFAULT_YEAR);
		expect(TABLE_YEARS).toContain(DEFAULT_YEAR);
		expect(defaultForm().year).toBe(y);
		expect(defaultUforeForm().year).toBe(y);
		expect(defaultTableForm().year).toBe(y);
		expect(defaultEtterbetalingForm().payoutYear).toBe(y);
		// A back payment opens on the year before the payout year, itself a known year.
		expect(defaultEtterbetalingForm().parts[0]!.year).toBe(yearBefore(INCOME_YEARS, y));
		expect(INCOME_YEARS).toContain(defaultEtterbetalingForm().parts[0]!.year);
	});

	it('every registry year carries its status; the year before is a known year', () => {
		for (const y of YEARS) expect(yearStatus(y)).toEqual(getYearRules(y).status);
		expect(yearStatus(String(Math.max(...YEARS) + 1))).toBeUndefined();
		expect(yearBefore(['2023', '2024', '2026'], '2026')).toBe('2024');
		expect(yearBefore(['2026'], '2026')).toBe('2026');
	});

	it('the pages and the engine read a status alike (one function), the pages with no year loaded', () => {
		const asked = [...YEARS, ...strings(YEARS), 2022, '2099', '', 'constructor', ' 2026'];
		for (const y of asked) expect(yearStatus(y)).toEqual(engineYearStatus(y));
	});
});

describe('every registry year is accepted everywhere, and no other', () => {
	const calc = (year: string) => ({
		...defaultForm(),
		year,
		benefit: 'uforetrygd',
		table: '8010',
		quickAmount: '25000'
	});

	it.each(strings(TABLE_YEARS))('%s: calculator, uføretrygd and table forms and links', (y) => {
		expect(parseForm(calc(y)).ok).toBe(true);
		expect(decodeForm(`#v=1&y=${y}&b=uforetrygd&c=t8010&q=25000~m~1`).ok).toBe(true);
		const ufore = computeUfore({ ...defaultUforeForm(), year: y, monthly: '25000', table: '8010' });
		expect(ufore.kind).toBe('result');
		expect(decodeUfore(`#v=1&s=u&y=${y}&k=t`).ok).toBe(true);
		expect(decodeTable(`#v=1&s=t&y=${y}&p=month`).ok).toBe(true);
	});

	it.each(strings(YEARS))('%s: the back-payment link', (y) => {
		expect(decodeEtterbetaling(`#v=1&s=e&y=${y}&b=aap&k=n&p=${y}~1~1~12`).ok).toBe(true);
	});

	it.each(outside)('%s: refused by every form and link', (y) => {
		const r = parseForm(calc(y));
		expect(r.ok === false && r.issues.some((i) => i.field === 'year')).toBe(true);
		const ufore = computeUfore({ ...defaultUforeForm(), year: y, monthly: '25000', table: '8010' });
		expect(ufore.kind === 'issues' && ufore.issues.some((i) => i.field === 'year')).toBe(true);
		expect(decodeUfore(`#v=1&s=u&y=${y}&k=t`).ok).toBe(false);
		expect(decodeTable(`#v=1&s=t&y=${y}&p=month`).ok).toBe(false);
		expect(decodeEtterbetaling(`#v=1&s=e&y=${y}&b=aap&k=n&p=2025~1~1~12`).ok).toBe(false);
	});
});

describe('no page or form names a year of its own', () => {
	// A year written into a page (a select option, a default, a check) would not follow the
	// registry. Comments may show years; code may not.
	const root = join(process.cwd(), 'src');
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) {
				if (!['engine', 'messages'].includes(e.name)) walk(p);
			} else if (/\.(ts|svelte)$/u.test(e.name) && !e.name.endsWith('.test.ts')) files.push(p);
		}
	};
	walk(root);

	it('finds the pages, components and state modules to check', () => {
		const names = files.map((f) => relative(root, f));
		expect(names).toContain('lib/sections/ufore/UforeSection.svelte');
		expect(names).toContain('lib/sections/calculator/CalculatorForm.svelte');
		expect(names).toContain('lib/sections/calculator/fields.ts');
	});

	it('has no year literal outside comments', () => {
		const found: string[] = [];
		for (const f of files) {
			const code = readFileSync(f, 'utf8')
				.replace(/\/\*[\s\S]*?\*\//gu, '')
				.replace(/<!--[\s\S]*?-->/gu, '')
				.replace(/(^|[^:])\/\/.*$/gmu, '$1');
			for (const m of code.matchAll(/(?<![\d.\\u])20[1-3]\d(?![\d.])/gu))
				found.push(`${relative(root, f)}: ${m[0]}`);
		}
		expect(found).toEqual([]);
	});

	it('builds every year selector with yearOptions (so a proposal year says so)', () => {
		const found: string[] = [];
		for (const f of files.filter((f) => f.endsWith('.svelte')))
			for (const m of readFileSync(f, 'utf8').matchAll(
				/\b[A-Z_]*YEARS\.map\(\s*\(?\w+\)?\s*=>\s*\(\{\s*value/gu
			))
				found.push(`${relative(root, f)}: ${m[0]}`);
		expect(found).toEqual([]);
	});
});

describe('a new year is one module and one line', () => {
	afterEach(() => {
		vi.doUnmock('./engine/rules');
		vi.doUnmock('./years');
		vi.resetModules();
	});

	it('the build reads the registry’s years for the pages', async () => {
		const { registryYears } = await import('../../vite.config');
		expect(await registryYears()).toEqual({
			years: YEARS,
			tableYears: TABLE_YEARS,
			defaultYear: DEFAULT_YEAR,
			statuses: Object.fromEntries(YEARS.map((y) => [String(y), getYearRules(y).status])),
			// The uføretrygd page's first screen says the wage rate without loading the rules.
			wagePct: Object.fromEntries(
				YEARS.map((y) => [String(y), getYearRules(y).annual.trygdeavgiftWagePct.value])
			)
		});
		for (const y of YEARS)
			expect(wagePctOf(y)).toBe(getYearRules(y).annual.trygdeavgiftWagePct.value);
		expect(wagePctOf(1999)).toBeUndefined();
	});

	it('a fixture year in the registry reaches every form, select and link', async () => {
		vi.resetModules();
		// What the one line in rules/index.ts does: the registry gains 2099 (here a copy of the
		// default year's rules), so YEARS, TABLE_YEARS and the rule look-ups know it …
		vi.doMock('./engine/rules', async (importOriginal) => {
			const real = await importOriginal<typeof import('./engine/rules')>();
			const fixture = { ...real.getYearRules(DEFAULT_YEAR), year: 2099 };
			return {
				...real,
				YEARS: [...real.YEARS, 2099],
				TABLE_YEARS: [...real.TABLE_YEARS, 2099],
				getYearRules: (y: unknown, f?: string) => (y === 2099 ? fixture : real.getYearRules(y, f)),
				getTableRoutine: (y: unknown, f?: string) =>
					y === 2099 ? fixture.tableRoutine! : real.getTableRoutine(y, f)
			};
		});
		// … and the build (above) gives the pages those years.
		const built: RegistryYears = {
			years: [...YEARS, 2099],
			tableYears: [...TABLE_YEARS, 2099],
			defaultYear: DEFAULT_YEAR,
			statuses: { ...__REGISTRY_YEARS__.statuses, 2099: { kind: 'adopted' } }
		};
		// … and the forms, selects and links take theirs from those lists.
		vi.doMock('./years', async (importOriginal) => {
			const real = await importOriginal<typeof import('./years')>();
			return { ...real, ...real.yearLists(built) };
		});
		const years = await import('./years');
		const form = await import('./sections/calculator/fields');
		const parse = await import('./sections/calculator/form');
		const ufore = await import('./sections/ufore/form');
		const etter = await import('./sections/etterbetaling/form');
		const uforeLink = await import('./sections/ufore/link');
		const tableLink = await import('./sections/table/link');
		const etterLink = await import('./sections/etterbetaling/link');
		const calcLink = await import('./sections/calculator/link');

		expect(years.WITHHOLDING_YEARS).toContain('2099');
		expect(years.INCOME_YEARS).toContain('2099');
		expect(ufore.UFORE_YEARS).toContain('2099');
		expect(etter.ANNUAL_YEARS).toContain('2099');
		expect(
			parse.parseForm({
				...form.defaultForm(),
				year: '2099',
				benefit: 'uforetrygd',
				table: '8010',
				quickAmount: '25000'
			}).ok
		).toBe(true);
		const u = ufore.compute({
			...ufore.defaultUforeForm(),
			year: '2099',
			monthly: '25000',
			table: '8010'
		});
		expect(u.kind === 'result' && u.year).toBe(2099);
		expect(uforeLink.decode('#v=1&s=u&y=2099&k=t').ok).toBe(true);
		expect(tableLink.decode('#v=1&s=t&y=2099&p=month').ok).toBe(true);
		expect(etterLink.decode('#v=1&s=e&y=2099&b=aap&k=n&p=2099~1~1~12').ok).toBe(true);
		expect(calcLink.decode('#v=1&y=2099&b=aap&c=t8010&q=1~m~1').ok).toBe(true);
	});
});
