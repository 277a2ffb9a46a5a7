import Decimal from 'decimal.js';
import { EngineError, type FieldIssue } from '../errors';
import { dayNumber, isoOf } from '../calendar';
import { MINSTEINNTEKT_SOURCE, grunnbelopOn, minsteinntektGrunnbelopOn } from '../nav/grunnbelop';
import { wholeKr } from '../money';
import { citeAll, type Cited, type Source } from '../rules/source';
import { folketrygdloven } from '../rules/sources';
import { step, type Step } from '../steps';
import { amountIssue, isObj } from '../validate';

/**
 * The sykepenger amount from income (docs/annual-and-back-payments.md §5): the average of the
 * months before the first day of absence, times 12, capped at 6 G; the daily rate is the
 * grunnlag / 260, paid for weekdays.
 *
 * Hourly and shift workers (folketrygdloven § 8-28; NAV's guide to the inntektsmelding): the
 * monthly income is the same average of the calendar months before the absence (their income
 * over the number of months), so the grunnlag is that average × 12 like anyone's. The period's
 * income over the days actually worked is the employer's rate for each day that would have been
 * worked in the employer period: shown, never turned into a yearly figure.
 *
 * Which G (docs/annual-and-back-payments.md §3): the 6 G cap takes the G in force on the first
 * day of absence; the ½ G minimum takes the G that applies to the minimum-income requirement on
 * that day, which changes some weeks after 1 May (1 June in 2026).
 *
 * Rounding, stage by stage (named steps, so the explanation shows each one):
 * - månedsinntekt: the average is taken to the øre, half up (interpretation: the employer reports
 *   the average in the inntektsmelding in kroner and øre, and NAV multiplies that figure by 12);
 *   the step says so only when the average is not already a whole number of øre.
 * - årsinntekt and sykepengegrunnlag: exact, never rounded. NAV's public code keeps the grunnlag
 *   unrounded (navikt/helse-spleis, Inntekt: "sykepengegrunnlaget skal ikke rundes av").
 * - dagsats: grunnlag / 260 (folketrygdloven § 8-10 third paragraph), shown to the øre half up as
 *   NAV's examples show it (55 000 a month, G 106 399 → 2 455.36).
 * - paid per day: the exact grunnlag / 260 to the nearest krone (settled, docs/annual-and-back-payments.md §5: helse-spleis
 *   `Inntekt.rundTilDaglig`, a roundToInt on the unrounded daily amount), not a second rounding of
 *   the two-decimal figure.
 */
export interface SykepengeInput {
	/** First day of absence (skjæringstidspunkt), YYYY-MM-DD. Decides which G applies. */
	firstDayOfAbsence: string;
	/** Income in each of the (up to three) calendar months before the absence; fewer if the job lasted shorter. */
	months?: number[];
	/**
	 * Hourly, shift or irregular pay: the income of the calendar months before the absence
	 * (`months` of them, 3 unless the job lasted shorter) and the days actually worked in them.
	 */
	hourly?: { income: number; daysWorked: number; months?: number };
	/** G, for a date whose G is not in our sources (from 1 May 2027); overrides the table. */
	g?: number;
	/** Today's date, to refuse months that are not over yet. */
	today?: string;
}

export interface SykepengeResult {
	/** Average monthly income, to the øre (hourly too: the period's income over its months). */
	manedsinntekt: number;
	/** månedsinntekt × 12; exact. */
	arsinntekt: number;
	/**
	 * Hourly and shift workers: the employer-period rate per working day, the period's income over
	 * the days actually worked, to the øre. Not NAV's daily rate (that is `dagsats`).
	 */
	arbeidsgiverDagsats?: number;
	/** G of the 6 G cap: in force on the first day of absence. */
	g: number;
	/** G of the ½ G minimum on the first day of absence (the previous G until its date). */
	minsteinntektG: number;
	/** Half of minsteinntektG. */
	halfG: number;
	/** 6 G. */
	cap: number;
	capped: boolean;
	/** Sykepengegrunnlag: årsinntekt, at most 6 G; not rounded. */
	grunnlag: number;
	/** Daily rate to the øre, as NAV shows it. */
	dagsats: number;
	/** Paid per day, whole kroner: the nearest krone (helse-spleis rundTilDaglig). */
	dagsatsKr: number;
	/** Årsinntekt below half a G: no right to sykepenger (folketrygdloven § 8-3). */
	belowMinimum: boolean;
	steps: Step[];
}

