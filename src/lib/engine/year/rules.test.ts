import { describe, expect, it } from 'vitest';
import { annualTax } from '../annual';
import type { PaymentInput } from '../payments';
import { yourYear } from '../year';
import { uforeYear } from '../ufore';
import { svalbardYearTax } from './finalTax';

// The rules of a person's year that are not a full year of one resident income
// (docs/annual-and-back-payments.md §2.5, §2.8, §2.10, §2.11, §2b, §4). 2026 figures from the year's
// module: personfradrag 114 540; 22 %; trinnskatt 1.7 % from 226 100, 4.0 % from 318 300;
// trygdeavgift 7.6 % (wages), 5.1 % (pension, the low rate), lower limit 99 650, 25 % phase-in;
// minstefradrag wages 46 % up to 95 700, pension 40 % up to 75 400; the pension credit 39 100,
// 19.1 % from 294 200, 6 % from 437 100.

function months(amount: number, from = 1, to = 12, year = 2026): PaymentInput[] {
	return Array.from({ length: to - from + 1 }, (_, k) => {
		const i = from - 1 + k;
		const mm = String(i + 1).padStart(2, '0');
		const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
		return {
			from: `${year}-${mm}-01`,
			to: `${year}-${mm}-${last}`,
			amount,
			paidOn: `${year}-${mm}-20`
		};
	});
}

describe('pension credit for part of a year (skatteloven § 16-1; Skatte-ABC S-13 3.2.3, 3.3)', () => {
	it('the month-reduced maximum is rounded to whole kroner before the grade', () => {
		// 11 months at 80 %: 39 100 × 11 / 12 = 35 841.67 → 35 842; × 80 % = 28 673.6 → 28 674
		// (the other order gives 35 841.67 × 80 % = 28 673.33 → 28 673). Samlet pensjonsinntekt
		// 200 000 is below the threshold 294 200 × 11/12 × 80 % = 215 746.67: no taper.
		// Tax before the credit, wages 300 000 and pension 200 000: minstefradrag 95 700 + 75 400
		// capped at 95 700; (500 000 − 95 700 − 114 540) × 22 % = 63 747.2 → 63 747; trinnskatt
		// 92 200 × 1.7 % + 181 700 × 4 % = 8 835.4 → 8 835; trygdeavgift 22 800 + 10 200 = 33 000;
		// 105 582. After the credit: 105 582 − 28 674 = 76 908.
		const r = annualTax({
			year: 2026,
			wageIncome: 300_000,
			pensionIncome: 200_000,
			pensionTaxCredit: { months: 11, gradePct: 80 }
		});
		expect(r.totalBeforeCredit).toBe(105_582);
		expect(r.pensionCredit).toBe(28_674);
		expect(r.total).toBe(76_908);
	});

	it('uføretrygd counts in the pension income that tapers the credit', () => {
		// Uføretrygd 200 000 (taxed as wages) and pension 100 000: samlet 300 000;
		// (300 000 − 294 200) × 19.1 % = 1 107.8; 39 100 − 1 107.8 = 37 992.2 → 37 992. Tax before
		// the credit: minstefradrag 92 000 + 40 000 capped at 95 700; (300 000 − 95 700 − 114 540)
		// × 22 % = 19 747.2 → 19 747; trinnskatt 73 900 × 1.7 % = 1 256.3 → 1 256; trygdeavgift
		// 15 200 + 5 100 = 20 300; 41 303 − 37 992 = 3 311.
		const r = annualTax({
			year: 2026,
			wageIncome: 200_000,
			uforetrygdIncome: 200_000,
			pensionIncome: 100_000,
			pensionTaxCredit: { months: 12, gradePct: 100 }
		});
		expect(r.pensionCredit).toBe(37_992);
		expect(r.total).toBe(3_311);
	});

	it('a NAV pension paid July–December: six months from the payments, and the step says so', () => {
		// Alderspensjon 50 000 a month, July–December: 300 000. Six months: maximum 19 550,
		// thresholds 147 100 and 218 550; 71 450 × 19.1 % = 13 646.95 and 81 450 × 6 % = 4 887;
		// 19 550 − 18 533.95 = 1 016.05 → 1 016 (twelve months would give 37 992: about 37 000 kr
		// too optimistic). Tax before: minstefradrag 75 400; (300 000 − 75 400 − 114 540) × 22 %
		// = 24 213.2 → 24 213; trinnskatt 1 256; trygdeavgift 15 300; 40 769 − 1 016 = 39 753.
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'alderspensjon',
						card: { kind: 'percent', percent: 13 },
						payments: months(50_000, 7, 12)
					}
				}
			]
		});
		expect(r.steps.find((s) => s.id === 'year.pensionMonthsFromPayments')?.values).toEqual({
			from: 7,
			to: 12,
			months: 6
		});
		expect(r.annual!.pensionCredit).toBe(1_016);
		expect(r.annual!.total).toBe(39_753);
	});

	it('a pension given as an amount is asked for its months, never 12 taken silently', () => {
		const r = yourYear({
			year: 2026,
			sources: [{ kind: 'pension', amount: 200_000, withholding: { by: 'known', withheld: 0 } }]
		});
		expect(r.needs).toEqual([{ field: 'sources.0.pensionCredit.months', code: 'required' }]);
		expect(r.outcome).toBeUndefined();
	});
});

