import { describe, expect, it } from 'vitest';
import { rules2026 } from './2026';
import { rules2027 } from './2027';
import {
	DEFAULT_YEAR,
	getYearRules,
	TABLE_YEARS,
	YEAR_CATALOGUE,
	YEARS,
	yearStatus
} from './index';
import { cite, sourcesOf } from './source';
import type { Sourced } from './types';

// The year catalogue the pages list (built from the registry at build time) says what the rule
// modules say: which years, which status, which have tables.
describe('the year catalogue follows the registry', () => {
	it('has exactly the registered years, in order', () => {
		expect(YEAR_CATALOGUE.map((e) => e.year)).toEqual([...YEARS].sort());
		expect(YEAR_CATALOGUE.filter((e) => e.tables).map((e) => e.year)).toEqual(
			[...TABLE_YEARS].sort()
		);
	});

	it.each(YEAR_CATALOGUE.map((e) => [e.year, e] as const))(
		'%i: the same status and tables as its module',
		(year, entry) => {
			const rules = getYearRules(year);
			expect(rules.year).toBe(year);
			expect(entry.status).toEqual(rules.status);
			expect(entry.tables).toBe(rules.tableRoutine !== undefined);
			expect(yearStatus(year)).toEqual(rules.status);
			expect(yearStatus(String(year))).toEqual(rules.status);
		}
	);

	it('every status is adopted, or a proposal with its document and an ISO date', () => {
		for (const year of YEARS) {
			const s = getYearRules(year).status;
			if (s.kind === 'proposal') {
				expect(s.document.trim()).not.toBe('');
				expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
			} else expect(s).toEqual({ kind: 'adopted' });
		}
	});

	it('2023–2026 are adopted; 2027 is the budget proposal of 7 October 2026', () => {
		for (const year of [2023, 2024, 2025, 2026])
			expect(getYearRules(year).status).toEqual({ kind: 'adopted' });
		expect(getYearRules(2027).status).toEqual({
			kind: 'proposal',
			document: 'Prop. 1 LS (2026–2027)',
			date: '2026-10-07'
		});
	});

	it('the default year is registered, adopted and has tables; an unknown year has no status', () => {
		expect(DEFAULT_YEAR).toBe(2026);
		expect(yearStatus(DEFAULT_YEAR)).toEqual({ kind: 'adopted' });
		expect(TABLE_YEARS).toContain(DEFAULT_YEAR);
		expect(yearStatus(2022)).toBeUndefined();
		expect(yearStatus('')).toBeUndefined();
	});
});

describe('the routine uses 0.88 × the wage minstefradrag in its ordinary tables', () => {
	// 2025: 46 % × 0.88 = 40.48 %, 0.88 × 92 000 = 80 960; 2026: 0.88 × 95 700 = 84 216 (official
	// routines); 2027 is derived the same way: 0.88 × 99 550 = 87 604.
	it.each(TABLE_YEARS.map((y) => [y]))('%i', (year) => {
		const rules = getYearRules(year);
		const table = rules.tableRoutine!.minstefradrag.value;
		const wage = rules.annual.minstefradragWage.value;
		expect(table.ratePct).toBe(40.48);
		expect(Math.round(table.ratePct * 100)).toBe(wage.ratePct * 88);
		expect((wage.max * 88) / 100).toBe(table.max);
		// The seafarer tables use the wage minstefradrag as it is.
		expect(rules.tableRoutine!.minstefradragSeafarer.value).toEqual(wage);
	});

	it('2027: 87 604', () => {
		expect(rules2027.tableRoutine!.minstefradrag.value).toEqual({ ratePct: 40.48, max: 87_604 });
	});
});

describe('2027 from Prop. 1 LS (2026–2027) table 1.5', () => {
	const t = rules2027.tableRoutine!;
	const a = rules2027.annual;

	it('the proposal’s figures', () => {
		expect(a.personfradrag.value).toBe(120_180);
		expect(t.personfradrag.value).toBe(120_180);
		expect(a.trinnskatt.value).toEqual([
			{ from: 235_150, ratePct: 1.7 },
			{ from: 331_050, ratePct: 4.0 },
			{ from: 754_050, ratePct: 13.7 },
			{ from: 1_019_300, ratePct: 16.8 },
			{ from: 1_525_900, ratePct: 17.8 }
		]);
		expect(t.trinnskatt.value).toEqual(a.trinnskatt.value);
		expect([a.trygdeavgiftWagePct.value, t.trygdeavgiftHighPct.value]).toEqual([7.4, 7.4]);
		expect([a.trygdeavgiftPensionPct.value, t.trygdeavgiftLowPct.value]).toEqual([5.1, 5.1]);
		expect([a.trygdeavgiftFrigrense.value, a.trygdeavgiftPhaseInPct.value]).toEqual([99_650, 25]);
		expect(a.minstefradragWage.value).toEqual({ ratePct: 46, max: 99_550 });
		expect(a.minstefradragPension.value).toEqual({ ratePct: 40, max: 77_950 });
		expect(a.skattefradragPensjon?.value).toEqual({
			max: 40_750,
			rate1Pct: 19.1,
			threshold1: 306_250,
			rate2Pct: 6,
			threshold2: 457_550
		});
		expect(a.alminneligInntektPct.value).toBe(22);
		// 120 180 + the Finnmark deduction carried from 2026 (45 000).
		expect(t.personfradragFinnmark.value).toBe(165_180);
	});

	// What the proposal does not give is 2026's value, and its source says so.
	const carried: Array<[string, Sourced<unknown>, Sourced<unknown>]> = [
		['skattorePct', t.skattorePct, rules2026.tableRoutine!.skattorePct],
		['fellesskattPct', t.fellesskattPct, rules2026.tableRoutine!.fellesskattPct],
		[
			'fellesskattFinnmarkPct',
			t.fellesskattFinnmarkPct,
			rules2026.tableRoutine!.fellesskattFinnmarkPct
		],
		['standardDeduction', t.standardDeduction, rules2026.tableRoutine!.standardDeduction],
		['seafarerDeduction', t.seafarerDeduction, rules2026.tableRoutine!.seafarerDeduction],
		['finnmarksfradrag', a.finnmarksfradrag, rules2026.annual.finnmarksfradrag],
		['trinnskatt3FinnmarkPct', a.trinnskatt3FinnmarkPct, rules2026.annual.trinnskatt3FinnmarkPct],
		[
			'alminneligInntektFinnmarkPct',
			a.alminneligInntektFinnmarkPct,
			rules2026.annual.alminneligInntektFinnmarkPct
		]
	];
	it.each(carried)('%s is carried from 2026 and says so', (_name, v2027, v2026) => {
		expect(v2027.value).toEqual(v2026.value);
		expect(cite(v2027.source)).toMatch(/carried from 2026/u);
	});

	it('the 22 % is still split in full between municipality and state', () => {
		expect(t.skattorePct.value + t.fellesskattPct.value).toBe(a.alminneligInntektPct.value);
	});

	it('every value names the proposal or says it is carried', () => {
		const all = [...Object.values(t), ...Object.values(a)] as Array<Sourced<unknown>>;
		for (const v of all)
			expect(sourcesOf(v.source).map((src) => src.title)).toContain('Prop. 1 LS (2026–2027)');
	});
});