/** NAV's description of how the sykepengegrunnlag is computed. */
export const SRC: Source = {
	title: 'NAV: sykepenger',
	section: 'beregning av sykepengegrunnlaget',
	docs: 'docs/annual-and-back-payments.md §5'
};
const SRC_260 = folketrygdloven('§ 8-10 tredje ledd', 'dagsats = årlig grunnlag / 260');
const SRC_6G = folketrygdloven('§ 8-10', 'høyst 6 G; G på første fraværsdag');
const SRC_SPLEIS: Source = {
	title: 'navikt/helse-spleis',
	section: 'Inntekt.rundTilDaglig',
	url: 'https://github.com/navikt/helse-spleis',
	note: 'daglig = årlig / 260, roundToInt (settled)'
};
const SRC_HALF_G = folketrygdloven('§ 8-3 andre ledd', 'inntekt minst 1/2 G');
const SRC_HOURLY: Source[] = [
	{
		title: 'NAV: inntektsmelding',
		section: 'timelønnet skift- eller turnusarbeid og tilkallingsvikarer',
		note: 'inntekten i beregningsperioden / dager faktisk jobbet = dagsats i arbeidsgiverperioden',
		docs: 'docs/annual-and-back-payments.md §5'
	},
	folketrygdloven('§ 8-28')
];

/** To the øre, half up: for showing a figure and for the averages (see the module comment). */
function ore(d: Decimal): Decimal {
	return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Every problem in the input, one per field; G is resolved on the way. */
function validate(input: SykepengeInput): {
	issues: FieldIssue[];
	first?: number;
	g?: { value: number; from?: string; source: Cited; given: boolean };
	minG?: { value: number; from: string; newFrom?: string };
} {
	const issues: FieldIssue[] = [];
	const first = dayNumber(input.firstDayOfAbsence);
	if (first === undefined) issues.push({ field: 'firstDayOfAbsence', code: 'badDate' });
	const today = input.today !== undefined ? dayNumber(input.today) : undefined;
	if (input.today !== undefined && today === undefined)
		issues.push({ field: 'today', code: 'badDate' });

	let g: { value: number; from?: string; source: Cited; given: boolean } | undefined;
	let minG: { value: number; from: string; newFrom?: string } | undefined;
	if (input.g !== undefined) {
		const bad = amountIssue('g', input.g);
		if (bad) issues.push(bad);
		else if (input.g === 0) issues.push({ field: 'g', code: 'invalid' });
		else g = { value: input.g, source: { title: 'G given by the person' }, given: true };
	} else if (first !== undefined) {
		const known = grunnbelopOn(isoOf(first));
		const min = minsteinntektGrunnbelopOn(isoOf(first));
		if (known && min) {
			g = { value: known.value, from: known.from, source: known.source, given: false };
			// Between 1 May and the new G's date for the minimum, the minimum keeps last year's G.
			minG =
				min.value === known.value
					? { value: min.value, from: min.minsteinntektFrom }
					: { value: min.value, from: min.minsteinntektFrom, newFrom: known.minsteinntektFrom };
		} else issues.push({ field: 'g', code: 'gUnknown' });
	}

	const { months, hourly } = input;
	if (months === undefined && hourly === undefined)
		issues.push({ field: 'months', code: 'required' });
	// Exactly one way of giving income: both at once is ambiguous, so refused.
	if (months !== undefined && hourly !== undefined)
		issues.push({ field: 'hourly', code: 'invalid' });
	if (months !== undefined) {
		if (!Array.isArray(months) || months.length < 1 || months.length > 3)
			issues.push({ field: 'months', code: 'invalid' });
		else
			months.forEach((m, i) => {
				const bad = amountIssue(`months.${i}`, m);
				if (bad) issues.push(bad);
			});
	}
	// The months before the absence must be over: the last day of the month before the first day
	// of absence must not be after today.
	if (first !== undefined && today !== undefined) {
		const firstOfAbsenceMonth = dayNumber(`${isoOf(first).slice(0, 7)}-01`)!;
		if (firstOfAbsenceMonth - 1 > today)
			issues.push({ field: 'firstDayOfAbsence', code: 'futureMonths' });
	}
	if (hourly !== undefined && months === undefined) {
		if (!isObj(hourly)) issues.push({ field: 'hourly', code: 'invalid' });
		else {
			const bad = amountIssue('hourly.income', hourly.income);
			if (bad) issues.push(bad);
			const n = hourly.months ?? 3;
			const nOk = typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 3;
			if (!nOk) issues.push({ field: 'hourly.months', code: 'invalid' });
			// Days actually worked: at least one, and no more than the months have (31 a month).
			const d = hourly.daysWorked;
			if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 31 * (nOk ? n : 3))
				issues.push({ field: 'hourly.daysWorked', code: 'invalid' });
		}
	}
	return {
		issues,
		...(first !== undefined ? { first } : {}),
		...(g ? { g } : {}),
		...(minG ? { minG } : {})
	};
}

