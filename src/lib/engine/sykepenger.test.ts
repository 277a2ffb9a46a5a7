import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { sykepengeGrunnlag, sykepengePayments } from './sykepenger';

describe('sykepengeGrunnlag', () => {
	it('NAV’s example: 55 000 a month with G 106 399 → capped at 638 394, 2 455.36 a day', () => {
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2021-09-01',
			months: [55_000, 55_000, 55_000]
		});
		expect(r).toMatchObject({
			g: 106_399,
			cap: 638_394,
			capped: true,
			grunnlag: 638_394,
			dagsats: 2455.36,
			dagsatsKr: 2455
		});
	});

	it('below the cap: the average of three months × 12', () => {
		// (40 000 + 42 000 + 44 000) / 3 = 42 000; × 12 = 504 000 < 6 G (2025: 780 960); / 260 = 1 938.46
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-09-15',
			months: [40_000, 42_000, 44_000]
		});
		expect(r).toMatchObject({
			manedsinntekt: 42_000,
			arsinntekt: 504_000,
			g: 130_160,
			capped: false,
			grunnlag: 504_000,
			dagsats: 1938.46,
			dagsatsKr: 1938
		});
	});

	it('the G in force on the first day of absence (changes on 1 May)', () => {
		expect(sykepengeGrunnlag({ firstDayOfAbsence: '2025-04-30', months: [1] }).g).toBe(124_028);
		expect(sykepengeGrunnlag({ firstDayOfAbsence: '2025-05-01', months: [1] }).g).toBe(130_160);
	});

	it('just above and below 6 G', () => {
		const cap = 6 * 130_160;
		expect(
			sykepengeGrunnlag({ firstDayOfAbsence: '2025-06-02', months: [cap / 12 + 1] }).capped
		).toBe(true);
		expect(sykepengeGrunnlag({ firstDayOfAbsence: '2025-06-02', months: [cap / 12] }).capped).toBe(
			false
		);
	});

	it('hourly workers: income in the period / days worked', () => {
		// 36 000 over 24 days worked = 1 500 a day; × 260 = 390 000 (interpretation), below 6 G
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-10-01',
			hourly: { income: 36_000, daysWorked: 24 }
		});
		expect(r).toMatchObject({ dagsats: 1500, dagsatsKr: 1500, grunnlag: 390_000 });
	});

	it('a first day of absence without a known G asks for it', () => {
		expect(() => sykepengeGrunnlag({ firstDayOfAbsence: '2026-06-01', months: [50_000] })).toThrow(
			EngineError
		);
		expect(
			sykepengeGrunnlag({ firstDayOfAbsence: '2026-06-01', months: [50_000], g: 135_000 }).g
		).toBe(135_000);
	});

	it('refuses negative income and months in the future', () => {
		const codes = (input: object) => {
			try {
				sykepengeGrunnlag(input as never);
			} catch (e) {
				return (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
			}
			return [];
		};
		expect(codes({ firstDayOfAbsence: '2025-09-01', months: [1, -2, 3] })).toEqual([
			'months.1:negative'
		]);
		expect(codes({ firstDayOfAbsence: '2025-12-10', months: [1], today: '2025-10-01' })).toEqual([
			'firstDayOfAbsence:futureMonths'
		]);
		expect(codes({ firstDayOfAbsence: '2026-02-30', months: [1] })).toEqual([
			'firstDayOfAbsence:badDate'
		]);
	});
});

describe('sykepengePayments', () => {
	it('pays weekdays, one payment per month', () => {
		// 2026-03-23 (Mon) to 2026-04-10 (Fri): 7 weekdays in March, 8 in April
		const r = sykepengePayments({ dagsatsKr: 1_000, from: '2026-03-23', to: '2026-04-10' });
		expect(r.payments).toEqual([
			{ from: '2026-03-23', to: '2026-03-31', weekdays: 7, amount: 7_000 },
			{ from: '2026-04-01', to: '2026-04-10', weekdays: 8, amount: 8_000 }
		]);
	});
});
