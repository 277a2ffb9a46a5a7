import Decimal from 'decimal.js';
import { yearEndOutcome, type AnnualTaxResult, type YearEndKind } from './annual';
import { firstDayOfMonth, isoOf, lastDayOfMonth } from './calendar';
import { EngineError, type FieldIssue } from './errors';
import type { Card, WithholdResult } from './payments';
import { step, type Step } from './steps';
import { amountIssue, isObj, percentIssue } from './validate';
import { yourYear, type IncomeSource, type YourYearResult } from './year';

/**
 * Uføretrygd over a year (docs/annual-and-back-payments.md §1–2): NAV's monthly withholding (June
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
	/** The percentage withheld from that other income; asked for when the income is given. */
	otherWithheldPct?: number;
	/** Other deductions for the year; blank: the table's built-in deduction, or none (said). */
	deductions?: number;
	finnmark?: boolean;
	extra?: { kroner: number } | { percent: number };
	/** The first month a voluntary extra withholding could start (1–12). */
	fromMonth?: number;
	/** Year of birth, for the low trygdeavgift on wages under 17 and over 69 (`yourYear`). */
	birthYear?: number;
	/** Today, yyyy-mm-dd: the advice is what can still be done on this day. */
	today?: string;
}

export interface UforeYearResult {
	withholding: WithholdResult;
	annual: AnnualTaxResult;
	otherWithheld: number;
	withheldTotal: number;
	outcome: { kind: YearEndKind; amount: number };
	/** The same year in the one model of a person's year (`yourYear`): range, drivers, actions. */
	year: YourYearResult;
	/** The January payment's withholding against December's, to explain why January differs. */
	december: number;
	january: number;
	steps: Step[];
}

/** The uføretrygd view of `yourYear`: twelve monthly payments and, if any, one other income. */
export function uforeYear(input: UforeYearInput): UforeYearResult {
	const issues: FieldIssue[] = [];
	/** Left out is fine here (the callers below say when it is not); given, it must be valid. */
	const check = (field: string, v: unknown, judge = amountIssue) => {
		const x = v === undefined ? undefined : judge(field, v);
		if (x) issues.push(x);
	};
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	check('monthly', input.monthly);
	if (input.monthly === undefined) issues.push({ field: 'monthly', code: 'required' });
	check('barnetillegg', input.barnetillegg);
	check('otherIncome', input.otherIncome);
	check('otherWithheldPct', input.otherWithheldPct, percentIssue);
	// Blank is unknown: other income without its percentage decides the answer, so it is asked for.
	if ((input.otherIncome ?? 0) > 0 && input.otherWithheldPct === undefined)
		issues.push({ field: 'otherWithheldPct', code: 'required' });
	if (issues.length > 0) throw new EngineError(issues);

	const monthlyGross = new Decimal(input.monthly).plus(input.barnetillegg ?? 0);
	const year = input.year;
	// Twelve monthly payments for the month, paid on the 20th (NAV's pay day for uføretrygd).
	const payments = Array.from({ length: 12 }, (_, i) => {
		const first = firstDayOfMonth(year, i + 1);
		return {
			from: isoOf(first),
			to: isoOf(lastDayOfMonth(year, i + 1)),
			amount: monthlyGross.toNumber(),
			paidOn: isoOf(first + 19)
		};
	});
	const other = input.otherIncome ?? 0;
	const sources: IncomeSource[] = [
		{
			withholding: {
				by: 'nav',
				benefit: 'uforetrygd',
				card: input.card,
				payments,
				...(input.extra ? { extra: input.extra } : {})
			}
		},
		...(other > 0
			? [
					{
						kind: 'wage' as const,
						amount: other,
						withholding: { by: 'percent' as const, percent: input.otherWithheldPct! }
					}
				]
			: [])
	];
	let y: YourYearResult;
	try {
		y = yourYear({
			year,
			sources,
			...(input.deductions !== undefined ? { deductions: input.deductions } : {}),
			...(input.fromMonth !== undefined ? { fromMonth: input.fromMonth } : {}),
			...(input.birthYear !== undefined ? { birthYear: input.birthYear } : {}),
			...(input.today !== undefined ? { today: input.today } : {}),
			finnmark: input.finnmark === true
		});
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		throw new EngineError(
			e.issues.map((x) => ({
				...x,
				// The other income is this page's one field for it (kildeskatt refuses wages there).
				field: x.field
					.replace(/^sources\.0\.withholding\./u, '')
					.replace(/^sources\.1\..*$/u, 'otherIncome')
			}))
		);
	}
	const withholding = y.sources[0]!.withholding!;
	const otherWithheld = y.sources[1]?.withheld ?? 0;
	const annual = y.annual!;
	const outcome = y.outcome!;
	const yearly = monthlyGross.times(12);
	const steps: Step[] = [
		step(
			// "med barnetillegg" only when a barnetillegg was entered.
			(input.barnetillegg ?? 0) > 0 ? 'ufore.yearlyWithBarnetillegg' : 'ufore.yearly',
			{ monthlyKr: monthlyGross.toNumber(), yearlyKr: yearly.toNumber() },
			{ interpretation: (input.barnetillegg ?? 0) > 0 }
		),
		step('ufore.withheldTable', { withheldKr: withholding.totals.trekk }),
		...(other > 0
			? [
					step('ufore.otherIncome', {
						incomeKr: other,
						ratePct: input.otherWithheldPct!,
						withheldKr: otherWithheld
					})
				]
			: []),
		step('ufore.annualTax', { taxKr: annual.total }),
		...yearEndOutcome(annual.total, y.withheld).steps
	];
	return {
		withholding,
		annual,
		otherWithheld,
		withheldTotal: y.withheld,
		outcome: { kind: outcome.kind, amount: outcome.amount },
		year: y,
		december: withholding.months[11]!.trekk,
		january: withholding.months[0]!.trekk,
		steps
	};
}
