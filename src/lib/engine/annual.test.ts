import { describe, expect, it } from 'vitest';
import { wordingCheck } from '../i18n/wording.testkit';
import { annualTax, yearEndOutcome, type AnnualTaxInput } from './annual';
import { EngineError } from './errors';

// Worked by hand from docs/annual-and-back-payments.md §2–3; each case names the rule it shows.
describe('annualTax', () => {
	it('2026, 300 000 kr uføretrygd: minstefradrag capped, trinn 1, full trygdeavgift', () => {
		// minstefradrag 46 % = 138 000 → max 95 700; alminnelig 204 300; − 114 540 = 89 760 × 22 % = 19 747
		// trinnskatt (300 000 − 226 100) × 1.7 % = 1 256.3 → 1 256; trygdeavgift 7.6 % = 22 800
		const r = annualTax({ year: 2026, wageIncome: 300_000 });
		expect(r).toMatchObject({
			minstefradrag: 95_700,
			alminneligInntekt: 204_300,
			skattAlminneligInntekt: 19_747,
			trinnskatt: 1_256,
			trygdeavgift: 22_800,
			total: 43_803
		});
	});

	it('2025, 600 000 kr: two brackets, 7.7 % trygdeavgift', () => {
		// minstefradrag 92 000; (600 000 − 92 000 − 108 550) × 22 % = 87 879
		// trinn: 88 650 × 1.7 % = 1 507.05 + 293 950 × 4 % = 11 758 → 13 265; trygdeavgift 46 200
		expect(annualTax({ year: 2025, wageIncome: 600_000 }).total).toBe(87_879 + 13_265 + 46_200);
	});

	it('2026, 1 000 000 kr reaches trinn 4', () => {
		// trinn: 92 200 × 1.7 % = 1 567.4; 406 750 × 4 % = 16 270; 255 050 × 13.7 % = 34 941.85;
		// 19 900 × 16.8 % = 3 343.2 → 56 122.45 → 56 122
		expect(annualTax({ year: 2026, wageIncome: 1_000_000 }).trinnskatt).toBe(56_122);
	});

	it('trygdeavgift is phased in just above the lower limit', () => {
		// 2026, 120 000: 7.6 % = 9 120, but at most 25 % × (120 000 − 99 650) = 5 087.5 → 5 088
		const r = annualTax({ year: 2026, wageIncome: 120_000 });
		expect(r.trygdeavgift).toBe(5_088);
		expect(r.steps.map((s) => s.id)).toContain('annual.trygdeavgiftPhaseIn');
		// At or below the lower limit: none at all.
		expect(annualTax({ year: 2026, wageIncome: 99_650 }).trygdeavgift).toBe(0);
		expect(annualTax({ year: 2024, wageIncome: 69_650 }).trygdeavgift).toBe(0);
	});

	it('Finnmark and Nord-Troms: 18.5 % and the finnmarksfradrag', () => {
		// 2026: 204 300 − (114 540 + 45 000) = 44 760 × 18.5 % = 8 280.6 → 8 281
		expect(annualTax({ year: 2026, wageIncome: 300_000, finnmark: true }).total).toBe(
			8_281 + 1_256 + 22_800
		);
	});

	it('Finnmark 2023: trinn 3 at 11.5 %', () => {
		// 700 000: 80 800 × 1.7 % = 1 373.6; 363 800 × 4 % = 14 552; 57 050 × 11.5 % = 6 560.75 → 22 486
		expect(annualTax({ year: 2023, wageIncome: 700_000, finnmark: true }).trinnskatt).toBe(22_486);
		// and 13.5 % elsewhere: 57 050 × 13.5 % = 7 701.75 → 23 627
		expect(annualTax({ year: 2023, wageIncome: 700_000 }).trinnskatt).toBe(23_627);
	});

	it('combined minstefradrag: each worked out, the sum capped at the wage maximum (settled, not an interpretation)', () => {
		// Skatteetaten's rates page for minstefradrag: with both wage and pension, the sum is capped
		// at the wage maximum. 2026: 46 % × 200 000 = 92 000 and 40 % × 100 000 = 40 000;
		// 132 000 → 95 700; trygdeavgift 15 200 + 5 100 = 20 300
		// (a pension without the credit: tjenestepensjon, say)
		const r = annualTax({
			year: 2026,
			wageIncome: 200_000,
			pensionIncome: 100_000,
			pensionTaxCredit: false
		});
		expect(r.minstefradrag).toBe(95_700);
		expect(r.trygdeavgift).toBe(20_300);
		expect(r.total).toBe(19_747 + 1_256 + 20_300);
		expect(r.interpretation).toBe(false);
		expect(r.steps.find((s) => s.id === 'annual.minstefradragCombined')?.interpretation).toBe(
			undefined
		);
		expect(r.pensionCreditStatus).toBe('notQualifying');
	});

	it('other deductions lower alminnelig inntekt, not personinntekt', () => {
		const r = annualTax({ year: 2026, wageIncome: 300_000, deductions: 10_000 });
		expect(r.alminneligInntekt).toBe(194_300);
		expect(r.trinnskatt).toBe(1_256);
	});

	it('other alminnelig inntekt (a 9xxx addition) is taxed at 22 % only', () => {
		// 2026, 300 000 + 20 000: alminnelig 224 300 − 114 540 = 109 760 × 22 % = 24 147.2 → 24 147;
		// trinnskatt and trygdeavgift as without it (1 256, 22 800)
		const r = annualTax({ year: 2026, wageIncome: 300_000, capitalIncome: 20_000 });
		expect(r).toMatchObject({ alminneligInntekt: 224_300, total: 24_147 + 1_256 + 22_800 });
	});

	it('the parts add up to the total and the last step says so', () => {
		const r = annualTax({ year: 2025, wageIncome: 450_000 });
		expect(r.total).toBe(r.skattAlminneligInntekt + r.trinnskatt + r.trygdeavgift);
		expect(r.steps.at(-1)!.values.totalKr).toBe(r.total);
	});

	const bad: Array<[string, object, string, string]> = [
		[
			'pension credit months outside 1–12',
			{ year: 2026, pensionIncome: 1, pensionTaxCredit: { months: 13 } },
			'pensionTaxCredit.months',
			'invalid'
		],
		[
			'a pension grade of 0',
			{ year: 2026, pensionIncome: 1, pensionTaxCredit: { gradePct: 0 } },
			'pensionTaxCredit.gradePct',
			'percentRange'
		],
		[
			'more uføretrygd than wage-type income',
			{ year: 2026, wageIncome: 10, uforetrygdIncome: 11 },
			'uforetrygdIncome',
			'invalid'
		],
		['no income at all', { year: 2026 }, 'wageIncome', 'invalid'],
		['an unknown year', { year: 2022, wageIncome: 1 }, 'year', 'unknownYear'],
		['negative income', { year: 2026, wageIncome: -1 }, 'wageIncome', 'negative'],
		[
			'negative pension',
			{ year: 2026, wageIncome: 1, pensionIncome: -5 },
			'pensionIncome',
			'negative'
		],
		[
			'deductions above income',
			{ year: 2026, wageIncome: 100, deductions: 101 },
			'deductions',
			'deductionsExceedIncome'
		],
		['not a number', { year: 2026, wageIncome: 'x' }, 'wageIncome', 'invalid']
	];
	for (const [name, input, field, code] of bad) {
		it(`refuses ${name}`, () => {
			try {
				annualTax(input as never);
				expect.unreachable();
			} catch (e) {
				expect(e).toBeInstanceOf(EngineError);
				expect((e as EngineError).issues[0]).toMatchObject({ field, code });
			}
		});
	}
});

