import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIODS, tabelltrekk, tabelltrekkSteps, TABLES, tableInfo } from '../tabelltrekk';
import { cite } from './source';
import { tableRoutine } from './sources';

// The 2027 tables are estimates from the proposal's figures run through the same routine: they
// must keep the routine's invariants whatever the figures.
const YEAR = 2027;
const table = fc.constantFrom(...TABLES);
const ordinary = fc.constantFrom(...TABLES.filter((t) => tableInfo(t)!.kind === 'ordinary'));
const period = fc.constantFrom(...PERIODS);
const amount = fc.integer({ min: 0, max: 2_000_000 });

/** The table's built-in deduction: +(n − 8000) × 1000 for 8xxx, −(n − 9000) × 1000 for 9xxx. */
function deduction(t: string): number {
	return tableInfo(t)!.tableDeduction;
}

describe('2027 tables (proposal): the routine’s invariants', () => {
	it('withholding is a whole krone between 0 and the amount', () => {
		fc.assert(
			fc.property(table, period, amount, (t, p, g) => {
				const w = tabelltrekk({ year: YEAR, table: t, period: p, amount: g });
				expect(Number.isInteger(w)).toBe(true);
				expect(w).toBeGreaterThanOrEqual(0);
				expect(w).toBeLessThanOrEqual(g);
			}),
			{ numRuns: 10_000 }
		);
	});

	it('more table deduction never raises the withholding', () => {
		fc.assert(
			fc.property(ordinary, ordinary, period, amount, (t1, t2, p, g) => {
				const [less, more] = deduction(t1) <= deduction(t2) ? [t1, t2] : [t2, t1];
				const wLess = tabelltrekk({ year: YEAR, table: less, period: p, amount: g });
				const wMore = tabelltrekk({ year: YEAR, table: more, period: p, amount: g });
				expect(wMore).toBeLessThanOrEqual(wLess);
			}),
			{ numRuns: 10_000 }
		);
	});

	it('a larger amount never gets less withheld', () => {
		fc.assert(
			fc.property(table, period, amount, fc.integer({ min: 0, max: 50_000 }), (t, p, g, d) => {
				const w1 = tabelltrekk({ year: YEAR, table: t, period: p, amount: g });
				const w2 = tabelltrekk({ year: YEAR, table: t, period: p, amount: g + d });
				expect(w2).toBeGreaterThanOrEqual(w1);
			}),
			{ numRuns: 10_000 }
		);
	});

	// Named case, table 8010, month, 30 000 kr (step 100: base 30 050):
	//   p = round(30 050 × 12.12) = 364 206; minstefradrag min(round(364 206 × 40.48 / 100), 87 604)
	//   = 87 604; alm = 364 206 − 87 604 − 10 000 − 120 180 = 146 422;
	//   kommune round(146 422 × 13.75 / 100) = 20 133; felles round(146 422 × 8.25 / 100) = 12 080;
	//   trinn (331 050 − 235 150) × 1.7 % + (364 206 − 331 050) × 4.0 % = 1 630.3 + 1 326.24
	//   → 2 957; trygd round(364 206 × 7.4 / 100) = 26 951;
	//   annual 62 121, / 10.5 = 5 916.3 → 5 916.
	it('table 8010, month, 30 000 kr: 5 916 (worked by hand above)', () => {
		expect(tabelltrekk({ year: YEAR, table: '8010', period: 'month', amount: 30_000 })).toBe(5_916);
	});

	it('the steps name the proposal, not an official 2027 routine', () => {
		const { steps } = tabelltrekkSteps({
			year: YEAR,
			table: '8010',
			period: 'month',
			amount: 30_000
		});
		expect(steps.length).toBeGreaterThan(0);
		for (const s of steps) expect(cite(s.source!)).toMatch(/Prop\. 1 LS \(2026–2027\).*estimate/u);
		const { steps: s2026 } = tabelltrekkSteps({
			year: 2026,
			table: '8010',
			period: 'month',
			amount: 30_000
		});
		expect(s2026[0]!.source).toEqual(tableRoutine(2026));
		expect(cite(s2026[0]!.source!)).not.toMatch(/estimate|Prop\./u);
	});
});
