import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	civilFromDay,
	dayFromCivil,
	easterSunday,
	dayNumber,
	isoOf,
	isoWeek,
	isoWeekday,
	monthOf,
	splitByMonth,
	yearOf
} from './calendar';

const DAY_MS = 86_400_000;
// 1900-01-01 … 2199-12-31 as day numbers.
const dayArb = fc.integer({ min: -25_567, max: 83_965 });

describe('calendar days in UTC', () => {
	it('agrees with the platform calendar on every field', () => {
		fc.assert(
			fc.property(dayArb, (n) => {
				const d = new Date(n * DAY_MS);
				expect(isoOf(n)).toBe(d.toISOString().slice(0, 10));
				expect(yearOf(n)).toBe(d.getUTCFullYear());
				expect(monthOf(n)).toBe(d.getUTCMonth() + 1);
				expect(civilFromDay(n).day).toBe(d.getUTCDate());
				expect(isoWeekday(n)).toBe(((d.getUTCDay() + 6) % 7) + 1);
				expect(dayNumber(isoOf(n))).toBe(n);
			}),
			{ numRuns: 3000 }
		);
	});

	it('rejects what is not a calendar date', () => {
		for (const bad of [
			'2026-02-29',
			'2026-13-01',
			'2026-00-10',
			'2026-04-31',
			'2026-1-01',
			20260101
		])
			expect(dayNumber(bad)).toBeUndefined();
		expect(dayNumber(null)).toBeUndefined();
		expect(dayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
	});

	it('ISO weeks: known dates', () => {
		const w = (iso: string) => isoWeek(dayNumber(iso)!);
		expect(w('2026-01-01')).toBe(1); // a Thursday
		expect(w('2027-01-01')).toBe(53); // a Friday: still 2026's week 53
		expect(w('2024-12-30')).toBe(1); // Monday of 2025's week 1
		expect(w('2023-11-20')).toBe(47);
		expect(w('2023-12-03')).toBe(48);
		expect(w('2023-05-22')).toBe(21);
	});

	it('splits a range into its calendar months', () => {
		const s = splitByMonth(dayNumber('2026-01-25')!, dayNumber('2026-03-02')!);
		expect(s.map((p) => [p.month, p.days, isoOf(p.from), isoOf(p.to)])).toEqual([
			[1, 7, '2026-01-25', '2026-01-31'],
			[2, 28, '2026-02-01', '2026-02-28'],
			[3, 2, '2026-03-01', '2026-03-02']
		]);
	});
});

describe('Easter Sunday (the Gregorian computus)', () => {
	it.each([
		[1999, '1999-04-04'],
		[2019, '2019-04-21'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25'],
		[2100, '2100-03-28']
	])('%i: %s', (year, iso) => {
		expect(isoOf(easterSunday(year))).toBe(iso);
	});

	it('is always a Sunday between 22 March and 25 April', () => {
		for (let y = 1900; y <= 2200; y++) {
			const e = easterSunday(y);
			expect(isoWeekday(e)).toBe(7);
			expect(e).toBeGreaterThanOrEqual(dayFromCivil(y, 3, 22));
			expect(e).toBeLessThanOrEqual(dayFromCivil(y, 4, 25));
		}
	});
});