describe('pension from another payer on a table card: 11 months (skattebetalingsloven § 5-7)', () => {
	it('a tjenestepensjon on table 8010 is withheld over 11 months, wages over 10.5', () => {
		// 303 024 a year is 25 252 a month; Skatteetaten's vector for 2026, table 8010, month,
		// 25 252: 4 383. Pension: 4 383 × 11 = 48 213. Wages: 4 383 × 10.5 = 46 021.5 → 46 022.
		const of = (kind: 'pensionNoCredit' | 'wage') =>
			yourYear({
				year: 2026,
				deductions: 0,
				birthYear: 1960,
				sources: [{ kind, amount: 303_024, withholding: { by: 'table', table: '8010' } }]
			}).sources[0]!.withheld;
		expect(of('pensionNoCredit')).toBe(48_213);
		expect(of('wage')).toBe(46_022);
	});
});

describe('kildeskatt is the year’s tax', () => {
	it('alderspensjon on kildeskatt: 15 % of it, no pension credit, nothing back', () => {
		// 20 000 a month: 240 000; 15 % = 36 000, the same as withheld (3 000 a month, every month).
		const r = yourYear({
			year: 2026,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'alderspensjon',
						card: { kind: 'kildeskatt' },
						payments: months(20_000)
					}
				}
			]
		});
		expect(r.annual!.total).toBe(36_000);
		expect(r.annual!.pensionCredit).toBe(0);
		expect(r.withheld).toBe(36_000);
		expect(r.outcome).toMatchObject({ kind: 'even', net: 0, low: 0, high: 0 });
		expect(r.steps.map((s) => s.id)).toContain('year.kildeskattException');
	});

	it('uføretrygd on kildeskatt (the uføretrygd page): the same', () => {
		// 25 000 a month: 300 000 × 15 % = 45 000; withheld 3 750 × 12 = 45 000.
		const r = uforeYear({ year: 2026, monthly: 25_000, card: { kind: 'kildeskatt' } });
		expect(r.annual.total).toBe(45_000);
		expect(r.outcome).toEqual({ kind: 'even', amount: 0 });
	});

	it('back pay on kildeskatt: withheld at 15 %, and 15 % is its tax too (no relief, no refund)', () => {
		// Uføretrygd 25 000 a month (300 000) and a back payment of 100 000 for 2025: NAV's
		// back-pay rate on kildeskatt is 15 %: 15 000; the year's tax 15 % × 400 000 = 60 000;
		// withheld 45 000 + 15 000 = 60 000.
		const r = yourYear({
			year: 2026,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'uforetrygd',
						card: { kind: 'kildeskatt' },
						payments: months(25_000)
					}
				},
				{
					kind: 'uforetrygd',
					amount: 100_000,
					withholding: { by: 'backPay', benefit: 'uforetrygd', forYear: 2025 }
				}
			]
		});
		expect(r.sources[1]!.withheld).toBe(15_000);
		expect(r.annual!.total).toBe(60_000);
		expect(r.outcome).toMatchObject({ net: 0, low: 0, high: 0 });
	});

	it('wages cannot be in the kildeskatt estimate: refused at the field', () => {
		expect(() =>
			yourYear({
				year: 2026,
				sources: [
					{
						withholding: {
							by: 'nav',
							benefit: 'alderspensjon',
							card: { kind: 'kildeskatt' },
							payments: months(20_000)
						}
					},
					{ kind: 'wage', amount: 100_000, withholding: { by: 'percent', percent: 25 } }
				]
			})
		).toThrow(/sources\.1\.kind: kildeskattNotAllowed/u);
	});
});

