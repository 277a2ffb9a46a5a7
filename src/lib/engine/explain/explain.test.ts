import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EngineError,
	explainPayment,
	tabelltrekk,
	withholdPayments,
	type ExplainCause,
	type ExplainPaymentInput
} from '../index';
import { BENEFIT_IDS } from '../nav/benefits';
import { TABLES } from '../tabelltrekk';
import { navFlatRates, tableRanges } from './index';

const tablesOf = (c: ExplainCause | undefined) => (c && 'tables' in c ? c.tables : []);
const codes = (run: () => unknown): string[] => {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(EngineError);
		return (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
	}
	return [];
};
const may = (amount: number, withheld: number): ExplainPaymentInput => ({
	year: 2026,
	benefit: 'uforetrygd',
	payment: { from: '2026-05-01', to: '2026-05-31', amount },
	withheld
});

describe('explainPayment: named cases', () => {
	it('table: dagpenger 2–15 March 2026, 15 000 kr, 3 377 kr withheld is table 8000 (14-day table)', () => {
		// docs/nav-payments.md §3: 14 days → 14-day table; table 8000 on 15 000 kr → 3 377 kr.
		const r = explainPayment({
			year: 2026,
			benefit: 'dagpenger',
			payment: { from: '2026-03-02', to: '2026-03-15', amount: 15_000 },
			withheld: 3377
		});
		expect(r.causes[0]).toMatchObject({ kind: 'table', tables: ['8000'], order: 'only' });
		expect(r.causes[0]!.steps.some((s) => s.id === 'payments.period')).toBe(true);
		expect(r.days).toBe(14);
	});

	it('range of tables: 30 000 kr a month, 2 960 kr withheld is any table from 8170 to 8400', () => {
		// p = 30 050 × 12.12 = 364 206; minus minstefradrag 84 216 and personfradrag 114 540 leaves
		// 165 450, so every table with a deduction of 170 000 or more has no income tax left: only
		// trygdeavgift and trinnskatt, the same 2 960 kr for 8170 … 8400.
		const r = explainPayment(may(30_000, 2960));
		const c = r.causes[0]!;
		expect(c.kind).toBe('table');
		expect(tablesOf(c)).toEqual(TABLES.filter((t) => t >= '8170' && t <= '8400'));
		expect('ranges' in c && c.ranges).toEqual([{ from: '8170', to: '8400', count: 24 }]);
	});

	it('second payment of a month: 3 050 kr after 3 377 kr is table 8000 on the whole month', () => {
		// docs/nav-payments.md §3 example: month table 8000 on 30 000 kr = 6 427 kr, minus 3 377 kr = 3 050 kr.
		const r = explainPayment({
			year: 2026,
			benefit: 'dagpenger',
			payment: { from: '2026-03-16', to: '2026-03-29', amount: 15_000 },
			withheld: 3050,
			earlier: [{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, withheld: 3377 }]
		});
		const c = r.causes[0]!;
		expect(c).toMatchObject({ kind: 'table', tables: ['8000'], order: 'later' });
		expect('months' in c && c.months[0]).toMatchObject({
			forMonth: 3,
			cumulativeDays: 28,
			cumulativeKr: 30_000,
			monthTotalKr: 6427,
			earlierKr: 3377,
			trekkKr: 3050
		});
		// As the first payment of March it would have been 14-day table 8000: 3 377, not 3 050.
		expect(r.causes.some((x) => 'order' in x && x.order === 'first')).toBe(false);
	});

	it('AAP: an earlier meldekort across two months joins the month it shares with this one', () => {
		// 23 Feb – 8 Mar (14 days, 6 in February, 8 in March), then 9 – 22 March; table 8010.
		const earlier = { from: '2026-02-23', to: '2026-03-08', amount: 12_000 };
		const payment = { from: '2026-03-09', to: '2026-03-22', amount: 12_000 };
		const r = withholdPayments({
			year: 2026,
			benefit: 'aap',
			card: { kind: 'table', table: '8010' },
			payments: [earlier, payment]
		});
		const found = explainPayment({
			year: 2026,
			benefit: 'aap',
			payment,
			withheld: r.payments[1]!.trekk,
			earlier: [{ ...earlier, withheld: r.payments[0]!.trekk }]
		});
		const c = found.causes.find((x) => tablesOf(x).includes('8010'));
		expect(c).toMatchObject({ order: 'later' });
		expect('months' in c! && c.months[0]).toMatchObject({ forMonth: 3, cumulativeDays: 22 });
	});

	it('the other order: the same payment calculated first in its month', () => {
		const r = explainPayment({
			year: 2026,
			benefit: 'dagpenger',
			payment: { from: '2026-03-16', to: '2026-03-29', amount: 15_000 },
			withheld: 3377,
			// After 3 000 withheld earlier the month would give 6 427 − 3 000 = 3 427, not 3 377.
			earlier: [{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, withheld: 3000 }]
		});
		const first = r.causes.find((x) => 'order' in x && x.order === 'first');
		expect(tablesOf(first)).toContain('8000');
		expect(first!.steps[0]!.id).toBe('explain.orderFirst');
	});

	it('50 %: uføretrygd 25 000 kr, 12 500 kr withheld is no tax card', () => {
		const r = explainPayment(may(25_000, 12_500));
		expect(r.causes[0]).toMatchObject({ kind: 'percent', why: 'noCard', percent: 50 });
		expect(r.causes[0]!.steps.some((s) => s.id === 'explain.rate.noCard')).toBe(true);
	});

	it('30 %: alderspensjon 25 000 kr, 7 500 kr withheld is pension without a card', () => {
		const r = explainPayment({ ...may(25_000, 7500), benefit: 'alderspensjon' });
		expect(r.causes[0]).toMatchObject({ kind: 'percent', why: 'noCardPension', percent: 30 });
	});

	it('17 %: barnepensjon 10 000 kr, 1 700 kr withheld', () => {
		const r = explainPayment({ ...may(10_000, 1700), benefit: 'barnepensjon' });
		expect(r.causes[0]).toMatchObject({ kind: 'percent', why: 'barnepensjon', percent: 17 });
	});

	it('44 %: uføretrygd 25 000 kr, 11 000 kr withheld is a back payment for an earlier year', () => {
		// 25 000 × 44 % = 11 000; no table gives 11 000 on 25 000 a month (9290: 10 806, 9300: 11 015).
		const r = explainPayment(may(25_000, 11_000));
		expect(r.causes[0]).toMatchObject({ kind: 'percent', why: 'backPayment', percent: 44 });
		expect(r.causes).toHaveLength(1);
		// 40 % in Finnmark and Nord-Troms: 10 000.
		expect(explainPayment(may(25_000, 10_000)).causes[0]).toMatchObject({
			why: 'backPaymentFinnmark',
			percent: 40
		});
		// Pension: 32 %.
		expect(
			explainPayment({ ...may(25_000, 8000), benefit: 'alderspensjon' }).causes[0]
		).toMatchObject({ why: 'backPayment', percent: 32 });
	});

	it('15 %: kildeskatt on alderspensjon; never offered for dagpenger', () => {
		const r = explainPayment({ ...may(20_000, 3000), benefit: 'alderspensjon' });
		expect(r.causes[0]).toMatchObject({ kind: 'percent', why: 'kildeskatt', percent: 15 });
		const d = explainPayment({ ...may(20_000, 3000), benefit: 'dagpenger' });
		expect(d.causes.some((c) => 'why' in c && c.why === 'kildeskatt')).toBe(false);
		// A 15 % percentage card still fits the figure.
		expect(d.causes[0]).toMatchObject({ kind: 'percent', why: 'percentCard', percent: 15 });
	});

	it('Svalbard: 15.6 % on uføretrygd in 2026, 15.7 % in 2025', () => {
		// 20 000 × 15.6 % = 3 120; 20 000 × 15.7 % = 3 140.
		expect(explainPayment(may(20_000, 3120)).causes[0]).toMatchObject({
			why: 'svalbard',
			percent: 15.6
		});
		const y25 = explainPayment({
			...may(20_000, 3140),
			year: 2025,
			payment: { from: '2025-05-01', to: '2025-05-31', amount: 20_000 }
		});
		expect(y25.causes[0]).toMatchObject({ why: 'svalbard', percent: 15.7 });
	});

	it('trekkfri June: uføretrygd for June, nothing withheld, whatever the table', () => {
		const r = explainPayment({
			...may(25_000, 0),
			payment: { from: '2026-06-01', to: '2026-06-30', amount: 25_000 }
		});
		expect(r.causes[0]).toMatchObject({ kind: 'trekkfri', rule: 'trekkfri' });
		expect(r.causes[0]!.steps.some((s) => s.id === 'payments.trekkfri')).toBe(true);
		expect(r.causes.some((c) => c.kind === 'frikort')).toBe(true);
	});

	it('trekkfri June with an earlier June payment: one cause, not the same one twice', () => {
		const r = explainPayment({
			...may(12_500, 0),
			payment: { from: '2026-06-16', to: '2026-06-30', amount: 12_500 },
			earlier: [{ from: '2026-06-01', to: '2026-06-15', amount: 12_500, withheld: 0 }]
		});
		expect(r.causes.filter((c) => c.kind === 'trekkfri')).toHaveLength(1);
		// Every table withheld over 10.5 months; the 12-month tables (7350, …) give no trekkfri June.
		expect(r.causes[0]).toMatchObject({ kind: 'trekkfri', order: 'later', allTables: false });
		const tables = 'tables' in r.causes[0]! ? r.causes[0].tables : [];
		expect(tables).toContain('8000');
		expect(tables).not.toContain('7350');
	});

	it('half December: uføretrygd 25 000 kr for December, table 8010 gives 4 310, half is 2 155', () => {
		const full = tabelltrekk({ year: 2026, table: '8010', period: 'month', amount: 25_000 });
		expect(full).toBe(4310);
		const r = explainPayment({
			...may(25_000, 2155),
			payment: { from: '2026-12-01', to: '2026-12-31', amount: 25_000 }
		});
		expect(r.causes[0]).toMatchObject({ kind: 'half', rule: 'half' });
		expect(tablesOf(r.causes[0])).toContain('8010');
	});

	it('voluntary extra on a table: 1 000 kr a month on top of table 8010', () => {
		// 4 310 (table 8010 on 25 000) + 1 000 extra = 5 310.
		const r = explainPayment({ ...may(25_000, 5310), extra: { kroner: 1000 } });
		expect(r.causes[0]).toMatchObject({ kind: 'table', extraKr: 1000, taxKr: 4310 });
		expect(tablesOf(r.causes[0])).toContain('8010');
		expect(r.causes[0]!.steps[0]).toMatchObject({
			id: 'explain.extraOutKroner',
			values: { withheldKr: 5310, extraKr: 1000, taxKr: 4310 }
		});
		// Without the extra given, 8010 is never guessed.
		expect(explainPayment(may(25_000, 5310)).causes.some((c) => tablesOf(c).includes('8010'))).toBe(
			false
		);
	});

	it('voluntary extra in percent on a flat rate: 50 % + 5 % = 13 750 of 25 000', () => {
		const r = explainPayment({ ...may(25_000, 13_750), extra: { percent: 5 } });
		expect(r.causes[0]).toMatchObject({ kind: 'percent', why: 'noCard', extraKr: 1250 });
	});

	it('frikort used up: 50 % of the whole payment also fits', () => {
		const r = explainPayment(may(25_000, 12_500));
		expect(r.causes.find((c) => c.kind === 'frikort')).toMatchObject({ state: 'usedUp' });
	});

	it('nothing fits: the closest tables with how far each is off, and what to check first', () => {
		// docs/nav-payments.md §3: 2–15 March, 14 days, 14-day table 8000 on 15 000 kr = 3 377 kr.
		// A notice saying 3 365 kr is no table: table 8000 gives 3 377, 12 kr more.
		const fourteen = tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 15_000 });
		expect(fourteen).toBe(3377);
		const r = explainPayment({
			year: 2026,
			benefit: 'dagpenger',
			payment: { from: '2026-03-02', to: '2026-03-15', amount: 15_000 },
			withheld: 3365
		});
		expect(r.causes).toEqual([]);
		expect(r.nearMisses[0]).toMatchObject({
			kind: 'table',
			table: '8000',
			totalKr: 3377,
			diffKr: 12
		});
		expect(r.nearMisses.length).toBeGreaterThan(1);
		// Half a month with no earlier payment typed in: the month's other payment comes first.
		expect(r.check[0]).toBe('earlier');
		expect(r.check).toContain('period');
	});

	it('nothing fits: a whole month 7 777 kr of 25 000 kr still names the closest causes', () => {
		const r = explainPayment(may(25_000, 7777));
		expect(r.causes).toEqual([]);
		expect(r.nearMisses.length).toBe(3);
		for (const m of r.nearMisses) expect(m.diffKr).toBe(m.totalKr - 7777);
		// A whole month: not "an earlier payment" first.
		expect(r.check[0]).not.toBe('earlier');
	});

	it('something fits: no closest causes, the usual things to check', () => {
		const r = explainPayment(may(25_000, 12_500));
		expect(r.nearMisses).toEqual([]);
		expect(r.check.slice(0, 3)).toEqual(['period', 'secondPayer', 'changedCard']);
	});
});

