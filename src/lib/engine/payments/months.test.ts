import { describe, expect, it } from 'vitest';
import { tabelltrekk } from '../tabelltrekk';
import { monthly, run } from './testkit';

describe('the month recalculated at every payment (§3)', () => {
	it('the worked example in docs/nav-payments.md §3: 3 377 then 6 427 − 3 377 = 3 050', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000 },
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000 }
			]
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([3_377, 3_050]);
		expect(r.payments[1]!.parts[0]).toMatchObject({
			period: 'month',
			cumulativeDays: 28,
			cumulativeAmount: 30_000,
			monthTotal: 6_427,
			withheldEarlier: 3_377,
			nth: 2
		});
		expect(r.payments[0]!.reason.id).toBe('payments.reason.firstInMonth');
		expect(r.payments[1]!.reason.id).toBe('payments.reason.laterInMonth');
	});

	it('a payment alone in its month is not called the first', () => {
		const r = run({ benefit: 'uforetrygd', payments: monthly(2026, 25_000, [1]) });
		expect(r.payments[0]!.reason).toMatchObject({
			id: 'payments.reason.onlyInMonth',
			values: { forMonth: 1, period: 'month' }
		});
	});

	it('never gives back: a lower month total withholds 0 (interpretation)', () => {
		// 10 days at a high amount, then more days at 0 kr: the month table on the same sum is lower.
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-01', to: '2026-03-10', amount: 20_000 },
				{ from: '2026-03-11', to: '2026-03-31', amount: 0 }
			]
		});
		expect(r.payments[1]!.trekk).toBe(0);
		expect(r.interpretations).toContain('noNegative');
	});

	it('AAP December: the trekkfri meldeperiode stays out of the next one’s recalculation', () => {
		const r = run({
			benefit: 'aap',
			payments: [
				{ from: '2026-11-09', to: '2026-11-22', amount: 12_000, paidOn: '2026-11-24' },
				{ from: '2026-11-23', to: '2026-12-06', amount: 12_000, paidOn: '2026-12-08' },
				{ from: '2026-12-07', to: '2026-12-20', amount: 12_000, paidOn: '2026-12-22' }
			]
		});
		const [nov, free, dec] = r.payments;
		expect(free).toMatchObject({ trekk: 0, rule: 'trekkfri', ruleWhy: 'meldeperiode' });
		// Paid 8 December, mostly November's days: named by December, the month it is paid in, and
		// by its ISO weeks (23 November – 6 December 2026 is weeks 48–49).
		expect(free!.reason).toMatchObject({
			id: 'payments.reason.meldeperiodeWeeks',
			values: { paidMonth: 12, fromWeek: 48, toWeek: 49 }
		});
		// December's only counted part: 14 days, 12 000 kr, the 14-day table.
		expect(dec!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 12_000 })
		);
		expect(dec!.parts[0]).toMatchObject({ cumulativeDays: 14, withheldEarlier: 0, nth: 2 });
		expect(dec!.reason.id).toBe('payments.reason.onlyInMonth');
		expect(dec!.steps.find((s) => s.id === 'payments.trekkfriLeftOut')).toMatchObject({
			values: { forMonth: 12, leftOutDays: 6 },
			interpretation: true
		});
		// November's recalculation, likewise, leaves the trekkfri days of 23–30 November out.
		expect(nov!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 12_000 })
		);
		expect(r.interpretations).toEqual(
			expect.arrayContaining(['meldeperiodeFallback', 'trekkfriOutsideMonth'])
		);
	});
});

describe('a back payment for an earlier month of the year (§6)', () => {
	it('a back payment for an earlier month: the table card’s percentage (settled, §6)', () => {
		// 16–29 March paid 10 June: a back payment; 15 000 × 30 % = 4 500, outside March's table.
		const r = run({
			benefit: 'dagpenger',
			card: { kind: 'table', table: '8000', percent: 30 },
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, paidOn: '2026-03-17' },
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000, paidOn: '2026-06-10' }
			]
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([3_377, 4_500]);
		expect(r.payments[1]).toMatchObject({ ruleWhy: 'backPayment', interpretation: false });
		expect(r.payments[1]!.reason).toMatchObject({
			id: 'payments.reason.backPayment',
			values: { forMonth: 3, ratePct: 30 }
		});
		expect(r.months[5]).toMatchObject({ gross: 15_000, trekk: 4_500 });
	});
});