describe('Svalbard is a gross tax (Skatteetaten: Skattesatser på Svalbard; Skatte-ABC S-22)', () => {
	it('8 % up to 12 G, 22 % above, trygdeavgift on top; no deductions', () => {
		// G from 1 May 2026: 136 549; 12 G = 1 638 588. Wages 1 800 000: 1 638 588 × 8 % =
		// 131 087.04; 161 412 × 22 % = 35 510.64; 166 597.68 → 166 598. Trygdeavgift 7.6 % =
		// 136 800. Total 303 398.
		const r = svalbardYearTax(2026, 1_800_000, 0)!;
		expect(r.total).toBe(303_398);
		expect(r.trygdeavgift).toBe(136_800);
	});

	it('before the G of 1 May is known (2027): the G of 1 January, said as an interpretation', () => {
		// G from 1 May 2026, in force 1 January 2027: 136 549; 12 G = 1 638 588. Wages 100 000:
		// 8 % = 8 000; trygdeavgift 2027 (the proposal's wage rate, 7.4 %) 7 400.
		const r = svalbardYearTax(2027, 100_000, 0)!;
		expect(r.steps.find((s) => s.id === 'year.svalbardGAssumed')).toMatchObject({
			values: { year: 2027, gKr: 136_549 },
			interpretation: true
		});
		expect(r.total).toBe(8_000 + 7_400);
	});

	it('alderspensjon on the Svalbard card: withheld is the year’s tax, no pension credit', () => {
		// 20 000 a month: 240 000 × 8 % = 19 200, trygdeavgift 5.1 % = 12 240: 31 440; NAV's
		// Svalbard pension rate 13.1 % × 20 000 = 2 620 a month: 31 440.
		const r = yourYear({
			year: 2026,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'alderspensjon',
						card: { kind: 'svalbard' },
						payments: months(20_000)
					}
				}
			]
		});
		expect(r.annual!.total).toBe(31_440);
		expect(r.annual!.pensionCredit).toBe(0);
		expect(r.outcome).toMatchObject({ net: 0, low: 0, high: 0 });
	});
});

describe('back pay for an earlier year gets the spreading relief (FSFIN § 14-3-1)', () => {
	// Wages 400 000 in 2026 and uføretrygd back pay of 100 000 for 2025.
	// Taxed in 2026, 500 000: 63 747 + 8 835 + 38 000 = 110 582; without it, 400 000: (304 300 −
	// 114 540) × 22 % = 41 747.2 → 41 747, trinnskatt 1 567.4 + 3 268 = 4 835.4 → 4 835,
	// trygdeavgift 30 400: 76 982. Extra in 2026: 33 600.
	// Spread to 2025 with no other income that year: minstefradrag 46 000; 54 000 is below the
	// personfradrag 108 550; trygdeavgift 7.7 % = 7 700, capped at (100 000 − 99 650) × 25 % =
	// 87.5 → 88. Extra in 2025: 88. Relief 33 600 − 88 = 33 512.
	const sources = (earlierIncome?: number) => [
		{
			kind: 'wage' as const,
			amount: 400_000,
			withholding: { by: 'known' as const, withheld: 80_000 }
		},
		{
			kind: 'uforetrygd' as const,
			amount: 100_000,
			withholding: {
				by: 'backPay' as const,
				benefit: 'uforetrygd' as const,
				forYear: 2025,
				...(earlierIncome !== undefined ? { earlierIncome } : {})
			}
		}
	];
	it('with the earlier year’s income: the relief comes off the year’s tax', () => {
		const r = yourYear({ year: 2026, deductions: 0, birthYear: 1970, sources: sources(0) });
		expect(r.annual!.total).toBe(110_582 - 33_512);
		expect(r.steps.some((s) => s.id === 'year.backPayRelief')).toBe(false);
		expect(r.annual!.steps.find((s) => s.id === 'year.backPayRelief')?.values.reliefKr).toBe(
			33_512
		);
	});
	it('without it: a range from no relief to the largest, and the missing figure named', () => {
		const r = yourYear({ year: 2026, deductions: 0, birthYear: 1970, sources: sources() });
		// Withheld: 80 000 + 44 % × 100 000 = 124 000.
		expect(r.annual!.total).toBe(110_582);
		expect(r.outcome).toMatchObject({
			net: 110_582 - 124_000,
			high: 110_582 - 124_000,
			low: 110_582 - 124_000 - 33_512
		});
		const a = r.assumptions.find((x) => x.id === 'year.assumption.backPayRelief')!;
		expect(a.values).toMatchObject({ forYear: 2025, reliefKr: 33_512 });
		expect(a.inRange).toBe(true);
	});
});

