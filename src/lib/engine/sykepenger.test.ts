import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordingCheck } from '../i18n/wording.testkit';
import { EngineError } from './errors';
import { dayNumber } from './calendar';
import { withholdPayments } from './payments';
import type { Step } from './steps';
import { GRUNNBELOP } from './nav/grunnbelop';
import {
	sykepengeGrunnlag,
	sykepengePayments,
	weekdaysBetween,
	type SykepengeInput
} from './sykepenger';

/** The field:code of every issue the input is refused with ([] when it is accepted). */
function codes(run: () => unknown): string[] {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(EngineError);
		return (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
	}
	return [];
}
const grunnlagCodes = (input: object) => codes(() => sykepengeGrunnlag(input as SykepengeInput));
const ids = (steps: Step[]) => steps.map((s) => s.id);

describe('sykepengeGrunnlag: NAV’s worked example', () => {
	// docs/annual-and-back-payments.md §5: 55 000 a month with G 106 399 → grunnlag capped at 638 394,
	// daily rate 638 394 / 260 = 2 455.3615… → 2 455.36.
	const r = sykepengeGrunnlag({
		firstDayOfAbsence: '2021-09-01',
		months: [55_000, 55_000, 55_000]
	});

	it('gives NAV’s figures', () => {
		expect(r).toMatchObject({
			manedsinntekt: 55_000,
			arsinntekt: 660_000,
			g: 106_399,
			cap: 638_394,
			capped: true,
			grunnlag: 638_394,
			dagsats: 2455.36,
			dagsatsKr: 2455,
			belowMinimum: false
		});
	});

	it('shows every stage as a step, in order', () => {
		expect(ids(r.steps)).toEqual([
			'sykepenger.g',
			'sykepenger.manedsinntekt',
			'sykepenger.arsinntekt',
			'sykepenger.capped',
			'sykepenger.dagsats',
			'sykepenger.dagsatsKr'
		]);
		expect(r.steps[0]!.values).toEqual({
			firstDayDate: '2021-09-01',
			gKr: 106_399,
			gFromDate: '2021-05-01'
		});
		// Paying whole kroner per day, the nearest krone, is settled (helse-spleis rundTilDaglig):
		// no step of a whole-øre monthly case rests on an interpretation.
		expect(r.steps.filter((s) => s.interpretation).map((s) => s.id)).toEqual([]);
	});
});

describe('sykepengeGrunnlag: the 6 G cap', () => {
	// 2025: G 130 160, 6 G = 780 960 = 65 080 a month.
	it('exactly 6 G is not capped; the grunnlag is the income', () => {
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2025-06-02', months: [65_080] });
		expect(r).toMatchObject({
			arsinntekt: 780_960,
			cap: 780_960,
			capped: false,
			grunnlag: 780_960,
			dagsats: 3003.69, // 780 960 / 260 = 3 003.6923…
			dagsatsKr: 3004
		});
		expect(ids(r.steps)).toContain('sykepenger.belowCap');
	});

	it('one øre a month above 6 G is capped at 6 G', () => {
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2025-06-02', months: [65_080.01] });
		expect(r).toMatchObject({ arsinntekt: 780_960.12, capped: true, grunnlag: 780_960 });
		expect(ids(r.steps)).toContain('sykepenger.capped');
	});

	it('below the cap: the average of three months × 12, exact', () => {
		// (40 000 + 42 000 + 44 000) / 3 = 42 000; × 12 = 504 000; / 260 = 1 938.4615…
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-09-15',
			months: [40_000, 42_000, 44_000]
		});
		expect(r).toMatchObject({
			manedsinntekt: 42_000,
			arsinntekt: 504_000,
			capped: false,
			grunnlag: 504_000,
			dagsats: 1938.46,
			dagsatsKr: 1938
		});
	});
});