describe('explainPayment: bad input is a field error', () => {
	it('withheld above the gross, negative, not whole', () => {
		expect(codes(() => explainPayment(may(1000, 1001)))).toEqual(['withheld:aboveGross']);
		expect(codes(() => explainPayment(may(1000, -1)))).toEqual(['withheld:negative']);
		expect(codes(() => explainPayment(may(1000, 1.5)))).toEqual(['withheld:notInteger']);
		expect(codes(() => explainPayment(may(-5, 0)))).toEqual(['payment.amount:negative']);
	});

	it('a period outside the year, to before from, an unknown year or benefit', () => {
		expect(
			codes(() =>
				explainPayment({
					...may(1000, 0),
					payment: { from: '2025-12-01', to: '2026-01-31', amount: 1 }
				})
			)
		).toEqual(['payment.from:outsideYear']);
		expect(
			codes(() =>
				explainPayment({
					...may(1000, 0),
					payment: { from: '2026-05-10', to: '2026-05-01', amount: 1 }
				})
			)
		).toEqual(['payment.to:toBeforeFrom']);
		expect(codes(() => explainPayment({ ...may(1000, 0), year: 1999 }))[0]).toMatch(/^year:/u);
		expect(codes(() => explainPayment({ ...may(1000, 0), benefit: 'x' as never }))).toEqual([
			'benefit:unknownBenefit'
		]);
		expect(codes(() => explainPayment(null as never))).toEqual(['input:invalid']);
	});

	it('earlier payments: not in the same month, overlapping, withheld above their amount', () => {
		const base = {
			...may(10_000, 0),
			payment: { from: '2026-05-16', to: '2026-05-31', amount: 10_000 }
		};
		expect(
			codes(() =>
				explainPayment({
					...base,
					earlier: [{ from: '2026-04-01', to: '2026-04-30', amount: 5000, withheld: 0 }]
				})
			)
		).toEqual(['earlier.0.from:notSameMonth']);
		expect(
			codes(() =>
				explainPayment({
					...base,
					earlier: [{ from: '2026-05-10', to: '2026-05-20', amount: 5000, withheld: 0 }]
				})
			)
		).toEqual(['earlier.0.from:overlap']);
		expect(
			codes(() =>
				explainPayment({
					...base,
					earlier: [{ from: '2026-05-01', to: '2026-05-15', amount: 5000, withheld: 6000 }]
				})
			)
		).toEqual(['earlier.0.withheld:aboveGross']);
	});

	it('anything at all: a typed error or a result, never a crash', () => {
		fc.assert(
			fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
				for (const input of [a, { ...may(1000, 0), payment: a, withheld: b, earlier: c, extra: b }])
					try {
						explainPayment(input as never);
					} catch (e) {
						expect(e).toBeInstanceOf(EngineError);
					}
			}),
			{ numRuns: 100 }
		);
	});
});