/** The sykepengegrunnlag and the daily rate, with every stage as a step. Throws EngineError. */
export function sykepengeGrunnlag(input: SykepengeInput): SykepengeResult {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const { issues, first, g, minG } = validate(input);
	if (issues.length > 0 || !g || first === undefined) throw new EngineError(issues);

	const steps: Step[] = [];
	const firstDayDate = isoOf(first);
	steps.push(
		g.given
			? step('sykepenger.gGiven', { firstDayDate, gKr: g.value }, { source: g.source })
			: step(
					'sykepenger.g',
					{ firstDayDate, gKr: g.value, gFromDate: g.from! },
					{ source: citeAll(g.source, SRC_6G) }
				)
	);

	// Hourly and shift workers first: the employer-period rate per working day (NAV's guide to the
	// inntektsmelding), the period's income / the days actually worked, to the øre. It is what the
	// employer pays for each day that would have been worked in the employer period; it does not
	// enter NAV's grunnlag.
	let arbeidsgiverDagsats: Decimal | undefined;
	if (input.hourly !== undefined) {
		const { income, daysWorked } = input.hourly;
		const exact = new Decimal(income).dividedBy(daysWorked);
		arbeidsgiverDagsats = ore(exact);
		steps.push(
			step(
				arbeidsgiverDagsats.equals(exact) ? 'sykepenger.hourly' : 'sykepenger.hourlyRounded',
				{ incomeKr: income, days: daysWorked, dailyKr: arbeidsgiverDagsats.toNumber() },
				{ source: SRC_HOURLY }
			)
		);
	}

	// The monthly income: the average of the months before the absence (§ 8-28), for hourly and
	// shift workers too (their income over the number of months).
	const monthAmounts: readonly number[] | undefined = input.months;
	const sum =
		monthAmounts !== undefined
			? monthAmounts.reduce((s, m) => s.plus(m), new Decimal(0))
			: new Decimal(input.hourly!.income);
	const count = monthAmounts !== undefined ? monthAmounts.length : (input.hourly!.months ?? 3);
	const exactMonth = sum.dividedBy(count);
	const manedsinntekt = ore(exactMonth);
	const rounded = !manedsinntekt.equals(exactMonth);
	// Sykepengegrunnlag before the cap: the monthly income × 12 (§ 8-28), never a daily rate × 260.
	const arsinntekt = manedsinntekt.times(12);
	steps.push(
		step(
			rounded ? 'sykepenger.manedsinntektRounded' : 'sykepenger.manedsinntekt',
			{ count, sumKr: sum.toNumber(), manedKr: manedsinntekt.toNumber() },
			rounded ? { interpretation: true, source: SRC } : { source: SRC }
		),
		step(
			'sykepenger.arsinntekt',
			{ manedKr: manedsinntekt.toNumber(), arsKr: arsinntekt.toNumber() },
			{ source: SRC }
		)
	);

	const G = new Decimal(g.value);
	const cap = G.times(6);
	const capped = arsinntekt.greaterThan(cap);
	const grunnlag = capped ? cap : arsinntekt;
	steps.push(
		step(
			capped ? 'sykepenger.capped' : 'sykepenger.belowCap',
			{
				gKr: g.value,
				capKr: cap.toNumber(),
				arsKr: arsinntekt.toNumber(),
				grunnlagKr: grunnlag.toNumber()
			},
			{ source: SRC_6G }
		)
	);
	// Below half a G there is no right to sykepenger; the figures are still shown. The G of the
	// minimum is the one that applies to the minimum-income requirement on the first day of
	// absence: from 1 May until that G's own date, still last year's (a G the person gives is
	// used for both).
	const minimumG = new Decimal(minG?.value ?? g.value);
	const halfG = minimumG.dividedBy(2);
	if (minG?.newFrom !== undefined)
		steps.push(
			step(
				'sykepenger.minimumOldG',
				{
					firstDayDate,
					minGKr: minG.value,
					halfGKr: halfG.toNumber(),
					newFromDate: minG.newFrom
				},
				{ source: citeAll(MINSTEINNTEKT_SOURCE, SRC_HALF_G) }
			)
		);
	const belowMinimum = arsinntekt.lessThan(halfG);
	if (belowMinimum)
		steps.push(
			step(
				'sykepenger.belowMinimum',
				{ arsKr: arsinntekt.toNumber(), halfGKr: halfG.toNumber() },
				{ source: SRC_HALF_G }
			)
		);

	const dailyExact = grunnlag.dividedBy(260);
	const dagsats = ore(dailyExact);
	const dagsatsKr = wholeKr(dailyExact);
	steps.push(
		step(
			'sykepenger.dagsats',
			{ grunnlagKr: grunnlag.toNumber(), dagsatsKr: dagsats.toNumber() },
			{ source: SRC_260 }
		),
		step(
			'sykepenger.dagsatsKr',
			{ dagsatsKr: dagsats.toNumber(), paidKr: dagsatsKr },
			{ source: [SRC, SRC_SPLEIS] }
		)
	);
	return {
		manedsinntekt: manedsinntekt.toNumber(),
		arsinntekt: arsinntekt.toNumber(),
		...(arbeidsgiverDagsats ? { arbeidsgiverDagsats: arbeidsgiverDagsats.toNumber() } : {}),
		g: g.value,
		minsteinntektG: minimumG.toNumber(),
		halfG: halfG.toNumber(),
		cap: cap.toNumber(),
		capped,
		grunnlag: grunnlag.toNumber(),
		dagsats: dagsats.toNumber(),
		dagsatsKr,
		belowMinimum,
		steps
	};
}