describe('sykepengeGrunnlag: which G', () => {
	const gOn = (firstDayOfAbsence: string) =>
		sykepengeGrunnlag({ firstDayOfAbsence, months: [1] }).g;

	it('the G in force on the first day of absence, changing on 1 May', () => {
		expect(gOn('2021-05-01')).toBe(106_399);
		expect(gOn('2022-04-30')).toBe(106_399);
		expect(gOn('2022-05-01')).toBe(111_477);
		expect(gOn('2023-05-01')).toBe(118_620);
		expect(gOn('2024-05-01')).toBe(124_028);
		expect(gOn('2025-04-30')).toBe(124_028);
		expect(gOn('2025-05-01')).toBe(130_160);
		expect(gOn('2026-04-30')).toBe(130_160);
		// G 2026 (navikt/helse-spleis Grunnbeløp.kt, vedtatt i statsråd 22 May 2026).
		expect(gOn('2026-05-01')).toBe(136_549);
		expect(gOn('2027-04-30')).toBe(136_549);
	});

	it('sykepenger from May 2026 need no G from the person: 6 G = 819 294', () => {
		// 70 000 × 12 = 840 000 > 6 × 136 549 = 819 294 → grunnlag 819 294; / 260 = 3 151.1307…
		// → dagsats 3 151.13, paid 3 151 a day.
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2026-06-15', months: [70_000] });
		expect(r).toMatchObject({
			g: 136_549,
			cap: 819_294,
			capped: true,
			grunnlag: 819_294,
			dagsats: 3_151.13,
			dagsatsKr: 3_151
		});
		expect(r.steps[0]).toMatchObject({ id: 'sykepenger.g', values: { gFromDate: '2026-05-01' } });
	});

	it('no G known (before 1 May 2021, from 1 May 2027) and none given: gUnknown on g', () => {
		expect(grunnlagCodes({ firstDayOfAbsence: '2027-05-01', months: [50_000] })).toEqual([
			'g:gUnknown'
		]);
		expect(grunnlagCodes({ firstDayOfAbsence: '2021-04-30', months: [50_000] })).toEqual([
			'g:gUnknown'
		]);
	});

	it('a G the person gives is used, and the step says it is theirs', () => {
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2026-06-01', months: [50_000], g: 135_000 });
		expect(r).toMatchObject({ g: 135_000, cap: 810_000 });
		expect(r.steps[0]).toMatchObject({
			id: 'sykepenger.gGiven',
			values: { firstDayDate: '2026-06-01', gKr: 135_000 }
		});
	});
});

describe('sykepengeGrunnlag: rounding', () => {
	it('an average that is not whole øre is taken to the øre, and says so', () => {
		// 30 001 / 3 = 10 000.333… → 10 000.33; × 12 = 120 003.96 (not 120 004)
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-09-01',
			months: [10_000, 10_000, 10_001]
		});
		expect(r).toMatchObject({
			manedsinntekt: 10_000.33,
			arsinntekt: 120_003.96,
			grunnlag: 120_003.96,
			dagsats: 461.55, // 120 003.96 / 260 = 461.5536…
			dagsatsKr: 462
		});
		const avg = r.steps.find((s) => s.id === 'sykepenger.manedsinntektRounded');
		expect(avg).toMatchObject({
			interpretation: true,
			values: { count: 3, sumKr: 30_001, manedKr: 10_000.33 }
		});
	});

	it('the grunnlag keeps its øre: not rounded to whole kroner', () => {
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [20_000.01] });
		expect(r.grunnlag).toBe(240_000.12);
	});

	it('the krone paid per day is rounded from the exact rate, not from the 2-decimal one', () => {
		// 20 009.06 × 12 = 240 108.72; / 260 = 923.49507… → shown 923.50, paid 923 (not 924)
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [20_009.06] });
		expect([r.dagsats, r.dagsatsKr]).toEqual([923.5, 923]);
	});

	it('fewer months when the job lasted shorter', () => {
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [30_000, 36_000] });
		expect(r).toMatchObject({ manedsinntekt: 33_000, arsinntekt: 396_000 });
		expect(r.steps[1]!.values).toMatchObject({ count: 2, sumKr: 66_000 });
	});
});

