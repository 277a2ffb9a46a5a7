import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wordingCheck } from '../i18n/wording.testkit';
import { EngineError } from './errors';
import {
	PERIODS,
	TABLES,
	isValidTable,
	tabelltrekk,
	tabelltrekkSteps,
	tabelltrekkTable,
	type Period
} from './tabelltrekk';

// The golden vectors: Skatteetaten's own withholding for every table, period and amount step of
// 2025 and 2026, kept gzipped beside this test (vectors/README.md says where they come from).
const VECTORS = new URL('./vectors/tabelltrekk-2025-2026.csv.gz', import.meta.url);

describe('tabelltrekk: the official figures', () => {
	const rows = gunzipSync(readFileSync(VECTORS))
		.toString('utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','));

	it('the vector file has every table and period of both years', () => {
		expect(rows.length).toBeGreaterThan(100_000);
		const seen = new Set(rows.map((r) => `${r[0]} ${r[1]} ${r[2]}`));
		for (const year of ['2025', '2026'])
			for (const table of TABLES)
				for (const period of PERIODS) expect(seen.has(`${year} ${table} ${period}`)).toBe(true);
	});

	it('matches every row to the krone', () => {
		const mismatches: string[] = [];
		const perTable = new Map<string, number>();
		for (const [year, table, period, amount, trekk] of rows) {
			const got = tabelltrekk({
				year: Number(year),
				table: table!,
				period: period as Period,
				amount: Number(amount)
			});
			if (got !== Number(trekk)) {
				mismatches.push(`${year},${table},${period},${amount}: ${trekk} ≠ ${got}`);
				const key = `${year} ${table} ${period}`;
				perTable.set(key, (perTable.get(key) ?? 0) + 1);
			}
		}
		// On failure: how many, the first few rows, and where they cluster (year, table, period).
		expect({
			count: mismatches.length,
			first: mismatches.slice(0, 10),
			perTable: Object.fromEntries(perTable)
		}).toEqual({ count: 0, first: [], perTable: {} });
	});

	it('follows the routine’s floating-point order (2026, 8330, 1 day, 2 876 kr → 500)', () => {
		expect(tabelltrekk({ year: 2026, table: '8330', period: '1day', amount: 2876 })).toBe(500);
	});

	it('NAV’s worked example (docs/nav-payments.md §3): 2026, table 8000, 14 days on 15 000 → 3 377, month on 30 000 → 6 427', () => {
		expect(tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 15000 })).toBe(3377);
		expect(tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 30000 })).toBe(6427);
	});
});

describe('tabelltrekk: steps explain the same computation', () => {
	it('gives the same withholding and names every stage', () => {
		const { trekk, steps } = tabelltrekkSteps({
			year: 2026,
			table: '8010',
			period: 'month',
			amount: 25000
		});
		expect(trekk).toBe(tabelltrekk({ year: 2026, table: '8010', period: 'month', amount: 25000 }));
		const ids = steps.map((s) => s.id);
		for (const id of [
			'tabelltrekk.base',
			'tabelltrekk.annualIncome',
			'tabelltrekk.minstefradrag',
			'tabelltrekk.tableDeduction',
			'tabelltrekk.personfradrag',
			'tabelltrekk.alminneligInntekt',
			'tabelltrekk.kommuneskatt',
			'tabelltrekk.fellesskatt',
			'tabelltrekk.trinnskatt',
			'tabelltrekk.trygdeavgift',
			'tabelltrekk.annualTax',
			'tabelltrekk.divide'
		])
			expect(ids).toContain(id);
		const last = steps.find((s) => s.id === 'tabelltrekk.divide')!;
		expect(last.values.trekkKr).toBe(trekk);
		// The annual tax is the sum of the four parts shown.
		const part = (id: string) => Number(steps.find((s) => s.id === id)!.values.taxKr);
		expect(part('tabelltrekk.annualTax')).toBe(
			part('tabelltrekk.kommuneskatt') +
				part('tabelltrekk.fellesskatt') +
				part('tabelltrekk.trinnskatt') +
				part('tabelltrekk.trygdeavgift')
		);
	});

	it('says when the withholding is capped at the amount', () => {
		// A 9400 table adds 400 000 kr of income: a small amount is withheld in full.
		const { trekk, steps } = tabelltrekkSteps({
			year: 2026,
			table: '9400',
			period: 'month',
			amount: 100
		});
		expect(trekk).toBe(100);
		expect(steps.at(-1)!.id).toBe('tabelltrekk.cap');
	});
});

describe('tabelltrekk: every step can be worded', () => {
	it('each step has a sentence in nb, nn and en whose placeholders are all among its values', () => {
		const wording = wordingCheck();
		for (const year of [2025, 2026])
			for (const table of TABLES)
				for (const period of PERIODS)
					for (const amount of [0, 3_000, 9_000, 40_000, 150_000])
						wording.checkAll(tabelltrekkSteps({ year, table, period, amount }).steps);
		expect(wording.problems()).toEqual([]);
		// Every sentence is reachable: no wording for a step the routine never records.
		expect(wording.unused('tabelltrekk')).toEqual([]);
	});
});

describe('tabelltrekk: whole tables', () => {
	it('lists 0 to 200 000 by 100 for a month table, matching single look-ups', () => {
		const t = tabelltrekkTable({ year: 2025, table: '7300', period: 'month' });
		expect(t.step).toBe(100);
		expect(t.rows.length).toBe(2001);
		expect(t.rows.at(-1)!.from).toBe(200_000);
		for (const r of t.rows.filter((_, i) => i % 97 === 0))
			expect(r.trekk).toBe(
				tabelltrekk({ year: 2025, table: '7300', period: 'month', amount: r.from })
			);
	});
});