describe("navFlatRates: the one place NAV's flat rates are read", () => {
	const of = (year: number, benefit: Parameters<typeof navFlatRates>[1]) =>
		Object.fromEntries(navFlatRates(year, benefit).candidates.map((r) => [r.why, r.percent]));
	it('per benefit and year', () => {
		expect(of(2026, 'uforetrygd')).toEqual({
			noCard: 50,
			backPayment: 44,
			backPaymentFinnmark: 40,
			kildeskatt: 15,
			svalbard: 15.6
		});
		expect(of(2025, 'dagpenger')).toEqual({
			noCard: 50,
			backPayment: 44,
			backPaymentFinnmark: 40,
			svalbard: 15.7
		});
		expect(of(2026, 'alderspensjon')).toEqual({
			noCardPension: 30,
			backPayment: 32,
			backPaymentFinnmark: 28,
			kildeskatt: 15,
			svalbard: 13.1
		});
		expect(of(2026, 'barnepensjon').barnepensjon).toBe(17);
		expect(navFlatRates(2026, 'aap').frikortAbove.percent).toBe(50);
	});
});

describe('explainPayment: wording helpers', () => {
	it('collapses consecutive tables into ranges within a series', () => {
		expect(tableRanges(['8000', '8010', '8020', '8400', '9010', '9020', '7300', '7350'])).toEqual([
			{ from: '8000', to: '8020', count: 3 },
			{ from: '8400', to: '8400', count: 1 },
			{ from: '9010', to: '9020', count: 2 },
			{ from: '7300', to: '7300', count: 1 },
			{ from: '7350', to: '7350', count: 1 }
		]);
	});
});

