import { describe, expect, it } from 'vitest';
import { annualTax } from './annual';
import { tabelltrekk } from './tabelltrekk';
import { uforeYear } from './ufore';

describe('uforeYear', () => {
	it('a year of uføretrygd on a table card: 10.5 months of withholding against the annual tax', () => {
		const r = uforeYear({ year: 2026, monthly: 25_000, card: { kind: 'table', table: '8010' } });
		const month = tabelltrekk({ year: 2026, table: '8010', period: 'month', amount: 25_000 });
		expect(r.withholding.totals.trekk).toBe(10 * month + Math.round(month / 2));
		// Table 8010 has 10 000 kr of deductions built in: the default estimate, said (§2b).
		expect(r.annual.total).toBe(
			annualTax({ year: 2026, wageIncome: 300_000, deductions: 10_000 }).total
		);
		expect(r.year.assumptions[0]!.id).toBe('year.assumption.deductionsFromTable');
		expect(r.outcome.amount).toBe(Math.abs(r.annual.total - r.withheldTotal));
		expect(r.january).toBe(month);
		expect(r.december).toBe(Math.round(month / 2));
		// No barnetillegg entered: the first step does not say "med barnetillegg".
		expect(r.steps[0]!.id).toBe('ufore.yearly');
	});

	it('barnetillegg and other income with its percentage card count in the year', () => {
		const r = uforeYear({
			year: 2025,
			monthly: 20_000,
			barnetillegg: 2_000,
			card: { kind: 'table', table: '8000' },
			otherIncome: 60_000,
			otherWithheldPct: 30
		});
		expect(r.otherWithheld).toBe(18_000);
		expect(r.annual.personinntekt).toBe(12 * 22_000 + 60_000);
		expect(r.withheldTotal).toBe(r.withholding.totals.trekk + 18_000);
		expect(r.steps[0]!.id).toBe('ufore.yearlyWithBarnetillegg');
	});

	it('8110: the outcome the table’s 110 000 deduction implies, not a 19 411 restskatt', () => {
		// 300 000 − 95 700 − 110 000 is below the personfradrag: 1 256 + 22 800 = 24 056.
		const r = uforeYear({ year: 2026, monthly: 25_000, card: { kind: 'table', table: '8110' } });
		expect(r.annual.total).toBe(24_056);
		expect(r.outcome.amount).toBeLessThan(1_000);
		// Said to have no deductions: the old figure.
		const none = uforeYear({
			year: 2026,
			monthly: 25_000,
			card: { kind: 'table', table: '8110' },
			deductions: 0
		});
		expect(none.outcome).toEqual({ kind: 'restskatt', amount: 19_411 });
	});

	it('other income with its percentage left blank is asked for, not taken as 0 %', () => {
		expect(() =>
			uforeYear({
				year: 2026,
				monthly: 25_000,
				card: { kind: 'table', table: '8010' },
				otherIncome: 100_000
			})
		).toThrow(/otherWithheldPct: required/u);
	});

	it('extra income without withholding gives restskatt', () => {
		const r = uforeYear({
			year: 2026,
			monthly: 25_000,
			card: { kind: 'table', table: '8010' },
			otherIncome: 100_000,
			otherWithheldPct: 0
		});
		expect(r.outcome.kind).toBe('restskatt');
	});
});