describe('trygdeavgift on wages at the low rate under 17 and over 69 (folketrygdloven § 23-3)', () => {
	// Wages 300 000: 19 747 + 1 256 + 7.6 % × 300 000 = 22 800: 43 803. At the low rate
	// 5.1 % = 15 300: 36 303.
	const tax = (birthYear?: number) =>
		yourYear({
			year: 2026,
			deductions: 0,
			...(birthYear !== undefined ? { birthYear } : {}),
			sources: [{ kind: 'wage', amount: 300_000, withholding: { by: 'known', withheld: 40_000 } }]
		});
	it('70 in the year (born 1956) and 16 (born 2010): the low rate; 69 and 17: the wage rate', () => {
		expect(tax(1956).annual!.total).toBe(36_303);
		expect(tax(2010).annual!.total).toBe(36_303);
		expect(tax(1957).annual!.total).toBe(43_803);
		expect(tax(2009).annual!.total).toBe(43_803);
	});
	it('no year of birth: 17–69 assumed and said, with what the low rate would give, in the range', () => {
		const r = tax();
		expect(r.annual!.total).toBe(43_803);
		expect(r.assumptions.find((a) => a.id === 'year.assumption.age')?.values).toEqual({
			lowerKr: 7_500
		});
		// It moves the outcome by more than the near-zero limit, so the range holds it:
		// net 43 803 − 40 000 = 3 803; at the low rate 3 803 − 7 500 = −3 697.
		expect(r.outcome).toMatchObject({ net: 3_803, low: -3_697, high: 3_803 });
	});
});

describe('a pensioner’s table number is not a list of deductions', () => {
	it('alderspensjon on table 8170: no 170 000 kr of deductions inferred; a range instead', () => {
		// 303 024 a year, 12 months at 100 %. Withheld: vector 2026, 8170, month, 25 252: 2 344 ×
		// 11 = 25 784. Tax: minstefradrag 75 400; (303 024 − 75 400 − 114 540) × 22 % = 24 878.48 →
		// 24 878; trinnskatt 76 924 × 1.7 % = 1 307.708 → 1 308; trygdeavgift 5.1 % = 15 454.224 →
		// 15 454; 41 640. Credit: (303 024 − 294 200) × 19.1 % = 1 685.384; 39 100 − 1 685.384 =
		// 37 414.616 → 37 415. Tax 4 225; net 4 225 − 25 784 = −21 559. With 170 000 kr of
		// deductions the 22 % part is 0 and the credit takes the rest: tax 0, net −25 784.
		const r = yourYear({
			year: 2026,
			sources: [
				{
					kind: 'pension',
					amount: 303_024,
					pensionCredit: { months: 12, gradePct: 100 },
					withholding: { by: 'table', table: '8170' }
				}
			]
		});
		expect(r.sources[0]!.withheld).toBe(25_784);
		expect(r.annual!.total).toBe(4_225);
		expect(r.outcome).toMatchObject({ net: -21_559, low: -25_784, high: -21_559 });
		expect(r.assumptions.map((a) => a.id)).toEqual(['year.assumption.pensionTableDeductions']);
		expect(r.assumptions[0]!.values).toMatchObject({
			table: '8170',
			amountKr: 170_000,
			deltaKr: 4_225
		});
	});
});