describe('explainPayment: property', () => {
	it('a notice without a pay date is taken as paid on the date the calculator assumes (§7)', () => {
		// Found by the property below: a payment for 2–27 February ends on a Friday, so NAV pays on
		// Monday 2 March and a 500 kr monthly extra starts again in March. The explainer used to
		// assume Saturday 28 February, the extra already taken, and missed table 8000.
		const earlier = { from: '2026-02-01', to: '2026-02-01', amount: 534, withheld: 534 };
		const found = explainPayment({
			year: 2026,
			benefit: 'overgangsstonad',
			payment: { from: '2026-02-02', to: '2026-02-27', amount: 1 },
			withheld: 1,
			earlier: [earlier],
			extra: { kroner: 500 }
		});
		const cause = found.causes.find((c) => 'tables' in c && c.tables.includes('8000'));
		expect(cause).toMatchObject({ taxKr: 0, extraKr: 1 });
		expect(cause!.steps.map((s) => s.id)).toContain('payments.paidOnAssumed');
	});

	it('an earlier payment’s own pay date, when the notice gives it, is used instead', () => {
		// The same notices, but the earlier payment paid on 2 March too: its 500 kr extra is then
		// March's, nothing of it is left for this payment, and table 8000 no longer gives 1 kr.
		const base = {
			year: 2026,
			benefit: 'overgangsstonad' as const,
			payment: { from: '2026-02-02', to: '2026-02-27', amount: 1 },
			withheld: 1,
			extra: { kroner: 500 }
		};
		const earlier = { from: '2026-02-01', to: '2026-02-01', amount: 534, withheld: 534 };
		const of = (e: typeof earlier & { paidOn?: string }) =>
			explainPayment({ ...base, earlier: [e] }).causes.find(
				(c) => 'tables' in c && c.tables.includes('8000') && c.order === 'later'
			);
		expect(of({ ...earlier, paidOn: '2026-02-02' })).toMatchObject({ taxKr: 0, extraKr: 1 });
		expect(of({ ...earlier, paidOn: '2026-03-02' })).toBeUndefined();
	});

	it('an earlier payment paid after this one is refused at its date', () => {
		expect(() =>
			explainPayment({
				year: 2026,
				benefit: 'dagpenger',
				payment: { from: '2026-03-16', to: '2026-03-29', amount: 15_000, paidOn: '2026-03-31' },
				withheld: 3_000,
				earlier: [
					{
						from: '2026-03-02',
						to: '2026-03-15',
						amount: 15_000,
						withheld: 3_377,
						paidOn: '2026-04-02'
					}
				]
			})
		).toThrow(
			expect.objectContaining({ issues: [{ field: 'earlier.0.paidOn', code: 'paidAfterPayment' }] })
		);
	});

	const iso = (m: number, d: number) =>
		`2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

	it('the table and amounts that produced a withholding are always among the causes', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...TABLES),
				// Barnepensjon is withheld at its fixed 17 % whatever the card from 2025: no table
				// produced its withholding (named case above).
				fc.constantFrom(...BENEFIT_IDS.filter((b) => b !== 'barnepensjon')),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				fc.integer({ min: 1, max: 28 }),
				fc.integer({ min: 0, max: 120_000 }),
				fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
				fc.option(
					fc.constantFrom<{ kroner: number } | { percent: number }>(
						{ kroner: 500 },
						{ percent: 3 }
					),
					{
						nil: undefined
					}
				),
				fc.boolean(),
				(table, benefit, month, a, b, amount, earlierAmount, extra, fromLastMonth) => {
					// Two periods in one month: the earlier one ends before this one starts; it may
					// begin in the month before (a meldekort across two months).
					const [lo, hi] = a <= b ? [a, b] : [b, a];
					const withEarlier = earlierAmount !== undefined && lo > 1;
					// Without an earlier payment, the payment may run into the next month.
					const payment =
						!withEarlier && fromLastMonth && month < 12
							? { from: iso(month, lo), to: iso(month + 1, hi), amount }
							: { from: iso(month, withEarlier ? lo : 1), to: iso(month, hi), amount };
					const earlierFrom = fromLastMonth && month > 1 ? iso(month - 1, 20) : iso(month, 1);
					const earlierRow = withEarlier
						? { from: earlierFrom, to: iso(month, lo - 1), amount: earlierAmount }
						: undefined;
					const r = withholdPayments({
						year: 2026,
						benefit,
						card: { kind: 'table', table },
						// No pay dates: the engine assumes NAV's usual ones (§7), as the explainer does.
						payments: earlierRow ? [earlierRow, payment] : [payment],
						...(extra ? { extra } : {})
					});
					const last = r.payments[r.payments.length - 1]!;
					const found = explainPayment({
						year: 2026,
						benefit,
						payment,
						withheld: last.trekk,
						...(earlierRow ? { earlier: [{ ...earlierRow, withheld: r.payments[0]!.trekk }] } : {}),
						...(extra ? { extra } : {})
					});
					const match = found.causes.find(
						(c) => 'tables' in c && c.tables.includes(table) && c.order !== 'first'
					);
					expect(match, `${table} ${benefit} ${JSON.stringify(payment)}`).toBeDefined();
					expect(match!.taxKr + match!.extraKr).toBe(last.trekk);
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('explainPayment: hidden notices', () => {
	const week = (amount: number) =>
		tabelltrekk({ year: 2026, table: '8000', period: 'week', amount });
	const fourteen = (amount: number) =>
		tabelltrekk({ year: 2026, table: '8000', period: '14days', amount });

	it('a meldeperiode across a month end, typed in as the earlier payment of March', () => {
		// AAP 2026, table 8000, 14 000 kr each meldeperiode (docs/nav-payments.md §2–§3):
		// 9–22 Feb: 14 days, 14-day table on 14 000 = A.
		// 23 Feb – 8 Mar: 6 days (6 000 kr) for February, 8 days (8 000 kr) for March.
		//   February: 20 days, 20 000 kr → week table on 20 000 / 3 = 6 666, times 3 = B; B − A.
		//   March: 8 days → week table on 8 000 = C. Its notice: (B − A) + C.
		// 9–22 Mar: March now 22 days, 22 000 kr → week table on 7 333, times 3 = D; D − C.
		const A = fourteen(14_000);
		const B = week(6666) * 3;
		const C = week(8000);
		const D = week(7333) * 3;
		const found = explainPayment({
			year: 2026,
			benefit: 'aap',
			payment: { from: '2026-03-09', to: '2026-03-22', amount: 14_000, paidOn: '2026-03-23' },
			withheld: D - C,
			// Only the payment that shares March is typed in; February's first is not.
			earlier: [
				{
					from: '2026-02-23',
					to: '2026-03-08',
					amount: 14_000,
					withheld: B - A + C,
					paidOn: '2026-03-09'
				}
			]
		});
		const c = found.causes[0]!;
		expect(c).toMatchObject({ kind: 'table', order: 'later', taxKr: D - C });
		expect(tablesOf(c)).toContain('8000');
		expect('months' in c && c.months).toEqual([
			expect.objectContaining({ forMonth: 3, cumulativeDays: 22, earlierKr: C, trekkKr: D - C })
		]);
		// Its February share is not this month's business: no "the notices differ" step.
		expect(c.steps.some((s) => s.id === 'explain.earlierGiven')).toBe(false);
	});

	it('the payment explained across a month end: each month by its days', () => {
		// 23 Feb – 8 Mar, 14 000 kr, after 9–22 Feb (14 000 kr, 14-day table: A withheld):
		// February B − A (as above), March C (first in March): withheld B − A + C.
		const A = fourteen(14_000);
		const found = explainPayment({
			year: 2026,
			benefit: 'aap',
			payment: { from: '2026-02-23', to: '2026-03-08', amount: 14_000 },
			withheld: week(6666) * 3 - A + week(8000),
			earlier: [{ from: '2026-02-09', to: '2026-02-22', amount: 14_000, withheld: A }]
		});
		const c = found.causes.find((x) => tablesOf(x).includes('8000'));
		expect(c).toMatchObject({ order: 'later' });
		expect('months' in c! && c.months.map((m) => [m.forMonth, m.cumulativeDays])).toEqual([
			[2, 20],
			[3, 8]
		]);
	});

	it('several earlier payments, the one explained across the next month end', () => {
		// Continuing the case above: 23 Mar – 5 Apr, 14 000 kr: 9 days (9 000 kr) for March,
		// 5 days (5 000 kr) for April.
		//   March: 8 + 14 + 9 = 31 days, 31 000 kr → month table = M; withheld earlier C + (D − C) = D.
		//   April: 5 days → week table on 5 000 = W, the first in April.
		// Withheld (M − D) + W. Both earlier payments of March are typed in, the first with its
		// February share in its notice.
		const A = fourteen(14_000);
		const B = week(6666) * 3;
		const C = week(8000);
		const D = week(7333) * 3;
		const M = tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 31_000 });
		const W = week(5000);
		const found = explainPayment({
			year: 2026,
			benefit: 'aap',
			payment: { from: '2026-03-23', to: '2026-04-05', amount: 14_000, paidOn: '2026-04-06' },
			withheld: M - D + W,
			earlier: [
				{
					from: '2026-02-23',
					to: '2026-03-08',
					amount: 14_000,
					withheld: B - A + C,
					paidOn: '2026-03-09'
				},
				{
					from: '2026-03-09',
					to: '2026-03-22',
					amount: 14_000,
					withheld: D - C,
					paidOn: '2026-03-23'
				}
			]
		});
		const c = found.causes[0]!;
		expect(c).toMatchObject({ kind: 'table', order: 'later', taxKr: M - D + W });
		expect(tablesOf(c)).toContain('8000');
		expect(
			'months' in c && c.months.map((m) => [m.forMonth, m.cumulativeDays, m.earlierKr])
		).toEqual([
			[3, 31, D],
			[4, 5, 0]
		]);
	});

	it('trekkfri June for uføretrygd: the benefit’s June, 12-month tables left out', () => {
		const r = explainPayment({
			...may(25_000, 0),
			payment: { from: '2026-06-01', to: '2026-06-30', amount: 25_000 }
		});
		expect(r.causes[0]).toMatchObject({
			kind: 'trekkfri',
			ruleWhy: 'benefitMonth',
			forMonth: 6,
			twelveMonthExcluded: true,
			agreeWhy: 'trekkfri'
		});
	});

	it('trekkfri June for AAP: one of the first two meldeperioder paid in June', () => {
		// 2026 has no published week numbers: the two meldeperioder paid first in June are free
		// (docs/nav-payments.md §5, interpretation). 25 May – 7 June, paid 8 June: the first.
		const r = explainPayment({
			year: 2026,
			benefit: 'aap',
			payment: { from: '2026-05-25', to: '2026-06-07', amount: 14_000, paidOn: '2026-06-08' },
			withheld: 0
		});
		expect(r.causes[0]).toMatchObject({ kind: 'trekkfri', ruleWhy: 'meldeperiode', forMonth: 6 });
		// Nothing is withheld in a trekkfri month, whatever the table: not "the deduction exceeds the income".
		expect(r.causes[0]).toMatchObject({ agreeWhy: 'trekkfri' });
	});

	it('December: the first meldeperiode paid in December was not typed in', () => {
		// AAP 2026, table 8000, 2026 has no published week numbers, so the meldeperiode paid first
		// in December is free (docs/nav-payments.md §5, interpretation): 16–29 Nov, paid 1 Dec.
		// 30 Nov – 13 Dec, paid 14 Dec, is withheld: December 13 days (13 000 kr), first in the
		// month's recalculation → 14-day table on 13 000 = E (its notice adds November's share).
		// 14–27 Dec: December 27 days, 27 000 kr → month table = M; withheld M − E.
		// The person types in only the payment that shares December: the explainer says it assumed
		// a meldeperiode paid earlier in December, not typed in, was the free one.
		const E = fourteen(13_000);
		const M = tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 27_000 });
		const r = explainPayment({
			year: 2026,
			benefit: 'aap',
			payment: { from: '2026-12-14', to: '2026-12-27', amount: 14_000, paidOn: '2026-12-28' },
			withheld: M - E,
			earlier: [
				{
					from: '2026-11-30',
					to: '2026-12-13',
					amount: 14_000,
					withheld: E + 150,
					paidOn: '2026-12-14'
				}
			]
		});
		const c = r.causes.find((x) => tablesOf(x).includes('8000'));
		expect(c).toMatchObject({
			kind: 'table',
			order: 'later',
			unseenTrekkfri: { count: 1, paidMonth: 12 },
			taxKr: M - E
		});
		expect(c!.steps.some((s) => s.id === 'explain.unseenTrekkfri')).toBe(true);
	});

	it('half December: the benefit’s December, one reason', () => {
		const r = explainPayment({
			...may(25_000, 2155),
			payment: { from: '2026-12-01', to: '2026-12-31', amount: 25_000 }
		});
		expect(r.causes[0]).toMatchObject({
			kind: 'half',
			ruleWhy: 'benefitMonth',
			forMonth: 12,
			twelveMonthExcluded: true
		});
		expect(r.causes[0]).not.toMatchObject({ agreeWhy: 'noIncomeTax' });
	});

	it('the tables agree because the deduction exceeds the income only when it does', () => {
		// The range test above: 8170 … 8400 leave no income tax on 30 000 kr a month.
		expect(explainPayment(may(30_000, 2960)).causes[0]).toMatchObject({ agreeWhy: 'noIncomeTax' });
		// One table: nothing to agree on.
		expect(
			explainPayment({
				year: 2026,
				benefit: 'dagpenger',
				payment: { from: '2026-03-02', to: '2026-03-15', amount: 15_000 },
				withheld: 3377
			}).causes[0]
		).toMatchObject({ agreeWhy: null });
	});

	it('the result names what it assumed: benefit, year, paid date, the earlier payments in order', () => {
		const r = explainPayment({
			year: 2026,
			benefit: 'dagpenger',
			payment: { from: '2026-03-16', to: '2026-03-29', amount: 15_000 },
			withheld: 3050,
			earlier: [{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, withheld: 3377 }]
		});
		// Dagpenger are assumed paid two banking days after the meldeperiode (§7): 29 March 2026 is
		// a Sunday, so Tuesday 31 March; the earlier one, ending Sunday 15 March, Tuesday 17 March.
		expect(r.assumed).toEqual({
			benefit: 'dagpenger',
			year: 2026,
			paidOn: '2026-03-31',
			paidOnAssumed: true,
			earlier: [
				{
					from: '2026-03-02',
					to: '2026-03-15',
					amount: 15_000,
					withheld: 3377,
					paidOn: '2026-03-17',
					paidOnAssumed: true
				}
			],
			extra: null
		});
	});
});

describe('explainPayment: back payments for an earlier month of the year', () => {
	it('the payment itself: the card’s percentage, not a table, and no crash', () => {
		// February's uføretrygd paid 5 May: a back payment for an earlier month of the year is
		// withheld at the card's percentage (docs/nav-payments.md §6): 30 % of 20 000 = 6 000.
		const r = explainPayment({
			year: 2026,
			benefit: 'uforetrygd',
			payment: { from: '2026-02-01', to: '2026-02-28', amount: 20_000, paidOn: '2026-05-05' },
			withheld: 6000
		});
		expect(
			r.causes.some((c) => c.kind === 'percent' && c.why === 'percentCard' && c.percent === 30)
		).toBe(true);
		expect(r.causes.some((c) => 'tables' in c)).toBe(false);
	});

	it('an earlier one paid the same month: accepted, and left out of the month', () => {
		// May's uføretrygd, 25 000 kr, table 8010 → 4 310 (as above); a back payment for February
		// paid on 5 May changes nothing in May's recalculation.
		const r = explainPayment({
			...may(25_000, 4310),
			earlier: [
				{
					from: '2026-02-01',
					to: '2026-02-28',
					amount: 20_000,
					withheld: 6000,
					paidOn: '2026-05-05'
				}
			]
		});
		expect(tablesOf(r.causes[0])).toContain('8010');
	});
});
