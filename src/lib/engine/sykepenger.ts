import Decimal from 'decimal.js';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { dayNumber, isoOf, splitByMonth } from './nav/dates';
import { grunnbelopOn } from './nav/grunnbelop';
import { step, type Step } from './steps';

/**
 * The sykepenger amount from income (shared/spec/ufore-etterbetaling.md §5): the average of the
 * months before the first day of absence, times 12, capped at 6 G; the daily rate is the
 * grunnlag / 260, paid for weekdays. Exact decimals; NAV shows the daily rate to the øre.
 */
export interface SykepengeInput {
	/** First day of absence, YYYY-MM-DD. */
	firstDayOfAbsence: string;
	/** Income in each of the (up to three) calendar months before the absence. */
	months?: number[];
	/** Hourly or irregular pay: income in the period and the days actually worked. */
	hourly?: { income: number; daysWorked: number };
	/** G, when the date's G is not in our sources (from 1 May 2026). */
	g?: number;
	/** Today's date, to refuse months in the future. */
	today?: string;
}

export interface SykepengeResult {
	manedsinntekt: number;
	arsinntekt: number;
	g: number;
	cap: number;
	capped: boolean;
	grunnlag: number;
	/** Daily rate to the øre, as NAV shows it. */
	dagsats: number;
	/** Paid per day, whole kroner (interpretation: nearest krone). */
	dagsatsKr: number;
	steps: Step[];
}

const SRC = 'NAV: sykepenger, beregning av sykepengegrunnlaget (ufore-etterbetaling.md §5)';

function amountIssue(field: string, v: unknown): FieldIssue | undefined {
	if (typeof v !== 'number' || Number.isNaN(v)) return { field, code: 'invalid' };
	if (!Number.isFinite(v)) return { field, code: 'notFinite' };
	if (v < 0) return { field, code: 'negative' };
	if (v > MAX_AMOUNT) return { field, code: 'tooLarge', values: { max: MAX_AMOUNT } };
	return undefined;
}

