import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors';
import { checkPayments, checkPayroll, MAX_EXPLAINED } from './index';

const month = (m: number, amount: number, withheld: number) => {
	const mm = String(m).padStart(2, '0');
	const last = new Date(Date.UTC(2026, m, 0)).getUTCDate();
	return {
		from: `2026-${mm}-01`,
		to: `2026-${mm}-${last}`,
		amount,
		withheld,
		paidOn: `2026-${mm}-20`
	};
};

const issues = (input: unknown): string[] => {
	try {
		checkPayments(input as never);
	} catch (e) {
		if (e instanceof EngineError) return e.issues.map((i) => `${i.field}:${i.code}`);
		throw e;
	}
	return [];
};

describe('checkPayments', () => {
	it('a given percentage card: each line against its percentage, the totals reconciled', () => {
		// 20 % of 10 000 = 2 000 (ok); 20 % of 12 000 = 2 400, 2 500 withheld: 100 kr more.
		// Totals: gross 22 000, withheld 4 500, expected 4 400, net 22 000 − 4 500 = 17 500.
		const r = checkPayments({
			year: 2026,
			benefit: 'alderspensjon',
			card: { kind: 'percent', percent: 20 },
			payments: [month(1, 10_000, 2_000), month(2, 12_000, 2_500)]
		});
		expect(r.card).toEqual({ kind: 'percent', percent: 20 });
		expect(r.candidates).toEqual([]);
		expect(r.lines.map((l) => [l.status === 'ok', l.expected, l.differenceKr])).toEqual([
			[true, 2_000, 0],
			[false, 2_400, 100]
		]);
		expect(r.totals).toEqual({ gross: 22_000, withheld: 4_500, expected: 4_400, net: 17_500 });
	});

	it('finds the table card: table 8000 on a month of 30 000 kr is 6 427 kr (docs/nav-payments.md §3)', () => {
		// Skatteetaten's table 8000, 2026, month table on 30 000 → 6 427; one payment a month, so
		// the month's recalculation is the month table on the one payment.
		const r = checkPayments({
			year: 2026,
			benefit: 'uforetrygd',
			payments: [1, 2, 3, 4].map((m) => month(m, 30_000, 6_427))
		});
		// Every other table and rate gives another figure: only 8000 explains all four.
		expect(r.card).toEqual({ kind: 'table', table: '8000' });
		expect(r.candidates).toEqual([]);
		expect(r.lines.every((l) => l.status === 'ok')).toBe(true);
	});

	it('finds a percentage card: 30 % of 12 345 kr is 3 703.5, rounded half up to 3 704', () => {
		const r = checkPayments({
			year: 2026,
			benefit: 'alderspensjon',
			payments: [month(1, 10_000, 3_000), month(2, 12_345, 3_704), month(3, 9_999, 3_000)]
		});
		// 30 % of 9 999 = 2 999.7 → 3 000.
		expect(r.card).toEqual({ kind: 'percent', percent: 30 });
		expect(r.lines.map((l) => l.status)).toEqual(['ok', 'ok', 'ok']);
	});

	it('a line that differs gets what gives its figure: 50 % of 10 000 kr is no card’s rate', () => {
		// Three months at 20 % (2 000 of 10 000); April withheld 5 000 = 50 %, NAV's rate without
		// a card for pensions is 30 %, so 50 % is found as a percentage card (a changed card).
		const r = checkPayments({
			year: 2026,
			benefit: 'uforetrygd',
			payments: [
				month(1, 10_000, 2_000),
				month(2, 10_000, 2_000),
				month(3, 10_000, 2_000),
				month(4, 10_000, 5_000)
			]
		});
		expect(r.card).toEqual({ kind: 'percent', percent: 20 });
		const april = r.lines[3]!;
		expect(april).toMatchObject({ status: 'differs', expected: 2_000, differenceKr: 3_000 });
		expect(april.causes.some((c) => c.kind === 'percent' && c.percent === 50)).toBe(true);
	});

	it('a line nothing explains says what to check', () => {
		// 9 777 of 10 000 is 97.77 %: no whole percentage gives it (97 % = 9 700, 98 % = 9 800),
		// no flat rate is that high, and no table takes 97 % of a month's pension.
		const r = checkPayments({
			year: 2026,
			benefit: 'alderspensjon',
			card: { kind: 'percent', percent: 20 },
			payments: [month(1, 10_000, 2_000), month(2, 10_000, 9_777)]
		});
		const l = r.lines[1]!;
		expect(l).toMatchObject({ status: 'unexplained', expected: 2_000, differenceKr: 7_777 });
		expect(l.causes.length).toBeGreaterThan(0);
		expect(l.causes.every((c) => c.kind === 'check')).toBe(true);
	});

	it('barnepensjon from 2025: its fixed 17 % whatever the card, so no card is searched for', () => {
		// 17 % of 10 000 = 1 700; 17 % of 12 345 = 2 098.65 → 2 099 (half up).
		const r = checkPayments({
			year: 2026,
			benefit: 'barnepensjon',
			payments: [month(1, 10_000, 1_700), month(2, 12_345, 2_099)]
		});
		expect(r.card).toEqual({ kind: 'none' });
		expect(r.candidates).toEqual([]);
		expect(r.lines.map((l) => l.status)).toEqual(['ok', 'ok']);
	});

	it('explains at most 12 differing lines, the largest differences first', () => {
		// 14 one-day payments of 1 000 kr on a 20 % card (200 kr each), withheld 200 + d for
		// d = 1 … 14: the 12 largest (d = 3 … 14) are explained, d = 1 and 2 are not looked into.
		const r = checkPayments({
			year: 2026,
			benefit: 'alderspensjon',
			card: { kind: 'percent', percent: 20 },
			payments: Array.from({ length: 14 }, (_, i) => {
				const day = `2026-01-${String(i + 1).padStart(2, '0')}`;
				return { from: day, to: day, amount: 1_000, withheld: 200 + i + 1, paidOn: '2026-01-20' };
			})
		});
		expect(MAX_EXPLAINED).toBe(12);
		expect(r.lines.map((l) => l.differenceKr)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
		expect(r.lines.filter((l) => l.causes.length === 0).map((l) => l.differenceKr)).toEqual([1, 2]);
		expect(r.lines.slice(0, 2).every((l) => l.status === 'unexplained')).toBe(true);
	});

	it('every bad field at once, with its row and field', () => {
		expect(
			issues({
				year: 2026,
				benefit: 'alderspensjon',
				payments: [
					month(1, 10_000, 2_000),
					{ ...month(2, 10_000, -1) },
					{ ...month(3, 10_000, 2_000), to: '2026-13-01' },
					{ ...month(4, 1_000, 1_500) },
					{ ...month(5, 1_000, 10.5) }
				]
			}).sort()
		).toEqual(
			[
				'payments.1.withheld:negative',
				'payments.2.to:badDate',
				'payments.3.withheld:aboveGross',
				'payments.4.withheld:notInteger'
			].sort()
		);
		expect(issues({ year: 2026, benefit: 'alderspensjon', payments: [] })).toEqual([
			'payments:required'
		]);
		expect(issues(null)).toEqual(['input:invalid']);
	});
});

describe('checkPayroll', () => {
	it('each line against the table routine: table 8000, 14 days, 15 000 kr is 3 377 kr', () => {
		// The worked case of docs/nav-payments.md §3 (2026): 8000 on 14 days of 15 000 → 3 377; month of 30 000 → 6 427.
		const r = checkPayroll({
			year: 2026,
			lines: [
				{ table: '8000', period: '14days', amount: 15_000, withheld: 3_377 },
				{ table: '8000', period: 'month', amount: 30_000, withheld: 6_000 }
			]
		});
		expect(r.lines.map((l) => [l.status, l.expected, l.differenceKr])).toEqual([
			['ok', 3_377, 0],
			['differs', 6_427, -427]
		]);
		// Gross 45 000, withheld 9 377, expected 9 804, net 35 623.
		expect(r.totals).toEqual({ gross: 45_000, withheld: 9_377, expected: 9_804, net: 35_623 });
	});

	it('flags a negative net and a net above three times the median', () => {
		// Nets 10 000, 11 000, 12 000, 13 000, 100 000 (withheld 0 on table 8000 is a differing
		// figure, not what is tested here): median 12 000, × 3 = 36 000, so 100 000 is large.
		// 1 000 paid and 1 500 withheld: net −500.
		const line = (amount: number, withheld = 0) => ({
			table: '8000',
			period: 'month' as const,
			amount,
			withheld
		});
		const r = checkPayroll({
			year: 2026,
			lines: [
				line(10_000),
				line(11_000),
				line(12_000),
				line(13_000),
				line(100_000),
				line(1_000, 1_500)
			]
		});
		expect(r.largeNetAbove).toBe(36_000);
		expect(r.lines.map((l) => l.flags)).toEqual([[], [], [], [], ['largeNet'], ['negativeNet']]);
		expect(r.lines[5]!.net).toBe(-500);
	});

	it('every bad line at once', () => {
		let got: string[] = [];
		try {
			checkPayroll({
				year: 2026,
				lines: [
					{ table: '8015', period: 'month', amount: 1, withheld: 0 },
					{ table: '8000', period: 'fortnight' as never, amount: -1, withheld: 0.5 }
				]
			});
		} catch (e) {
			got = (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
		}
		expect(got).toEqual([
			'lines.0.table:unknownTable',
			'lines.1.period:unknownPeriod',
			'lines.1.amount:negative',
			'lines.1.withheld:notInteger'
		]);
	});
});

describe('checkPayments and checkPayroll on anything', () => {
	it('answer a result or field issues, never another exception', () => {
		const value = fc.oneof(
			fc.constantFrom('2026-01-01', '2026-01-31', '2026-13-01', '', '8000', 'month', 'x'),
			fc.integer({ min: -10, max: 100_000 }),
			fc.double(),
			fc.constantFrom(null, undefined, {}, [])
		);
		const row = fc.record({
			from: value,
			to: value,
			amount: value,
			withheld: value,
			paidOn: value
		});
		fc.assert(
			fc.property(
				fc.constantFrom(2026, 2025, 1999, 'x'),
				fc.constantFrom('uforetrygd', 'aap', 'barnepensjon', 'nope'),
				fc.array(row, { maxLength: 4 }),
				fc.option(fc.record({ kind: value, table: value, percent: value }), { nil: undefined }),
				(year, benefit, payments, card) => {
					for (const run of [
						() => checkPayments({ year, benefit, payments, card } as never),
						() =>
							checkPayroll({
								year,
								lines: payments.map((p) => ({
									table: p.from,
									period: p.to,
									amount: p.amount,
									withheld: p.withheld
								}))
							} as never)
					])
						try {
							run();
						} catch (e) {
							expect(e).toBeInstanceOf(EngineError);
						}
				}
			),
			{ numRuns: 200, seed: 27 }
		);
	});
});
