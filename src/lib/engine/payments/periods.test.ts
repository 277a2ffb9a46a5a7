import { describe, expect, it } from 'vitest';
import { tabelltrekk } from '../tabelltrekk';
import { periodForDays } from './index';
import { run } from './testkit';

describe('table period by calendar days (docs/nav-payments.md §2)', () => {
	it.each([
		[1, '1day', false],
		[3, '3days', false],
		[4, '4days', false],
		[5, 'week', false],
		[10, 'week', false],
		[11, '14days', false],
		[17, '14days', false],
		[18, 'week', true],
		[24, 'week', true],
		[25, 'month', false],
		[31, 'month', false]
	])('%i days → %s (third: %s)', (days, period, third) => {
		expect(periodForDays(days)).toEqual({ period, third });
	});

	it('18–24 days: the week table on a third of the amount, times three', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [{ from: '2026-03-01', to: '2026-03-20', amount: 21_000 }]
		});
		expect(r.payments[0]!.trekk).toBe(
			3 * tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 7_000 })
		);
		// A third in whole kroner: no rounding, no interpretation.
		expect(r.interpretations).not.toContain('thirdRounding');
	});

	it('18–24 days: a third that is not whole kroner is rounded down (interpretation)', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [{ from: '2026-03-01', to: '2026-03-24', amount: 21_002 }]
		});
		expect(r.payments[0]!.trekk).toBe(
			3 * tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 7_000 })
		);
		expect(r.interpretations).toContain('thirdRounding');
		expect(r.payments[0]!.steps.find((s) => s.id === 'payments.periodThird')).toMatchObject({
			values: { thirdKr: 7_000, cumulativeKr: 21_002 },
			interpretation: true
		});
	});

	it('1–4 days: the day tables (interpretation)', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [{ from: '2026-03-02', to: '2026-03-04', amount: 2_400 }]
		});
		expect(r.payments[0]!.period).toBe('3days');
		expect(r.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: '3days', amount: 2_400 })
		);
		expect(r.interpretations).toContain('dayTables');
	});
});

describe('a payment over several months, split by calendar days (interpretation)', () => {
	it('a period over two months is split by calendar days; each part joins its month (interpretation)', () => {
		const r = run({
			benefit: 'aap',
			payments: [{ from: '2026-03-23', to: '2026-04-05', amount: 14_000 }]
		});
		const p = r.payments[0]!;
		expect(p.parts.map((x) => [x.month, x.days, x.amount])).toEqual([
			[3, 9, 9_000],
			[4, 5, 5_000]
		]);
		expect(p.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 9_000 }) +
				tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 5_000 })
		);
		expect(r.interpretations).toContain('splitMonths');
	});

	it('a period over three months: parts by calendar days that add up to the payment to the øre', () => {
		const r = run({
			benefit: 'aap',
			payments: [{ from: '2026-01-25', to: '2026-03-02', amount: 10_000.01 }]
		});
		const parts = r.payments[0]!.parts;
		expect(parts.map((p) => [p.month, p.days])).toEqual([
			[1, 7],
			[2, 28],
			[3, 2]
		]);
		expect(parts.map((p) => p.amount)).toEqual([1_891.89, 7_567.57, 540.55]);
		expect(r.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 1_891 }) +
				tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 7_567 }) +
				tabelltrekk({ year: 2026, table: '8000', period: '2days', amount: 540 })
		);
		expect(r.interpretations).toEqual(
			expect.arrayContaining(['splitMonths', 'wholeKroner', 'dayTables'])
		);
	});
});