describe('sykepengeGrunnlag: hourly and shift workers (folketrygdloven § 8-28, NAV’s inntektsmelding guide)', () => {
	it('NAV’s example: 40 000 kr over 34 working days is 1 176 kr a working day and 13 333 kr a month', () => {
		// NAV's guide: 9 + 13 + 12 = 34 days worked in February–April, 40 000 kr in all.
		// Employer-period rate: 40 000 / 34 = 1 176.470… → 1 176.47 (NAV: 1 176 kr a day).
		// Monthly income in the inntektsmelding: 40 000 / 3 = 13 333.333… → 13 333.33 (NAV: 13 333).
		// NAV's grunnlag: 13 333.33 × 12 = 159 999.96 (§ 8-28), below 6 G; daily rate
		// 159 999.96 / 260 = 615.3844… → 615.38, paid 615 a weekday (§ 8-10).
		// The old reading, 1 176.47 × 260 = 305 882.20 a year, was almost twice as much.
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2026-05-09',
			hourly: { income: 40_000, daysWorked: 34 }
		});
		expect(r).toMatchObject({
			arbeidsgiverDagsats: 1_176.47,
			manedsinntekt: 13_333.33,
			arsinntekt: 159_999.96,
			capped: false,
			grunnlag: 159_999.96,
			dagsats: 615.38,
			dagsatsKr: 615
		});
		expect(Math.round(r.arbeidsgiverDagsats!)).toBe(1_176);
		expect(Math.floor(r.manedsinntekt)).toBe(13_333);
		expect(ids(r.steps)).toEqual([
			'sykepenger.g',
			'sykepenger.hourlyRounded',
			'sykepenger.manedsinntektRounded',
			'sykepenger.arsinntekt',
			'sykepenger.belowCap',
			// 9 May 2026 lies before 1 June: the ½ G minimum still takes G 130 160.
			'sykepenger.minimumOldG',
			'sykepenger.dagsats',
			'sykepenger.dagsatsKr'
		]);
		expect(r.steps[1]!.values).toEqual({ incomeKr: 40_000, days: 34, dailyKr: 1_176.47 });
		expect(r.steps[2]!.values).toEqual({ count: 3, sumKr: 40_000, manedKr: 13_333.33 });
	});

	it('NAV’s 14/14 rota: 42 days of 12 hours at 220 kr is 2 640 kr a day and 36 960 kr a month', () => {
		// 14 days a month × 3 months = 42 days; 42 × 12 × 220 = 110 880 kr.
		// Employer-period rate: 110 880 / 42 = 2 640 exactly. Monthly: 110 880 / 3 = 36 960.
		// Grunnlag 36 960 × 12 = 443 520 (below 6 G = 819 294 in 2026); daily rate
		// 443 520 / 260 = 1 705.846… → 1 705.85, paid 1 706.
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2026-09-01',
			hourly: { income: 42 * 12 * 220, daysWorked: 42 }
		});
		expect(r).toMatchObject({
			arbeidsgiverDagsats: 2_640,
			manedsinntekt: 36_960,
			arsinntekt: 443_520,
			grunnlag: 443_520,
			dagsats: 1_705.85,
			dagsatsKr: 1_706
		});
		expect(ids(r.steps).slice(1, 3)).toEqual(['sykepenger.hourly', 'sykepenger.manedsinntekt']);
		// No step rests on an interpretation: the rate and the average are whole øre.
		expect(r.steps.filter((s) => s.interpretation)).toEqual([]);
	});

	it('two or three days a week: the grunnlag is the month × 12, not the working-day rate × 260', () => {
		// 2 days a week at 1 500 kr: about 26 days in three months, 39 000 kr.
		// Month: 39 000 / 3 = 13 000; grunnlag 13 000 × 12 = 156 000 (not 1 500 × 260 = 390 000).
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-10-01',
			hourly: { income: 39_000, daysWorked: 26 }
		});
		expect([r.arbeidsgiverDagsats, r.manedsinntekt, r.grunnlag]).toEqual([1_500, 13_000, 156_000]);
		// 156 000 / 260 = 600 a weekday.
		expect([r.dagsats, r.dagsatsKr]).toEqual([600, 600]);
	});

	it('a job shorter than three months: its income over the months it lasted', () => {
		// 2 months, 30 000 kr over 20 days: 1 500 a working day; 15 000 a month; 180 000 a year.
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-10-01',
			hourly: { income: 30_000, daysWorked: 20, months: 2 }
		});
		expect([r.arbeidsgiverDagsats, r.manedsinntekt, r.arsinntekt]).toEqual([
			1_500, 15_000, 180_000
		]);
	});

	it('a high income is capped at 6 G too', () => {
		// 300 000 / 3 = 100 000 a month; × 12 = 1 200 000 > 6 × 130 160 = 780 960.
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-10-01',
			hourly: { income: 300_000, daysWorked: 60 }
		});
		expect(r).toMatchObject({ arsinntekt: 1_200_000, capped: true, grunnlag: 780_960 });
	});

	it('refuses months outside 1–3 and more days worked than the months have', () => {
		const at = (hourly: object) => grunnlagCodes({ firstDayOfAbsence: '2025-10-01', hourly });
		expect(at({ income: 1, daysWorked: 1, months: 4 })).toEqual(['hourly.months:invalid']);
		expect(at({ income: 1, daysWorked: 1, months: 1.5 })).toEqual(['hourly.months:invalid']);
		expect(at({ income: 1, daysWorked: 94 })).toEqual(['hourly.daysWorked:invalid']);
		expect(at({ income: 1, daysWorked: 32, months: 1 })).toEqual(['hourly.daysWorked:invalid']);
		expect(at({ income: 1, daysWorked: 93 })).toEqual([]);
	});
});

