import Decimal from 'decimal.js';
import { annualTax, yearEndOutcome, type AnnualTaxResult, type YearEndKind } from './annual';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { withholdPayments, type Card, type WithholdResult } from './payments';
import { step, type Step } from './steps';

/**
 * Uføretrygd over a year (ufore-etterbetaling.md §1–2): NAV's monthly withholding (June
 * trekkfri, December half on a table card), the annual tax on all wage-type income, and the
 * likely year-end outcome. Barnetillegg is taxed with the uføretrygd (interpretation).
 */
export interface UforeYearInput {
	year: number;
	/** Uføretrygd a month, before tax. */
	monthly: number;
	/** Barnetillegg a month, before tax. */
	barnetillegg?: number;
	card: Card;
	/** Other wage-type income in the year (e.g. a part-time job). */
	otherIncome?: number;
	/** The percentage withheld from that other income (its percentage card). */
	otherWithheldPct?: number;
	finnmark?: boolean;
	extra?: { kroner: number } | { percent: number };
}

export interface UforeYearResult {
	withholding: WithholdResult;
	annual: AnnualTaxResult;
	otherWithheld: number;
	withheldTotal: number;
	outcome: { kind: YearEndKind; amount: number };
	/** The January payment's withholding against December's, to explain why January differs. */
	december: number;
	january: number;
	steps: Step[];
}

export function uforeYear(input: UforeYearInput): UforeYearResult {
	const issues: FieldIssue[] = [];
	const check = (field: string, v: unknown, max = MAX_AMOUNT) => {
		if (v === undefined) return;
		if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ field, code: 'invalid' });
		else if (v < 0) issues.push({ field, code: 'negative' });
		else if (v > max)
			issues.push({ field, code: max === 100 ? 'percentRange' : 'tooLarge', values: { max } });
	};
	if (input === null || typeof input !== 'object')
		throw new EngineError([{ field: 'input', code: 'invalid' }]);
	check('monthly', input.monthly);
	if (input.monthly === undefined) issues.push({ field: 'monthly', code: 'required' });
	check('barnetillegg', input.barnetillegg);
	check('otherIncome', input.otherIncome);
	check('otherWithheldPct', input.otherWithheldPct, 100);
	if (issues.length > 0) throw new EngineError(issues);

	const monthlyGross = new Decimal(input.monthly).plus(input.barnetillegg ?? 0);
	const year = input.year;
	// Twelve monthly payments for the month, paid on the 20th (NAV's pay day for uføretrygd).
	const payments = Array.from({ length: 12 }, (_, i) => {
		const mm = String(i + 1).padStart(2, '0');
		const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
		return {
			from: `${year}-${mm}-01`,
			to: `${year}-${mm}-${last}`,
			amount: monthlyGross.toNumber(),
			paidOn: `${year}-${mm}-20`
		};
	});
	const withholding = withholdPayments({
		year,
		benefit: 'uforetrygd',
		card: input.card,
		payments,
		...(input.extra ? { extra: input.extra } : {})
	});
	const yearly = monthlyGross.times(12);
	const other = new Decimal(input.otherIncome ?? 0);
	const otherWithheld = other
		.times(input.otherWithheldPct ?? 0)
		.dividedBy(100)
		.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
		.toNumber();
	const annual = annualTax({
		year,
		wageIncome: yearly.plus(other).toNumber(),
		finnmark: input.finnmark === true
	});
	const withheldTotal = withholding.totals.trekk + otherWithheld;
	const outcome = yearEndOutcome(annual.total, withheldTotal);
	const steps: Step[] = [
		step(
			// "med barnetillegg" only when a barnetillegg was entered.
			(input.barnetillegg ?? 0) > 0 ? 'ufore.yearlyWithBarnetillegg' : 'ufore.yearly',
			{ monthlyKr: monthlyGross.toNumber(), yearlyKr: yearly.toNumber() },
			{ interpretation: (input.barnetillegg ?? 0) > 0 }
		),
		step('ufore.withheldTable', { withheldKr: withholding.totals.trekk }),
		...(other.greaterThan(0)
			? [
					step('ufore.otherIncome', {
						incomeKr: other.toNumber(),
						ratePct: input.otherWithheldPct ?? 0,
						withheldKr: otherWithheld
					})
				]
			: []),
		step('ufore.annualTax', { taxKr: annual.total }),
		...outcome.steps
	];
	return {
		withholding,
		annual,
		otherWithheld,
		withheldTotal,
		outcome: { kind: outcome.kind, amount: outcome.amount },
		december: withholding.months[11]!.trekk,
		january: withholding.months[0]!.trekk,
		steps
	};
}