describe('yearEndOutcome', () => {
	it('restskatt when too little was withheld, tilgode when too much', () => {
		expect(yearEndOutcome(43_803, 40_000)).toMatchObject({ kind: 'restskatt', amount: 3_803 });
		expect(yearEndOutcome(43_803, 45_000)).toMatchObject({ kind: 'tilgode', amount: 1_197 });
		expect(yearEndOutcome(100, 100)).toMatchObject({ kind: 'even', amount: 0 });
	});
});

describe('every annual step can be worded', () => {
	it('each step has a sentence in nb, nn and en whose placeholders are all among its values', () => {
		const steps = [
			...[2023, 2024, 2025, 2026].flatMap((year) =>
				(
					[
						{ wageIncome: 50_000 },
						{ wageIncome: 120_000, deductions: 5_000, capitalIncome: 20_000 },
						{ wageIncome: 200_000, pensionIncome: 100_000, finnmark: true },
						{ wageIncome: 0, pensionIncome: 400_000 },
						{ wageIncome: 2_000_000 },
						{ wageIncome: 300_000, lowTrygdeavgiftOnWages: true },
						{ pensionIncome: 150_000, pensionTaxCredit: { months: 6 } },
						{ wageIncome: 1, pensionIncome: 1, pensionTaxCredit: false }
					] satisfies Array<Omit<AnnualTaxInput, 'year'>> as Array<Omit<AnnualTaxInput, 'year'>>
				).flatMap((i) => annualTax({ year, ...i }).steps)
			),
			...[40_000, 45_000, 43_803].flatMap((w) => yearEndOutcome(43_803, w).steps)
		];
		const wording = wordingCheck();
		wording.checkAll(steps);
		expect(wording.problems()).toEqual([]);
		// No covered year lacks the credit's figures today; pension-credit.test.ts words that step.
		wording.use('annual', 'pensionCreditNotCovered');
		expect(wording.unused('annual')).toEqual([]);
	});
});