describe('tabelltrekk: bad input is a typed error, never a number', () => {
	const cases: Array<[string, unknown, string, string]> = [
		[
			'unknown year',
			{ year: 2019, table: '8000', period: 'month', amount: 1 },
			'year',
			'unknownYear'
		],
		[
			'retired table 7100',
			{ year: 2026, table: '7100', period: 'month', amount: 1 },
			'table',
			'unknownTable'
		],
		[
			'odd last digit',
			{ year: 2026, table: '8015', period: 'month', amount: 1 },
			'table',
			'unknownTable'
		],
		[
			'table above 8400',
			{ year: 2026, table: '8410', period: 'month', amount: 1 },
			'table',
			'unknownTable'
		],
		[
			'table 9000',
			{ year: 2026, table: '9000', period: 'month', amount: 1 },
			'table',
			'unknownTable'
		],
		[
			'unknown period',
			{ year: 2026, table: '8000', period: 'year', amount: 1 },
			'period',
			'unknownPeriod'
		],
		['negative', { year: 2026, table: '8000', period: 'month', amount: -1 }, 'amount', 'negative'],
		[
			'fractional',
			{ year: 2026, table: '8000', period: 'month', amount: 1.5 },
			'amount',
			'notInteger'
		],
		[
			'infinite',
			{ year: 2026, table: '8000', period: 'month', amount: Infinity },
			'amount',
			'notFinite'
		],
		['NaN', { year: 2026, table: '8000', period: 'month', amount: NaN }, 'amount', 'invalid'],
		['absurd', { year: 2026, table: '8000', period: 'month', amount: 1e12 }, 'amount', 'tooLarge'],
		['a string', { year: 2026, table: '8000', period: 'month', amount: '100' }, 'amount', 'invalid']
	];
	for (const [name, input, field, code] of cases) {
		it(name, () => {
			let error: unknown;
			try {
				tabelltrekk(input as never);
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(EngineError);
			expect((error as EngineError).field).toBe(field);
			expect((error as EngineError).code).toBe(code);
		});
	}
	it('knows exactly the listed tables', () => {
		expect(TABLES.length).toBe(96);
		expect(TABLES.every(isValidTable)).toBe(true);
		expect(['7100', '7133', '8001', '9005', '6100', '0102', 'P100', ''].some(isValidTable)).toBe(
			false
		);
	});
});

describe('tabelltrekk: invariants (property tests)', () => {
	const year = fc.constantFrom(2025, 2026);
	const period = fc.constantFrom(...PERIODS);
	const table = fc.constantFrom(...TABLES);
	const amount = fc.integer({ min: 0, max: 2_000_000 });

	it('never withholds more than the amount', () => {
		fc.assert(
			fc.property(year, table, period, amount, (y, t, p, a) => {
				const w = tabelltrekk({ year: y, table: t, period: p, amount: a });
				expect(Number.isInteger(w)).toBe(true);
				expect(w).toBeGreaterThanOrEqual(0);
				expect(w).toBeLessThanOrEqual(a);
			}),
			{ numRuns: 5000 }
		);
	});

	it('never withholds less on a larger amount', () => {
		fc.assert(
			fc.property(
				year,
				table,
				period,
				amount,
				fc.integer({ min: 1, max: 50_000 }),
				(y, t, p, a, d) => {
					expect(
						tabelltrekk({ year: y, table: t, period: p, amount: a + d })
					).toBeGreaterThanOrEqual(tabelltrekk({ year: y, table: t, period: p, amount: a }));
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('a larger table deduction never raises the withholding', () => {
		const ordinary = TABLES.filter((t) => /^[89]/u.test(t)).sort(
			(a, b) => deduction(a) - deduction(b)
		);
		fc.assert(
			fc.property(year, period, amount, fc.nat({ max: ordinary.length - 2 }), (y, p, a, i) => {
				const smaller = ordinary[i]!;
				const larger = ordinary[i + 1]!;
				expect(tabelltrekk({ year: y, table: larger, period: p, amount: a })).toBeLessThanOrEqual(
					tabelltrekk({ year: y, table: smaller, period: p, amount: a })
				);
			}),
			{ numRuns: 5000 }
		);
	});

	it('less trygdeavgift in the table never raises the withholding (7500 ≤ 7700 ≤ 7350, 7550 ≤ 7300, 7160 ≤ 7150, …)', () => {
		const pairs: Array<[string, string]> = [
			['7500', '7350'],
			['7550', '7300'],
			['6500', '6350'],
			['6550', '6300'],
			['7160', '7150'],
			['0100', '0101'],
			// the low (pension) rate lies between none and the high rate
			['7500', '7700'],
			['7700', '7350'],
			['6500', '6700'],
			['6700', '6350']
		];
		fc.assert(
			fc.property(year, period, amount, fc.constantFrom(...pairs), (y, p, a, [less, more]) => {
				expect(tabelltrekk({ year: y, table: less, period: p, amount: a })).toBeLessThanOrEqual(
					tabelltrekk({ year: y, table: more, period: p, amount: a })
				);
			}),
			{ numRuns: 5000 }
		);
	});
});

/** The built-in deduction of an ordinary table (9xxx tables add income: a negative deduction). */
function deduction(table: string): number {
	const n = Number(table);
	return n <= 8400 ? n - 8000 : -(n - 9000);
}