describe('sykepengeGrunnlag: the ½ G minimum takes the new G only from its own date (1 June 2026)', () => {
	// navikt/g grunnbeløp.json: 2026 G 136 549 from 1 May, virkningstidspunktForMinsteinntekt
	// 1 June 2026; navikt/helse-spleis Grunnbeløp.kt: gyldigSomMinsteinntektKrav = 1.juni(2026).
	// 5 600 kr a month = 67 200 a year. Half the old G: 130 160 / 2 = 65 080 (met). Half the new G:
	// 136 549 / 2 = 68 274.50 (not met).
	it('absence on 15 May 2026: the cap uses G 136 549, the minimum still G 130 160', () => {
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2026-05-15', months: [5_600] });
		expect(r).toMatchObject({
			g: 136_549,
			cap: 819_294,
			minsteinntektG: 130_160,
			halfG: 65_080,
			belowMinimum: false
		});
		expect(r.steps.find((s) => s.id === 'sykepenger.minimumOldG')!.values).toEqual({
			firstDayDate: '2026-05-15',
			minGKr: 130_160,
			halfGKr: 65_080,
			newFromDate: '2026-06-01'
		});
	});

	it('absence on 31 May 2026 still the old G; on 1 June 2026 the new one', () => {
		const on = (d: string) => sykepengeGrunnlag({ firstDayOfAbsence: d, months: [5_600] });
		expect([on('2026-05-31').halfG, on('2026-05-31').belowMinimum]).toEqual([65_080, false]);
		const june = on('2026-06-01');
		expect([june.g, june.minsteinntektG, june.halfG, june.belowMinimum]).toEqual([
			136_549,
			136_549,
			68_274.5,
			true
		]);
		expect(ids(june.steps)).not.toContain('sykepenger.minimumOldG');
		expect(june.steps.find((s) => s.id === 'sykepenger.belowMinimum')!.values).toEqual({
			arsKr: 67_200,
			halfGKr: 68_274.5
		});
	});

	it('helse-spleis’ own case: 28 May 2025 with 64 000 a year meets the minimum, 3 June 2025 not', () => {
		// 2025: G 130 160 from 1 May, for the minimum from 2 June. Before: G 124 028, half 62 014.
		// 64 000 ≥ 62 014 on 28 May; 64 000 < 65 080 on 3 June.
		const on = (d: string) =>
			sykepengeGrunnlag({ firstDayOfAbsence: d, months: [64_000 / 12] }).belowMinimum;
		expect([on('2025-05-28'), on('2025-06-03')]).toEqual([false, true]);
	});

	it('every G entry carries both dates, the minimum’s never before 1 May', () => {
		for (const e of GRUNNBELOP) {
			expect(e.from.slice(5)).toBe('05-01');
			expect(e.minsteinntektFrom >= e.from).toBe(true);
		}
		expect(GRUNNBELOP.map((e) => [e.value, e.minsteinntektFrom])).toContainEqual([
			136_549,
			'2026-06-01'
		]);
	});

	it('the 6 G cap keeps the G of the first day of absence, whatever the period paid', () => {
		// Absence from 20 April 2026: G 130 160, 6 G = 780 960, though the new G came on 1 May.
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2026-04-20', months: [70_000] });
		expect([r.g, r.cap, r.grunnlag]).toEqual([130_160, 780_960, 780_960]);
	});
});