export function sykepengeGrunnlag(input: SykepengeInput): SykepengeResult {
	const issues: FieldIssue[] = [];
	if (input === null || typeof input !== 'object')
		throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const first = dayNumber(input.firstDayOfAbsence);
	if (first === undefined) issues.push({ field: 'firstDayOfAbsence', code: 'badDate' });
	const today = input.today !== undefined ? dayNumber(input.today) : undefined;
	if (input.today !== undefined && today === undefined)
		issues.push({ field: 'today', code: 'badDate' });

	let g: { value: number; source: string } | undefined;
	if (input.g !== undefined) {
		const bad = amountIssue('g', input.g);
		if (bad) issues.push(bad);
		else if (input.g === 0) issues.push({ field: 'g', code: 'invalid' });
		else g = { value: input.g, source: 'oppgitt av brukeren' };
	} else if (first !== undefined) {
		g = grunnbelopOn(isoOf(first));
		if (!g) issues.push({ field: 'g', code: 'gUnknown' });
	}

	const months = input.months;
	const hourly = input.hourly;
	if (months === undefined && hourly === undefined)
		issues.push({ field: 'months', code: 'required' });
	if (months !== undefined) {
		if (!Array.isArray(months) || months.length < 1 || months.length > 3)
			issues.push({ field: 'months', code: 'invalid' });
		else
			months.forEach((m, i) => {
				const bad = amountIssue(`months.${i}`, m);
				if (bad) issues.push(bad);
			});
		// The three months before the absence must be over: not in the future.
		if (first !== undefined && today !== undefined) {
			const firstOfAbsenceMonth = dayNumber(`${isoOf(first).slice(0, 7)}-01`)!;
			if (firstOfAbsenceMonth - 1 > today)
				issues.push({ field: 'firstDayOfAbsence', code: 'futureMonths' });
		}
	}
	if (hourly !== undefined && months === undefined) {
		const bad = amountIssue('hourly.income', hourly?.income);
		if (bad) issues.push(bad);
		const d = hourly?.daysWorked;
		if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 366)
			issues.push({ field: 'hourly.daysWorked', code: 'invalid' });
	}
	if (issues.length > 0 || !g) throw new EngineError(issues);

	const steps: Step[] = [];
	const G = new Decimal(g.value);
	const cap = G.times(6);
	let manedsinntekt: Decimal;
	let arsinntekt: Decimal;
	if (months !== undefined) {
		const sum = months.reduce((s, m) => s.plus(m), new Decimal(0));
		manedsinntekt = sum.dividedBy(months.length);
		arsinntekt = manedsinntekt.times(12);
		steps.push(
			step(
				'sykepenger.manedsinntekt',
				{
					count: months.length,
					sumKr: sum.toNumber(),
					manedKr: manedsinntekt.toDecimalPlaces(2).toNumber()
				},
				{ source: SRC }
			),
			step(
				'sykepenger.arsinntekt',
				{
					manedKr: manedsinntekt.toDecimalPlaces(2).toNumber(),
					arsKr: arsinntekt.toDecimalPlaces(2).toNumber()
				},
				{ source: SRC }
			)
		);
	} else {
		// Hourly workers: income in the period / days actually worked gives the daily rate; as a
		// yearly figure that is × 260 (interpretation), so the same 6 G cap applies.
		const daily = new Decimal(hourly!.income).dividedBy(hourly!.daysWorked);
		arsinntekt = daily.times(260);
		manedsinntekt = arsinntekt.dividedBy(12);
		steps.push(
			step(
				'sykepenger.hourly',
				{
					incomeKr: hourly!.income,
					days: hourly!.daysWorked,
					dailyKr: daily.toDecimalPlaces(2).toNumber()
				},
				{ source: SRC }
			),
			step(
				'sykepenger.hourlyYear',
				{
					dailyKr: daily.toDecimalPlaces(2).toNumber(),
					arsKr: arsinntekt.toDecimalPlaces(2).toNumber()
				},
				{ interpretation: true }
			)
		);
	}
	const capped = arsinntekt.greaterThan(cap);
	const grunnlag = capped ? cap : arsinntekt;
	steps.push(
		step(
			capped ? 'sykepenger.capped' : 'sykepenger.belowCap',
			{
				gKr: g.value,
				capKr: cap.toNumber(),
				arsKr: arsinntekt.toDecimalPlaces(2).toNumber(),
				grunnlagKr: grunnlag.toDecimalPlaces(2).toNumber()
			},
			{ source: g.source }
		)
	);
	const dagsats = grunnlag.dividedBy(260).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
	const dagsatsKr = dagsats.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
	steps.push(
		step(
			'sykepenger.dagsats',
			{ grunnlagKr: grunnlag.toDecimalPlaces(2).toNumber(), dagsatsKr: dagsats.toNumber() },
			{ source: SRC }
		),
		step(
			'sykepenger.dagsatsKr',
			{ dagsatsKr: dagsats.toNumber(), paidKr: dagsatsKr },
			{ interpretation: true }
		)
	);
	return {
		manedsinntekt: manedsinntekt.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
		arsinntekt: arsinntekt.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
		g: g.value,
		cap: cap.toNumber(),
		capped,
		grunnlag: grunnlag.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
		dagsats: dagsats.toNumber(),
		dagsatsKr,
		steps
	};
}

/** Monday–Friday days in an inclusive day range. */
function weekdays(from: number, to: number): number {
	let n = 0;
	for (let d = from; d <= to; d++) {
		const dow = (d + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
		if (dow !== 0 && dow !== 6) n++;
	}
	return n;
}

/**
 * The payments a daily rate makes for a period: weekdays × the daily rate, one payment per
 * calendar month (interpretation: NAV pays sykepenger monthly), ready for withholdPayments.
 */
export function sykepengePayments(input: { dagsatsKr: number; from: string; to: string }): {
	payments: Array<{ from: string; to: string; amount: number; weekdays: number }>;
	steps: Step[];
} {
	const issues: FieldIssue[] = [];
	const from = dayNumber(input?.from);
	const to = dayNumber(input?.to);
	if (from === undefined) issues.push({ field: 'from', code: 'badDate' });
	if (to === undefined) issues.push({ field: 'to', code: 'badDate' });
	if (from !== undefined && to !== undefined && to < from)
		issues.push({ field: 'to', code: 'toBeforeFrom' });
	const bad = amountIssue('dagsatsKr', input?.dagsatsKr);
	if (bad) issues.push(bad);
	if (issues.length > 0) throw new EngineError(issues);
	const payments = splitByMonth(from!, to!).map((m) => {
		const n = weekdays(m.from, m.to);
		return {
			from: isoOf(m.from),
			to: isoOf(m.to),
			weekdays: n,
			amount: new Decimal(input.dagsatsKr).times(n).toNumber()
		};
	});
	return {
		payments,
		steps: [
			step(
				'sykepenger.payments',
				{ months: payments.length, dagsatsKr: input.dagsatsKr },
				{ interpretation: true, source: SRC }
			)
		]
	};
}
