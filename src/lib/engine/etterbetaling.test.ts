import { describe, expect, it } from 'vitest';
import { annualTax } from './annual';
import { EngineError } from './errors';
import { etterbetaling } from './etterbetaling';

const tax = (year: number, wage: number, pension = 0, finnmark = false) =>
	annualTax({ year, wageIncome: wage, pensionIncome: pension, finnmark }).total;

describe('etterbetaling', () => {
	it('uføretrygd for two earlier years: 44 % withheld now, relief when spreading is lower', () => {
		const r = etterbetaling({
			payoutYear: 2026,
			benefit: 'uforetrygd',
			parts: [
				{ year: 2024, amount: 100_000 },
				{ year: 2025, amount: 100_000 }
			],
			income: { 2026: { wage: 300_000 }, 2025: { wage: 250_000 }, 2024: { wage: 250_000 } }
		});
		expect(r.withheld).toBe(88_000);
		const inPayout = tax(2026, 500_000) - tax(2026, 300_000);
		const spread =
			tax(2024, 350_000) - tax(2024, 250_000) + (tax(2025, 350_000) - tax(2025, 250_000));
		expect(r.extraTaxIfTaxedInPayoutYear).toBe(inPayout);
		expect(r.extraTaxIfSpread).toBe(spread);
		expect(r.relief).toBe(Math.max(0, inPayout - spread));
		expect(r.relief).toBeGreaterThan(0);
		expect(r.net).toBe(200_000 - (inPayout - r.relief));
		expect(r.settlementDifference).toBe(inPayout - r.relief - 88_000);
	});

	it('Finnmark: 40 % on uføretrygd; pension and supplerende stønad 32 % (28 % in Finnmark)', () => {
		const one = (
			benefit: 'uforetrygd' | 'alderspensjon' | 'supplerende-stonad',
			finnmark: boolean
		) =>
			etterbetaling({
				payoutYear: 2026,
				benefit,
				parts: [{ year: 2025, amount: 10_000 }],
				income: { 2026: { wage: 0 } },
				finnmark
			}).withheld;
		expect(one('uforetrygd', true)).toBe(4_000);
		expect(one('alderspensjon', false)).toBe(3_200);
		expect(one('alderspensjon', true)).toBe(2_800);
		expect(one('supplerende-stonad', false)).toBe(3_200);
	});

	it('kildeskatt: 15 %', () => {
		const r = etterbetaling({
			payoutYear: 2026,
			benefit: 'uforetrygd',
			parts: [{ year: 2025, amount: 10_000 }],
			income: {},
			card: { kind: 'kildeskatt' }
		});
		expect(r.withheld).toBe(1_500);
	});

	it('months of the payout year are late payments for those months, by the tax card', () => {
		const r = etterbetaling({
			payoutYear: 2026,
			benefit: 'uforetrygd',
			parts: [{ year: 2026, amount: 50_000, months: [1, 2] }],
			income: { 2026: { wage: 300_000 } },
			card: { kind: 'table', table: '8010' }
		});
		expect(r.perPart[0]!.method).toBe('months');
		expect(r.relief).toBe(0);
	});

	it('no relief is ever negative: spreading to a richer year costs more, so none', () => {
		const r = etterbetaling({
			payoutYear: 2026,
			benefit: 'aap',
			parts: [{ year: 2025, amount: 100_000 }],
			income: { 2026: { wage: 0 }, 2025: { wage: 900_000 } }
		});
		expect(r.relief).toBe(0);
		expect(r.finalTax).toBe(r.extraTaxIfTaxedInPayoutYear);
	});

	it('assumes the payout year’s income when a year’s is unknown, and says so', () => {
		const r = etterbetaling({
			payoutYear: 2026,
			benefit: 'uforetrygd',
			parts: [{ year: 2025, amount: 50_000 }],
			income: { 2026: { wage: 280_000 } }
		});
		expect(r.assumedIncomeYears).toEqual([2025]);
		expect(r.steps.some((s) => s.id === 'etterbetaling.assumedIncome' && s.interpretation)).toBe(
			true
		);
		expect(r.extraTaxIfSpread).toBe(tax(2025, 330_000) - tax(2025, 280_000));
	});

	it('typed errors: a future year, a year without rules, negative amounts', () => {
		const codes = (input: object) => {
			try {
				etterbetaling(input as never);
			} catch (e) {
				expect(e).toBeInstanceOf(EngineError);
				return (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
			}
			return [];
		};
		expect(
			codes({
				payoutYear: 2026,
				benefit: 'uforetrygd',
				parts: [
					{ year: 2027, amount: 1 },
					{ year: 2019, amount: 1 },
					{ year: 2025, amount: -1 }
				],
				income: {}
			})
		).toEqual(['parts.0.year:futureYear', 'parts.1.year:unknownYear', 'parts.2.amount:negative']);
		expect(codes({ payoutYear: 2030, benefit: 'x', parts: [], income: {} })).toEqual([
			'payoutYear:unknownYear',
			'benefit:unknownBenefit',
			'parts:required'
		]);
	});
});