describe('sykepengeGrunnlag: below half a G', () => {
	it('says NAV usually pays nothing, and still shows the figures', () => {
		// 2025: 1/2 G = 65 080; 5 000 × 12 = 60 000
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [5_000] });
		expect(r.belowMinimum).toBe(true);
		expect(r.steps.find((s) => s.id === 'sykepenger.belowMinimum')!.values).toEqual({
			arsKr: 60_000,
			halfGKr: 65_080
		});
		expect(
			sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [5_424] }).belowMinimum
		).toBe(false);
	});
});

describe('sykepengeGrunnlag: refused input', () => {
	it('negative, non-numeric, endless and huge income', () => {
		expect(grunnlagCodes({ firstDayOfAbsence: '2025-09-01', months: [1, -2, 3] })).toEqual([
			'months.1:negative'
		]);
		expect(
			grunnlagCodes({ firstDayOfAbsence: '2025-09-01', months: [Number.NaN, Infinity, 2e9] })
		).toEqual(['months.0:invalid', 'months.1:notFinite', 'months.2:tooLarge']);
		expect(
			grunnlagCodes({ firstDayOfAbsence: '2025-09-01', hourly: { income: -1, daysWorked: 0 } })
		).toEqual(['hourly.income:negative', 'hourly.daysWorked:invalid']);
	});

	it('months not over yet, relative to today', () => {
		// Absence 1 November: October must be over, so today must be 31 October or later.
		const at = (today: string) =>
			grunnlagCodes({ firstDayOfAbsence: '2025-11-01', months: [1, 2, 3], today });
		expect(at('2025-10-31')).toEqual([]);
		expect(at('2025-10-30')).toEqual(['firstDayOfAbsence:futureMonths']);
		expect(
			grunnlagCodes({ firstDayOfAbsence: '2025-12-10', months: [1], today: '2025-10-01' })
		).toEqual(['firstDayOfAbsence:futureMonths']);
	});

	it('nonsense dates', () => {
		for (const d of ['2026-02-30', '2025-13-01', '1.9.2025', 'i morgen', ''])
			expect(grunnlagCodes({ firstDayOfAbsence: d, months: [1] })).toEqual([
				'firstDayOfAbsence:badDate'
			]);
		expect(
			grunnlagCodes({ firstDayOfAbsence: '2025-09-01', months: [1], today: '2025-02-29' })
		).toEqual(['today:badDate']);
	});

	it('no income, too many months, or both ways at once', () => {
		expect(grunnlagCodes({ firstDayOfAbsence: '2025-09-01' })).toEqual(['months:required']);
		expect(grunnlagCodes({ firstDayOfAbsence: '2025-09-01', months: [] })).toEqual([
			'months:invalid'
		]);
		expect(grunnlagCodes({ firstDayOfAbsence: '2025-09-01', months: [1, 2, 3, 4] })).toEqual([
			'months:invalid'
		]);
		expect(
			grunnlagCodes({
				firstDayOfAbsence: '2025-09-01',
				months: [1],
				hourly: { income: 1, daysWorked: 1 }
			})
		).toEqual(['hourly:invalid']);
	});

	it('a G that is zero or negative', () => {
		expect(grunnlagCodes({ firstDayOfAbsence: '2026-06-01', months: [1], g: 0 })).toEqual([
			'g:invalid'
		]);
		expect(grunnlagCodes({ firstDayOfAbsence: '2026-06-01', months: [1], g: -5 })).toEqual([
			'g:negative'
		]);
	});

	it('reports every problem at once', () => {
		expect(grunnlagCodes({ firstDayOfAbsence: '2026-13-01', months: [-1], today: 'x' })).toEqual([
			'firstDayOfAbsence:badDate',
			'today:badDate',
			'months.0:negative'
		]);
		expect(codes(() => sykepengeGrunnlag(null as never))).toEqual(['input:invalid']);
	});
});

