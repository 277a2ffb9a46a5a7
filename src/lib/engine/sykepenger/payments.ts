import Decimal from 'decimal.js';
import { dayNumber, isoOf, splitByMonth } from '../calendar';
import { EngineError, type FieldIssue } from '../errors';
import { step, type Step } from '../steps';
import { amountIssue, isObj } from '../validate';
import { folketrygdloven } from '../rules/sources';
import { SRC } from './grunnlag';

/**
 * The sykepenger a daily rate pays over a period: weekdays only, the employer's first 16 days
 * left out, graded sick leave at its grade, one payment per calendar month (ready for NAV's
 * withholding).
 */

const SRC_WEEKDAYS = folketrygdloven('§ 8-11', 'sykepenger for fem dager i uken');
/** Monday–Friday days in an inclusive range of day numbers (day 0 = 1970-01-01, a Thursday). */
export function weekdaysBetween(from: number, to: number): number {
	if (to < from) return 0;
	const length = to - from + 1;
	let n = Math.floor(length / 7) * 5;
	for (let d = from + length - (length % 7); d <= to; d++) {
		const dow = (((d + 4) % 7) + 7) % 7; // 0 = Sunday, 6 = Saturday
		if (dow !== 0 && dow !== 6) n++;
	}
	return n;
}

export interface SykepengePaymentsInput {
	/** Whole kroner paid per day (sykepengeGrunnlag's dagsatsKr). */
	dagsatsKr: number;
	from: string;
	to: string;
	/**
	 * First day of absence: the employer pays the first 16 calendar days (arbeidsgiverperioden),
	 * NAV from day 17 (docs/annual-and-back-payments.md §5); NAV's payments start no earlier.
	 */
	firstDayOfAbsence?: string;
	/** Graded sick leave (gradert sykmelding) 20–100 %: the day's amount is the rate × the grade. */
	gradePct?: number;
}

/** Calendar days the employer pays before NAV does (arbeidsgiverperioden). */
export const EMPLOYER_PERIOD_DAYS = 16;
const SRC_EMPLOYER = {
	...folketrygdloven('§ 8-19', 'arbeidsgiverperioden'),
	docs: 'docs/annual-and-back-payments.md §5'
};
const SRC_GRADED = [
	folketrygdloven('§ 8-13'),
	{
		title: 'navikt/helse-spleis',
		section: 'Økonomi',
		url: 'https://github.com/navikt/helse-spleis',
		docs: 'docs/annual-and-back-payments.md §5'
	}
];

export interface SykepengePayment {
	from: string;
	to: string;
	/** Whole kroner: weekdays × dagsatsKr. */
	amount: number;
	weekdays: number;
}

export interface SykepengePaymentsResult {
	/** One payment per calendar month, ready for withholdPayments ({ from, to, amount }). */
	payments: SykepengePayment[];
	/** Weekdays in the whole period. */
	weekdays: number;
	/** Amount for the whole period. */
	amount: number;
	steps: Step[];
}

/**
 * The payments a daily rate makes for a period: weekdays (public holidays included) × the daily
 * rate, one payment per calendar month (interpretation: NAV pays sykepenger monthly), so that each
 * payment lies within one month and can be fed to withholdPayments. A period that crosses New
 * Year gives payments in two income years: withhold each year's payments with that year.
 */
export function sykepengePayments(input: SykepengePaymentsInput): SykepengePaymentsResult {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	const from = dayNumber(input.from);
	const to = dayNumber(input.to);
	if (from === undefined) issues.push({ field: 'from', code: 'badDate' });
	if (to === undefined) issues.push({ field: 'to', code: 'badDate' });
	if (from !== undefined && to !== undefined && to < from)
		issues.push({ field: 'to', code: 'toBeforeFrom' });
	const first =
		input.firstDayOfAbsence === undefined ? undefined : dayNumber(input.firstDayOfAbsence);
	if (input.firstDayOfAbsence !== undefined && first === undefined)
		issues.push({ field: 'firstDayOfAbsence', code: 'badDate' });
	const grade = input.gradePct ?? 100;
	if (typeof grade !== 'number' || !(grade >= 20 && grade <= 100))
		issues.push({ field: 'gradePct', code: 'gradeRange' });
	const bad = amountIssue('dagsatsKr', input.dagsatsKr);
	if (bad) issues.push(bad);
	else if (!Number.isInteger(input.dagsatsKr))
		issues.push({ field: 'dagsatsKr', code: 'notInteger' });
	// NAV pays from day 17 of the absence: a period that lies wholly in the employer period has
	// nothing from NAV.
	const navFrom = first === undefined ? undefined : first + EMPLOYER_PERIOD_DAYS;
	if (navFrom !== undefined && to !== undefined && to < navFrom)
		issues.push({ field: 'to', code: 'withinEmployerPeriod' });
	if (issues.length > 0 || from === undefined || to === undefined) throw new EngineError(issues);

	const steps: Step[] = [];
	const start = navFrom !== undefined && from < navFrom ? navFrom : from;
	if (navFrom !== undefined && from < navFrom)
		steps.push(
			step(
				'sykepenger.arbeidsgiverperiode',
				{
					firstDayDate: isoOf(first!),
					lastEmployerDate: isoOf(navFrom - 1),
					navFromDate: isoOf(navFrom)
				},
				{ source: SRC_EMPLOYER }
			)
		);
	// Graded: the whole-krone day rate × the grade, rounded to whole kroner (half up).
	const rate =
		grade === 100
			? new Decimal(input.dagsatsKr)
			: new Decimal(input.dagsatsKr)
					.times(grade)
					.dividedBy(100)
					.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
	if (grade !== 100)
		steps.push(
			step(
				'sykepenger.graded',
				{ gradePct: grade, dagsatsKr: input.dagsatsKr, dayKr: rate.toNumber() },
				{ source: SRC_GRADED }
			)
		);
	const payments = splitByMonth(start, to).map((m) => {
		const weekdays = weekdaysBetween(m.from, m.to);
		return {
			from: isoOf(m.from),
			to: isoOf(m.to),
			amount: rate.times(weekdays).toNumber(),
			weekdays
		};
	});
	const weekdays = payments.reduce((s, p) => s + p.weekdays, 0);
	const amount = rate.times(weekdays).toNumber();
	return {
		payments,
		weekdays,
		amount,
		steps: [
			...steps,
			step(
				'sykepenger.weekdays',
				{
					fromDate: isoOf(start),
					toDate: isoOf(to),
					weekdays,
					dagsatsKr: rate.toNumber(),
					amountKr: amount
				},
				{ source: SRC_WEEKDAYS }
			),
			step(
				'sykepenger.payments',
				{ months: payments.length },
				{ interpretation: true, source: SRC }
			)
		]
	};
}
