import { afterEach, describe, expect, it, vi } from 'vitest';
import nbSteps from '../i18n/messages/nb/steps/annual';
import { annualTax } from './annual';

// Skattefradrag for pensjonsinntekt (skatteloven § 16-1; Skatte-ABC S-13; docs/annual-and-back-payments.md
// §2.8). Worked by hand; 2026 figures after the June 2026 change: max 39 100, 19.1 % above
// 294 200, 6 % above 437 100.
describe('skattefradrag for pensjonsinntekt', () => {
	it('2026, a full year of alderspensjon at 300 000 (credit assumed: 12 months at 100 %)', () => {
		// minstefradrag 40 % = 120 000 → max 75 400; alminnelig 224 600 − 114 540 = 110 060 × 22 %
		// = 24 213.2 → 24 213; trinnskatt 73 900 × 1.7 % = 1 256.3 → 1 256; trygdeavgift 5.1 % =
		// 15 300; before the credit 40 769.
		// credit 39 100 − 19.1 % × (300 000 − 294 200) = 39 100 − 1 107.8 = 37 992.2 → 37 992
		// tax 40 769 − 37 992 = 2 777
		const r = annualTax({ year: 2026, pensionIncome: 300_000 });
		expect(r).toMatchObject({
			totalBeforeCredit: 40_769,
			pensionCredit: 37_992,
			total: 2_777,
			pensionCreditStatus: 'assumed',
			interpretation: true
		});
		const assumed = r.steps.find((s) => s.id === 'annual.pensionCreditAssumed');
		expect(assumed).toMatchObject({ values: { months: 12, gradePct: 100 }, interpretation: true });
		expect(r.steps.at(-1)).toMatchObject({
			id: 'annual.totalAfterCredit',
			values: { beforeKr: 40_769, creditKr: 37_992, totalKr: 2_777 }
		});
		// The same terms given explicitly: the same figure, but nothing assumed.
		const given = annualTax({
			year: 2026,
			wageIncome: 0,
			pensionIncome: 300_000,
			pensionTaxCredit: { months: 12, gradePct: 100 }
		});
		expect(given.total).toBe(2_777);
		expect(given.pensionCreditStatus).toBe('applied');
		expect(given.steps.map((s) => s.id)).not.toContain('annual.pensionCreditAssumed');
	});

	it('2026, part of the year: wages January–June, alderspensjon for 6 months', () => {
		// wage 300 000, pension 150 000. minstefradrag 95 700 + 60 000 → capped 95 700;
		// alminnelig 450 000 − 95 700 − 114 540 = 239 760 × 22 % = 52 747.2 → 52 747;
		// trinnskatt 92 200 × 1.7 % = 1 567.4 + 131 700 × 4 % = 5 268 → 6 835;
		// trygdeavgift 22 800 + 7 650 = 30 450; before 90 032.
		// 6/12: max 19 550, thresholds 147 100 and 218 550; 19.1 % × (150 000 − 147 100) = 553.9;
		// credit 19 550 − 553.9 = 18 996.1 → 18 996; tax 90 032 − 18 996 = 71 036
		const r = annualTax({
			year: 2026,
			wageIncome: 300_000,
			pensionIncome: 150_000,
			pensionTaxCredit: { months: 6 }
		});
		expect(r).toMatchObject({ totalBeforeCredit: 90_032, pensionCredit: 18_996, total: 71_036 });
		expect(r.steps.find((s) => s.id === 'annual.pensionCredit')!.values).toMatchObject({
			months: 6,
			maxKr: 19_550,
			threshold1Kr: 147_100,
			threshold2Kr: 218_550,
			creditKr: 18_996
		});
	});

	it('2026, graded: 50 % alderspensjon beside a job', () => {
		// wage 300 000, pension 200 000: minstefradrag 95 700 + 80 000 → 95 700;
		// alminnelig 500 000 − 95 700 − 114 540 = 289 760 × 22 % = 63 747.2 → 63 747;
		// trinnskatt 1 567.4 + 181 700 × 4 % = 7 268 → 8 835; trygdeavgift 22 800 + 10 200 = 33 000;
		// before 105 582. 50 %: max 19 550, thresholds 147 100 / 218 550;
		// 19.1 % × (200 000 − 147 100) = 10 103.9; credit 9 446.1 → 9 446; tax 96 136
		const r = annualTax({
			year: 2026,
			wageIncome: 300_000,
			pensionIncome: 200_000,
			pensionTaxCredit: { gradePct: 50 }
		});
		expect(r).toMatchObject({ totalBeforeCredit: 105_582, pensionCredit: 9_446, total: 96_136 });
		// Half the months at half the grade is a quarter: 39 100 / 4 = 9 775, no taper at 50 000.
		const quarter = annualTax({
			year: 2026,
			pensionIncome: 50_000,
			wageIncome: 400_000,
			pensionTaxCredit: { months: 6, gradePct: 50 }
		});
		expect(quarter.pensionCredit).toBe(9_775);
	});

	it('the 2026 taper: 19.1 % above 294 200, then 6 % above 437 100, never below 0', () => {
		// The credit as computed (before it is held to the tax).
		const credit = (p: number) =>
			annualTax({ year: 2026, pensionIncome: p }).steps.find(
				(s) => s.id === 'annual.pensionCredit'
			)!.values.creditKr;
		// Up to 294 200: the whole 39 100. The tax there is 22 937 + 1 158 + 15 004 = 39 099
		// ((294 200 − 75 400 − 114 540) × 22 % = 22 937.2; 68 100 × 1.7 % = 1 157.7; 5.1 % =
		// 15 004.2): the credit takes it all, so a pension up to about 294 200 is tax-free.
		expect(credit(294_200)).toBe(39_100);
		expect(annualTax({ year: 2026, pensionIncome: 294_200 }).total).toBe(0);
		// 400 000: 39 100 − 19.1 % × 105 800 = 39 100 − 20 207.8 = 18 892.2 → 18 892
		expect(credit(400_000)).toBe(18_892);
		// 437 100: 39 100 − 19.1 % × 142 900 = 39 100 − 27 293.9 = 11 806.1 → 11 806
		expect(credit(437_100)).toBe(11_806);
		// 500 000: 11 806.1 − 6 % × 62 900 = 11 806.1 − 3 774 = 8 032.1 → 8 032
		const r = annualTax({ year: 2026, pensionIncome: 500_000 });
		// before: (500 000 − 75 400 − 114 540) × 22 % = 68 213.2 → 68 213; trinnskatt 8 835;
		// trygdeavgift 25 500; 102 548 − 8 032 = 94 516
		expect(r).toMatchObject({ totalBeforeCredit: 102_548, pensionCredit: 8_032, total: 94_516 });
		// 600 000: 11 806.1 − 6 % × 162 900 = 11 806.1 − 9 774 = 2 032.1 → 2 032
		expect(credit(600_000)).toBe(2_032);
		// Gone from 437 100 + 11 806.1 / 6 % = 633 868.33: 0 at 700 000, not negative.
		expect(credit(700_000)).toBe(0);
		expect(annualTax({ year: 2026, pensionIncome: 700_000 }).total).toBe(
			annualTax({ year: 2026, pensionIncome: 700_000, pensionTaxCredit: false }).total
		);
	});

	it('2025 and the years before: 16.7 % above the first threshold', () => {
		// 2025, 300 000: 36 000 − 16.7 % × (300 000 − 276 400) = 36 000 − 3 941.2 = 32 058.8 → 32 059
		expect(annualTax({ year: 2025, pensionIncome: 300_000 }).pensionCredit).toBe(32_059);
		// 2024, 300 000: 34 350 − 16.7 % × (300 000 − 258 400) = 34 350 − 6 947.2 = 27 402.8 → 27 403
		expect(annualTax({ year: 2024, pensionIncome: 300_000 }).pensionCredit).toBe(27_403);
		// 2023, 300 000: 32 825 − 16.7 % × (300 000 − 246 800) = 32 825 − 8 884.4 = 23 940.6 → 23 941
		expect(annualTax({ year: 2023, pensionIncome: 300_000 }).pensionCredit).toBe(23_941);
	});

	it('uføretrygd counts in samlet pensjonsinntekt and tapers the credit', () => {
		// 2026: pension 200 000 alone is below 294 200: the whole 39 100.
		// With 150 000 uføretrygd: samlet 350 000; 19.1 % × 55 800 = 10 657.8; 28 442.2 → 28 442
		const r = annualTax({
			year: 2026,
			wageIncome: 150_000,
			uforetrygdIncome: 150_000,
			pensionIncome: 200_000
		});
		expect(r.pensionCredit).toBe(28_442);
		// The same wage income that is not uføretrygd leaves the credit whole.
		expect(
			annualTax({ year: 2026, wageIncome: 150_000, pensionIncome: 200_000 }).pensionCredit
		).toBe(39_100);
		// Uføretrygd without a pension gives no credit at all.
		const u = annualTax({ year: 2026, wageIncome: 300_000, uforetrygdIncome: 300_000 });
		expect(u).toMatchObject({ pensionCredit: 0, pensionCreditStatus: 'none', total: 43_803 });
	});

	it('the credit reduces the tax to 0 and no further', () => {
		// 2026, 150 000 of pension: trygdeavgift 7 650 only (alminnelig 90 000 is below the
		// personfradrag); the full credit 39 100 − 0 is larger: the tax becomes 0, not −31 450.
		const r = annualTax({ year: 2026, pensionIncome: 150_000 });
		expect(r).toMatchObject({ totalBeforeCredit: 7_650, pensionCredit: 7_650, total: 0 });
		expect(r.steps.find((s) => s.id === 'annual.pensionCreditCapped')!.values).toMatchObject({
			creditKr: 39_100,
			usedKr: 7_650
		});
	});

	it('false: a pension that does not qualify gets no credit, and the result says so', () => {
		const r = annualTax({ year: 2026, pensionIncome: 300_000, pensionTaxCredit: false });
		expect(r).toMatchObject({
			total: 40_769,
			pensionCredit: 0,
			pensionCreditStatus: 'notQualifying'
		});
		expect(r.steps.map((s) => s.id)).toContain('annual.pensionCreditNotQualifying');
	});
});

describe('a year without the credit’s figures', () => {
	afterEach(() => {
		vi.doUnmock('./rules');
		vi.resetModules();
	});

	it('leaves the credit out and says so, in words with every value', async () => {
		vi.resetModules();
		const real = await vi.importActual<typeof import('./rules')>('./rules');
		vi.doMock('./rules', () => ({
			...real,
			getYearRules: (y: number) => {
				const r = real.getYearRules(y);
				const annual = { ...r.annual };
				delete annual.skattefradragPensjon;
				return { ...r, annual };
			}
		}));
		const { annualTax: mocked } = await import('./annual');
		const r = mocked({ year: 2026, pensionIncome: 300_000 });
		expect(r).toMatchObject({
			pensionCredit: 0,
			pensionCreditStatus: 'notCovered',
			total: 40_769,
			interpretation: true
		});
		const s = r.steps.find((x) => x.id === 'annual.pensionCreditNotCovered')!;
		for (const m of nbSteps.pensionCreditNotCovered.matchAll(/\{\{(\w+)\}\}/gu))
			expect(s.values).toHaveProperty(m[1]!);
	});
});