describe('sykepengePayments', () => {
	it('pays weekdays, one payment per calendar month, with the totals', () => {
		// 2026-03-23 (Mon) to 2026-04-10 (Fri): 7 weekdays in March, 8 in April
		const r = sykepengePayments({ dagsatsKr: 1_000, from: '2026-03-23', to: '2026-04-10' });
		expect(r.payments).toEqual([
			{ from: '2026-03-23', to: '2026-03-31', amount: 7_000, weekdays: 7 },
			{ from: '2026-04-01', to: '2026-04-10', amount: 8_000, weekdays: 8 }
		]);
		expect([r.weekdays, r.amount]).toEqual([15, 15_000]);
		expect(r.steps.map((s) => [s.id, s.interpretation ?? false])).toEqual([
			['sykepenger.weekdays', false],
			['sykepenger.payments', true]
		]);
		expect(r.steps[0]!.values).toEqual({
			fromDate: '2026-03-23',
			toDate: '2026-04-10',
			weekdays: 15,
			dagsatsKr: 1_000,
			amountKr: 15_000
		});
	});

	it('NAV’s example for September 2021: 22 weekdays × 2 455', () => {
		const r = sykepengePayments({ dagsatsKr: 2455, from: '2021-09-01', to: '2021-09-30' });
		expect([r.weekdays, r.amount]).toEqual([22, 54_010]);
	});

	it('a weekend alone pays nothing; a whole year has 261 weekdays in 2025', () => {
		expect(
			sykepengePayments({ dagsatsKr: 500, from: '2026-03-07', to: '2026-03-08' })
		).toMatchObject({ weekdays: 0, amount: 0 });
		const y = sykepengePayments({ dagsatsKr: 1, from: '2025-01-01', to: '2025-12-31' });
		expect([y.payments.length, y.weekdays]).toEqual([12, 261]);
	});

	it('a period over New Year is split at the year too', () => {
		// 29–31 December 2025 (Mon–Wed), 1–2 January 2026 (Thu–Fri)
		const r = sykepengePayments({ dagsatsKr: 100, from: '2025-12-29', to: '2026-01-02' });
		expect(r.payments.map((p) => [p.from, p.to, p.weekdays])).toEqual([
			['2025-12-29', '2025-12-31', 3],
			['2026-01-01', '2026-01-02', 2]
		]);
	});

	it('its payments feed the withholding calculation as they are', () => {
		const g = sykepengeGrunnlag({
			firstDayOfAbsence: '2026-01-05',
			months: [45_000, 45_000, 45_000]
		});
		const { payments } = sykepengePayments({
			dagsatsKr: g.dagsatsKr,
			from: '2026-01-21',
			to: '2026-03-15'
		});
		const w = withholdPayments({
			year: 2026,
			benefit: 'sykepenger',
			card: { kind: 'table', table: '8010' },
			payments
		});
		expect(w.payments).toHaveLength(3);
		expect(w.totals.gross).toBe(payments.reduce((s, p) => s + p.amount, 0));
	});

	it('refuses bad dates, a period backwards and a daily rate that is not whole kroner', () => {
		const pay = (input: object) => codes(() => sykepengePayments(input as never));
		expect(pay({ dagsatsKr: 1, from: '2026-02-30', to: 'x' })).toEqual([
			'from:badDate',
			'to:badDate'
		]);
		expect(pay({ dagsatsKr: 1, from: '2026-03-02', to: '2026-03-01' })).toEqual([
			'to:toBeforeFrom'
		]);
		expect(pay({ dagsatsKr: 2455.36, from: '2026-03-02', to: '2026-03-03' })).toEqual([
			'dagsatsKr:notInteger'
		]);
		expect(pay({ dagsatsKr: -1, from: '2026-03-02', to: '2026-03-03' })).toEqual([
			'dagsatsKr:negative'
		]);
	});
});

