import { describe, expect, it } from 'vitest';
import { generateSchedule } from './schedule';

describe('generateSchedule', () => {
	it('monthly from March gives ten whole-month payments with no pay date (the engine’s default, said)', () => {
		const s = generateSchedule({ year: 2026, amount: 20000, frequency: 'month', fromMonth: 3 });
		expect(s).toHaveLength(10);
		expect(s[0]).toEqual({
			from: '2026-03-01',
			to: '2026-03-31',
			amount: 20000
		});
		expect(s[9]).toEqual({
			from: '2026-12-01',
			to: '2026-12-31',
			amount: 20000
		});
		expect(
			generateSchedule({ year: 2024, amount: 1, frequency: 'month', fromMonth: 2 })[0]!.to
		).toBe('2024-02-29');
	});

	it('every 14 days runs Monday to Sunday from the first Monday and stays inside the year', () => {
		const s = generateSchedule({ year: 2026, amount: 9000, frequency: '14days', fromMonth: 1 });
		expect(s[0]).toEqual({
			from: '2026-01-05',
			to: '2026-01-18',
			amount: 9000
		});
		expect(s.length).toBe(25);
		for (const p of s) {
			expect(new Date(p.from).getUTCDay()).toBe(1);
			expect(new Date(p.to).getUTCDay()).toBe(0);
			expect(p.to <= '2026-12-31').toBe(true);
		}
	});

	it('gives nothing, and never loops, for a year or month that is not a calendar value', () => {
		for (const frequency of ['month', '14days'] as const)
			for (const [year, fromMonth] of [
				[Number.NaN, 1],
				[2026, Number.NaN],
				[2026, 0],
				[2026, 13],
				[2026.5, 1]
			] as const)
				expect(generateSchedule({ year, amount: 1, frequency, fromMonth })).toEqual([]);
	});
});
