import { describe, expect, it } from 'vitest';
import { computeSykepenger, defaultSykepengerForm, needsG } from './sykepengerForm';

describe('sykepenger step', () => {
	it('NAV’s example through the form, and the payments for a period', () => {
		const r = computeSykepenger(
			{
				...defaultSykepengerForm(),
				firstDay: '2021-09-01',
				months: ['55 000', '55 000', '55 000'],
				from: '2021-09-01',
				to: '2021-09-30'
			},
			'2026-11-22'
		);
		expect(r.kind === 'result' && [r.result.grunnlag, r.result.dagsats]).toEqual([
			638_394, 2455.36
		]);
		// The employer pays 1–16 September; NAV from Friday 17 September: 10 weekdays to the 30th.
		expect(r.kind === 'result' && r.payments).toEqual([
			{ from: '2021-09-17', to: '2021-09-30', weekdays: 10, amount: 10 * 2455 }
		]);
	});
	it('graded sick leave from the form; a grade below 20 % is refused', () => {
		const base = {
			...defaultSykepengerForm(),
			firstDay: '2021-08-01',
			months: ['55 000', '55 000', '55 000'] as [string, string, string],
			from: '2021-09-01',
			to: '2021-09-30'
		};
		const r = computeSykepenger({ ...base, grade: '50 %' }, '2026-11-22');
		// 50 % of 2 455 = 1 227,50 → 1 228 a day; 22 weekdays in September 2021.
		expect(r.kind === 'result' && r.payments[0]!.amount).toBe(22 * 1228);
		const bad = computeSykepenger({ ...base, grade: '10' }, '2026-11-22');
		expect(bad.kind === 'issues' && bad.issues).toEqual([
			{ field: 'sp.grade', code: 'gradeRange' }
		]);
	});
	it('asks for G after 30 April 2027; from May 2026 the G is known (136 549)', () => {
		expect(needsG('2027-05-01')).toBe(true);
		expect(needsG('2026-06-01')).toBe(false);
		expect(needsG('2026-04-30')).toBe(false);
		const r = computeSykepenger(
			{
				...defaultSykepengerForm(),
				firstDay: '2027-05-01',
				months: ['1', '1', '1'],
				from: '2027-05-01',
				to: '2027-05-31'
			},
			'2027-11-22'
		);
		expect(r.kind === 'issues' && r.issues).toEqual([{ field: 'sp.g', code: 'required' }]);
		// June 2026 with no G given: G 136 549, 6 G = 819 294.
		const june = computeSykepenger(
			{
				...defaultSykepengerForm(),
				firstDay: '2026-06-01',
				months: ['1', '1', '1'],
				from: '2026-06-01',
				to: '2026-06-30'
			},
			'2026-11-22'
		);
		expect(june.kind === 'result' && [june.result.g, june.result.cap]).toEqual([136_549, 819_294]);
	});
	it('negative pay and months in the future are refused', () => {
		const r = computeSykepenger(
			{
				...defaultSykepengerForm(),
				firstDay: '2026-12-10',
				months: ['1', '−2', '3'],
				from: '2026-12-10',
				to: '2026-12-20',
				g: '135 000'
			},
			'2026-11-22'
		);
		expect(r.kind === 'issues' && r.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'sp.months.1:negative'
		]);
		const f = computeSykepenger(
			{
				...defaultSykepengerForm(),
				firstDay: '2026-12-10',
				months: ['1', '2', '3'],
				from: '2026-12-10',
				to: '2026-12-20',
				g: '135 000'
			},
			'2026-11-22'
		);
		expect(f.kind === 'issues' && f.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'sp.firstDay:futureMonths'
		]);
	});

	it('hourly and shift pay: the employer’s rate per working day and NAV’s rate from the month', () => {
		// NAV's 14/14 rota: 42 days × 12 hours × 220 kr = 110 880 kr over three months.
		// Employer: 110 880 / 42 = 2 640 a working day. NAV: 110 880 / 3 = 36 960 a month;
		// × 12 = 443 520; / 260 = 1 705.846… → 1 705.85, paid 1 706 a weekday.
		const r = computeSykepenger(
			{
				...defaultSykepengerForm(),
				kind: 'hourly',
				firstDay: '2026-09-01',
				hourlyIncome: '110 880',
				daysWorked: '42',
				from: '2026-09-21',
				to: '2026-09-25'
			},
			'2026-11-22'
		);
		expect(
			r.kind === 'result' && [
				r.result.arbeidsgiverDagsats,
				r.result.manedsinntekt,
				r.result.grunnlag,
				r.result.dagsatsKr
			]
		).toEqual([2_640, 36_960, 443_520, 1_706]);
		// 21–25 September 2026: five weekdays × 1 706.
		expect(r.kind === 'result' && r.payments[0]!.amount).toBe(5 * 1_706);
	});
});