describe('weekdaysBetween', () => {
	it('matches counting day by day, before and after 1970', () => {
		const naive = (from: number, to: number) => {
			let n = 0;
			for (let d = from; d <= to; d++) {
				const dow = new Date(d * 86_400_000).getUTCDay();
				if (dow !== 0 && dow !== 6) n++;
			}
			return n;
		};
		fc.assert(
			fc.property(fc.integer({ min: -40_000, max: 40_000 }), fc.nat(800), (from, len) => {
				expect(weekdaysBetween(from, from + len)).toBe(naive(from, from + len));
			})
		);
		expect(weekdaysBetween(dayNumber('2026-03-09')!, dayNumber('2026-03-13')!)).toBe(5);
	});
});

describe('every sykepenger step can be worded', () => {
	it('each step has a sentence in nb, nn and en whose placeholders its values supply', () => {
		const steps = [
			...sykepengeGrunnlag({ firstDayOfAbsence: '2021-09-01', months: [55_000, 55_000, 55_000] })
				.steps,
			...sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [10_000, 10_000, 10_001] })
				.steps,
			...sykepengeGrunnlag({ firstDayOfAbsence: '2025-09-01', months: [5_000] }).steps,
			...sykepengeGrunnlag({ firstDayOfAbsence: '2026-06-01', months: [5_000], g: 135_000 }).steps,
			...sykepengeGrunnlag({
				firstDayOfAbsence: '2025-10-01',
				hourly: { income: 36_000, daysWorked: 24 }
			}).steps,
			...sykepengeGrunnlag({
				firstDayOfAbsence: '2025-10-01',
				hourly: { income: 1_000, daysWorked: 3 }
			}).steps,
			...sykepengeGrunnlag({ firstDayOfAbsence: '2026-05-15', months: [5_600] }).steps,
			...sykepengePayments({ dagsatsKr: 1_000, from: '2026-03-23', to: '2026-04-10' }).steps,
			...sykepengePayments({
				dagsatsKr: 1_001,
				from: '2026-03-02',
				to: '2026-03-31',
				firstDayOfAbsence: '2026-03-02',
				gradePct: 50
			}).steps
		];
		const wording = wordingCheck();
		wording.checkAll(steps);
		expect(wording.problems()).toEqual([]);
		// Every sentence is used by some step: no wording left behind.
		expect(wording.unused('sykepenger')).toEqual([]);
	});
});

describe('sykepenger from NAV: the employer period and graded leave (§5)', () => {
	it('the employer pays the first 16 days; NAV’s payments start on day 17', () => {
		// Absence from Monday 2 March 2026: the employer pays 2–17 March, NAV from 18 March.
		// 18–31 March: 10 weekdays × 1 000 = 10 000.
		const r = sykepengePayments({
			dagsatsKr: 1_000,
			from: '2026-03-02',
			to: '2026-03-31',
			firstDayOfAbsence: '2026-03-02'
		});
		expect(r.payments).toEqual([
			{ from: '2026-03-18', to: '2026-03-31', amount: 10_000, weekdays: 10 }
		]);
		expect(r.steps[0]).toMatchObject({
			id: 'sykepenger.arbeidsgiverperiode',
			values: { lastEmployerDate: '2026-03-17', navFromDate: '2026-03-18' }
		});
	});

	it('a period wholly inside the employer period has nothing from NAV, and says so', () => {
		expect(() =>
			sykepengePayments({
				dagsatsKr: 1_000,
				from: '2026-03-02',
				to: '2026-03-10',
				firstDayOfAbsence: '2026-03-02'
			})
		).toThrow(EngineError);
	});

	it('graded sick leave: the day rate × the grade, rounded to whole kroner', () => {
		// 60 % of 1 001 = 600,60 → 601 a day; 2–6 March 2026: 5 weekdays = 3 005.
		const r = sykepengePayments({
			dagsatsKr: 1_001,
			from: '2026-03-02',
			to: '2026-03-06',
			gradePct: 60
		});
		expect(r.payments[0]!.amount).toBe(3_005);
		expect(() =>
			sykepengePayments({ dagsatsKr: 1_000, from: '2026-03-02', to: '2026-03-06', gradePct: 10 })
		).toThrow(EngineError);
	});
});
