import Decimal from 'decimal.js';
import { bracketSum, type BracketPart } from './brackets';
import { EngineError, type FieldIssue } from './errors';
import { percentOf, wholeKr } from './money';
import { getYearRules } from './rules';
import type { AnnualParams, Bracket } from './rules/types';
import { citeAll, type Cited } from './rules/source';
import { folketrygdloven } from './rules/sources';
import { step, type Step } from './steps';
import { amountIssue, isObj } from './validate';

/**
 * A person's annual tax, as the year-end settlement (skatteoppgjøret) computes it for wage-type
 * and pension-type personinntekt (docs/annual-and-back-payments.md §2). Exact decimals
 * throughout; each of the three taxes is rounded to whole kroner (half up) before they are added.
 */
export interface AnnualTaxInput {
	year: number;
	/**
	 * Wage-type personinntekt: wages, uføretrygd, AAP, dagpenger, sykepenger, … Required unless
	 * `pensionIncome` is given (then a missing one is none).
	 */
	wageIncome?: number;
	/** Pension-type personinntekt: alderspensjon, AFP, other pensions. */
	pensionIncome?: number;
	/**
	 * Skattefradrag for pensjonsinntekt (§2.8). Absent with pension income: it applies for 12
	 * months at 100 % (a full year of alderspensjon), and the result says it assumed so. `false`
	 * for pensions that do not qualify (tjenestepensjon only, særalderspensjon, …).
	 */
	pensionTaxCredit?: PensionTaxCredit;
	/**
	 * The part of `wageIncome` that is uføretrygd: taxed as wages, but it counts in samlet
	 * pensjonsinntekt, which tapers the pension credit (skatteloven § 12-2 b, i, j).
	 */
	uforetrygdIncome?: number;
	/** Other deductions the person states (interest, union dues, …). */
	deductions?: number;
	/**
	 * Other alminnelig inntekt that is not personinntekt (interest, rent, …): taxed at 22 % only,
	 * like the addition a 9xxx table card has built in.
	 */
	capitalIncome?: number;
	/** Resident in Finnmark or Nord-Troms (tiltakssonen). */
	finnmark?: boolean;
	/**
	 * Trygdeavgift on wage-type income at the low rate (the pension rate): for people under 17
	 * or over 69 (folketrygdloven § 23-3 second paragraph; docs/annual-and-back-payments.md §2.5).
	 */
	lowTrygdeavgiftOnWages?: boolean;
}

/** The pension credit's terms: months of the year with pension (1–12) and the grade (uttaksgrad). */
export type PensionTaxCredit = false | { months?: number; gradePct?: number };

/**
 * What became of the pension credit: 'applied' (it was computed; it may still be 0 when the
 * pension is high), 'assumed' (applied on the default terms: 12 months at 100 %), 'notQualifying'
 * (`pensionTaxCredit: false`), 'notCovered' (no figures for the year), 'none' (no pension income).
 */
export type PensionCreditStatus = 'applied' | 'assumed' | 'notQualifying' | 'notCovered' | 'none';

export interface AnnualTaxResult {
	year: number;
	/** The year's tax: the three taxes less the pension credit, never below 0. */
	total: number;
	/** skattAlminneligInntekt + trinnskatt + trygdeavgift, before the pension credit. */
	totalBeforeCredit: number;
	/** The pension credit taken off the tax (whole kroner; at most the tax). */
	pensionCredit: number;
	pensionCreditStatus: PensionCreditStatus;
	personinntekt: number;
	minstefradrag: number;
	alminneligInntekt: number;
	skattAlminneligInntekt: number;
	trinnskatt: number;
	trygdeavgift: number;
	steps: Step[];
	interpretation: boolean;
	/**
	 * Set when the tax is final when withheld (kildeskatt, the Svalbard tax): no deductions, no
	 * pension credit; its tax is in `skattAlminneligInntekt` (docs/annual-and-back-payments.md §2.10–11).
	 */
	final?: 'kildeskatt' | 'svalbard';
}

const ZERO = new Decimal(0);

/** The amount as a Decimal, or 0 with its issue recorded (`validate.ts` judges it). */
function amountOf(field: string, v: unknown, issues: FieldIssue[], optional: boolean): Decimal {
	if (v === undefined && optional) return ZERO;
	const bad = amountIssue(field, v);
	if (bad) issues.push(bad);
	return bad ? ZERO : new Decimal(v as number);
}

/** The year's brackets, with the Finnmark rate for step 3 where it applies. */
function bracketsFor(a: AnnualParams, finnmark: boolean): Bracket[] {
	const b = a.trinnskatt.value;
	return finnmark
		? b.map((x, i) => (i === 2 ? { ...x, ratePct: a.trinnskatt3FinnmarkPct.value } : x))
		: b;
}

function minstefradrag(income: Decimal, p: { ratePct: number; max: number }): Decimal {
	return Decimal.min(percentOf(income, p.ratePct), p.max, income);
}

export function annualTax(input: AnnualTaxInput): AnnualTaxResult {
	const issues: FieldIssue[] = [];
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	let params: AnnualParams | undefined;
	try {
		params = getYearRules(input.year).annual;
	} catch (e) {
		if (e instanceof EngineError) issues.push(...e.issues);
		else throw e;
	}
	const wage = amountOf('wageIncome', input.wageIncome, issues, input.pensionIncome !== undefined);
	const pension = amountOf('pensionIncome', input.pensionIncome, issues, true);
	const deductions = amountOf('deductions', input.deductions, issues, true);
	const ufore = amountOf('uforetrygdIncome', input.uforetrygdIncome, issues, true);
	const capital = amountOf('capitalIncome', input.capitalIncome, issues, true);
	const credit = creditTerms(input.pensionTaxCredit, issues);
	if (issues.length === 0 && deductions.greaterThan(wage.plus(pension).plus(capital)))
		issues.push({ field: 'deductions', code: 'deductionsExceedIncome' });
	if (issues.length === 0 && ufore.greaterThan(wage))
		issues.push({ field: 'uforetrygdIncome', code: 'invalid' });
	if (issues.length > 0 || !params) throw new EngineError(issues);
	const a = params;
	const finnmark = input.finnmark === true;
	const src = (s: { source: Cited }) => ({ source: s.source });
	const steps: Step[] = [];
	let interpretation = false;

	const personinntekt = wage.plus(pension);
	steps.push(
		step('annual.income', {
			wageKr: wage.toNumber(),
			pensionKr: pension.toNumber(),
			totalKr: personinntekt.toNumber()
		})
	);

	// 1. Minstefradrag for each kind of income; with both, the sum is capped at the wage maximum.
	const mWage = minstefradrag(wage, a.minstefradragWage.value);
	const mPension = minstefradrag(pension, a.minstefradragPension.value);
	if (wage.greaterThan(0))
		steps.push(
			step(
				'annual.minstefradragWage',
				{
					incomeKr: wage.toNumber(),
					ratePct: a.minstefradragWage.value.ratePct,
					maxKr: a.minstefradragWage.value.max,
					deductionKr: mWage.toNumber()
				},
				src(a.minstefradragWage)
			)
		);
	if (pension.greaterThan(0))
		steps.push(
			step(
				'annual.minstefradragPension',
				{
					incomeKr: pension.toNumber(),
					ratePct: a.minstefradragPension.value.ratePct,
					maxKr: a.minstefradragPension.value.max,
					deductionKr: mPension.toNumber()
				},
				src(a.minstefradragPension)
			)
		);
	// Settled (Skatteetaten's rates page for minstefradrag): the sum is capped at the wage maximum.
	let minste = mWage.plus(mPension);
	if (wage.greaterThan(0) && pension.greaterThan(0)) {
		minste = Decimal.min(minste, a.minstefradragWage.value.max);
		steps.push(
			step(
				'annual.minstefradragCombined',
				{ maxKr: a.minstefradragWage.value.max, deductionKr: minste.toNumber() },
				src(a.minstefradragWage)
			)
		);
	}

	// 2. Alminnelig inntekt.
	if (capital.greaterThan(0))
		steps.push(step('annual.capitalIncome', { amountKr: capital.toNumber() }));
	if (deductions.greaterThan(0))
		steps.push(step('annual.deductions', { amountKr: deductions.toNumber() }));
	const alminnelig = personinntekt.plus(capital).minus(minste).minus(deductions);
	steps.push(step('annual.alminneligInntekt', { amountKr: alminnelig.toNumber() }));

	// 3. Tax on alminnelig inntekt after personfradrag (Finnmark: lower rate, finnmarksfradrag).
	const fradrag = finnmark
		? a.personfradrag.value + a.finnmarksfradrag.value
		: a.personfradrag.value;
	const rate = finnmark ? a.alminneligInntektFinnmarkPct.value : a.alminneligInntektPct.value;
	const base = Decimal.max(0, alminnelig.minus(fradrag));
	const skattAlminnelig = wholeKr(base.times(rate).dividedBy(100));
	steps.push(
		step(
			finnmark ? 'annual.personfradragFinnmark' : 'annual.personfradrag',
			{ amountKr: fradrag },
			src(finnmark ? a.finnmarksfradrag : a.personfradrag)
		),
		step(
			'annual.skattAlminnelig',
			{ ratePct: rate, baseKr: base.toNumber(), taxKr: skattAlminnelig },
			src(finnmark ? a.alminneligInntektFinnmarkPct : a.alminneligInntektPct)
		)
	);

	// 4. Trinnskatt on personinntekt: the project's own sum, so exact decimals per bracket.
	const brackets = bracketsFor(a, finnmark);
	const parts: BracketPart[] = [];
	bracketSum(personinntekt.toNumber(), brackets, parts);
	const trinnExact = parts.reduce(
		(s, p) => s.plus(new Decimal(p.to - p.from).times(p.ratePct).dividedBy(100)),
		ZERO
	);
	const trinnskatt = wholeKr(trinnExact);
	for (const p of parts)
		steps.push(
			step(
				'annual.trinnskattBracket',
				{
					fromKr: p.from,
					toKr: p.to,
					ratePct: p.ratePct,
					taxKr: new Decimal(p.to - p.from).times(p.ratePct).dividedBy(100).toNumber()
				},
				src(a.trinnskatt)
			)
		);
	steps.push(
		step(
			'annual.trinnskatt',
			{ incomeKr: personinntekt.toNumber(), taxKr: trinnskatt },
			src(a.trinnskatt)
		)
	);

	// 5. Trygdeavgift: wage rate on wage-type, pension rate on pension-type income; nothing up to
	// the lower limit, and never more than 25 % of what is above it.
	const frigrense = a.trygdeavgiftFrigrense.value;
	let trygdeavgift = 0;
	if (personinntekt.lessThanOrEqualTo(frigrense)) {
		steps.push(
			step(
				'annual.trygdeavgiftBelow',
				{ incomeKr: personinntekt.toNumber(), frigrenseKr: frigrense },
				src(a.trygdeavgiftFrigrense)
			)
		);
	} else {
		// Under 17 or over 69: wages at the low rate, the one pensions have (§ 23-3 second paragraph).
		const low = input.lowTrygdeavgiftOnWages === true;
		const wageRate = low ? a.trygdeavgiftPensionPct : a.trygdeavgiftWagePct;
		const ordinary = wage
			.times(wageRate.value)
			.dividedBy(100)
			.plus(pension.times(a.trygdeavgiftPensionPct.value).dividedBy(100));
		const cap = personinntekt.minus(frigrense).times(a.trygdeavgiftPhaseInPct.value).dividedBy(100);
		if (wage.greaterThan(0))
			steps.push(
				step(
					low ? 'annual.trygdeavgiftWageLow' : 'annual.trygdeavgiftWage',
					{
						incomeKr: wage.toNumber(),
						ratePct: wageRate.value,
						taxKr: wage.times(wageRate.value).dividedBy(100).toNumber()
					},
					{ source: low ? citeAll(wageRate.source, SRC_AGE) : wageRate.source }
				)
			);
		if (pension.greaterThan(0))
			steps.push(
				step(
					'annual.trygdeavgiftPension',
					{
						incomeKr: pension.toNumber(),
						ratePct: a.trygdeavgiftPensionPct.value,
						taxKr: pension.times(a.trygdeavgiftPensionPct.value).dividedBy(100).toNumber()
					},
					src(a.trygdeavgiftPensionPct)
				)
			);
		if (cap.lessThan(ordinary)) {
			trygdeavgift = wholeKr(cap);
			steps.push(
				step(
					'annual.trygdeavgiftPhaseIn',
					{
						frigrenseKr: frigrense,
						phaseInPct: a.trygdeavgiftPhaseInPct.value,
						taxKr: trygdeavgift
					},
					src(a.trygdeavgiftPhaseInPct)
				)
			);
		} else {
			trygdeavgift = wholeKr(ordinary);
			steps.push(step('annual.trygdeavgift', { taxKr: trygdeavgift }, src(a.trygdeavgiftWagePct)));
		}
	}

	// 6. The year's tax.
	const totalBeforeCredit = skattAlminnelig + trinnskatt + trygdeavgift;
	steps.push(
		step('annual.total', {
			skattAlminneligKr: skattAlminnelig,
			trinnskattKr: trinnskatt,
			trygdeavgiftKr: trygdeavgift,
			totalKr: totalBeforeCredit
		})
	);

	// 8. Skattefradrag for pensjonsinntekt, after the rounded total (§2.8).
	const pc = pensionCredit(a, input.year, pension, ufore, credit, totalBeforeCredit, steps);
	if (pc.status === 'assumed' || pc.status === 'notCovered') interpretation = true;
	const total = totalBeforeCredit - pc.used;
	return {
		year: input.year,
		total,
		totalBeforeCredit,
		pensionCredit: pc.used,
		pensionCreditStatus: pc.status,
		personinntekt: personinntekt.toNumber(),
		minstefradrag: minste.toNumber(),
		alminneligInntekt: alminnelig.toNumber(),
		skattAlminneligInntekt: skattAlminnelig,
		trinnskatt,
		trygdeavgift,
		steps,
		interpretation
	};
}

const SRC_AGE = folketrygdloven(
	'§ 23-3 annet ledd',
	'lav sats også på lønn for personer under 17 år og over 69 år'
);

const SRC_CREDIT_DEFAULT =
	'docs/annual-and-back-payments.md §2.8: without terms, 12 months at 100 %';

/** The credit's terms, checked: `false`, or months 1–12 and a grade above 0 up to 100. */
function creditTerms(
	v: unknown,
	issues: FieldIssue[]
): false | { months: number; gradePct: number; given: boolean } {
	if (v === false) return false;
	if (v === undefined) return { months: 12, gradePct: 100, given: false };
	if (!isObj(v)) {
		issues.push({ field: 'pensionTaxCredit', code: 'invalid' });
		return false;
	}
	const o = v as { months?: unknown; gradePct?: unknown };
	let months = 12;
	let gradePct = 100;
	if (o.months !== undefined) {
		if (
			typeof o.months !== 'number' ||
			!Number.isInteger(o.months) ||
			o.months < 1 ||
			o.months > 12
		)
			issues.push({ field: 'pensionTaxCredit.months', code: 'invalid' });
		else months = o.months;
	}
	if (o.gradePct !== undefined) {
		if (typeof o.gradePct !== 'number' || !Number.isFinite(o.gradePct))
			issues.push({ field: 'pensionTaxCredit.gradePct', code: 'invalid' });
		else if (o.gradePct <= 0 || o.gradePct > 100)
			issues.push({
				field: 'pensionTaxCredit.gradePct',
				code: 'percentRange',
				values: { max: 100 }
			});
		else gradePct = o.gradePct;
	}
	return { months, gradePct, given: true };
}

/**
 * Skattefradrag for pensjonsinntekt (skatteloven § 16-1, Skatte-ABC S-13): the maximum and both
 * thresholds reduced by months/12 and the grade; the maximum tapered by rate 1 of samlet
 * pensjonsinntekt (pension and uføretrygd) between the thresholds and rate 2 above the second;
 * rounded to whole kroner, never below 0, and never more than the tax it reduces.
 */
function pensionCredit(
	a: AnnualParams,
	year: number,
	pension: Decimal,
	ufore: Decimal,
	terms: false | { months: number; gradePct: number; given: boolean },
	tax: number,
	steps: Step[]
): { used: number; status: PensionCreditStatus } {
	if (!pension.greaterThan(0)) return { used: 0, status: 'none' };
	if (terms === false) {
		steps.push(step('annual.pensionCreditNotQualifying', {}, { source: 'skatteloven § 16-1' }));
		return { used: 0, status: 'notQualifying' };
	}
	const p = a.skattefradragPensjon;
	if (!p) {
		steps.push(step('annual.pensionCreditNotCovered', { year }, { interpretation: true }));
		return { used: 0, status: 'notCovered' };
	}
	const v = p.value;
	if (!terms.given)
		steps.push(
			step(
				'annual.pensionCreditAssumed',
				{ months: 12, gradePct: 100 },
				{ interpretation: true, source: SRC_CREDIT_DEFAULT }
			)
		);
	// The maximum for the months, rounded to whole kroner, then the grade: the order of
	// Skatteetaten's own part-year example (Skatte-ABC S-13). The thresholds stay exact.
	const share = new Decimal(terms.months).dividedBy(12).times(terms.gradePct).dividedBy(100);
	const max = new Decimal(wholeKr(new Decimal(v.max).times(terms.months).dividedBy(12)))
		.times(terms.gradePct)
		.dividedBy(100);
	const t1 = share.times(v.threshold1);
	const t2 = share.times(v.threshold2);
	const samlet = pension.plus(ufore);
	const step1 = Decimal.max(0, Decimal.min(samlet, t2).minus(t1)).times(v.rate1Pct).dividedBy(100);
	const step2 = Decimal.max(0, samlet.minus(t2)).times(v.rate2Pct).dividedBy(100);
	const credit = wholeKr(Decimal.max(0, max.minus(step1).minus(step2)));
	const used = Math.min(credit, tax);
	const kr = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
	steps.push(
		step(
			'annual.pensionCredit',
			{
				months: terms.months,
				gradePct: terms.gradePct,
				fullMaxKr: v.max,
				maxKr: kr(max),
				samletKr: samlet.toNumber(),
				uforeKr: ufore.toNumber(),
				threshold1Kr: kr(t1),
				rate1Pct: v.rate1Pct,
				threshold2Kr: kr(t2),
				rate2Pct: v.rate2Pct,
				reductionKr: kr(step1.plus(step2)),
				creditKr: credit
			},
			{ source: p.source }
		)
	);
	if (used < credit)
		steps.push(step('annual.pensionCreditCapped', { creditKr: credit, taxKr: tax, usedKr: used }));
	if (used > 0)
		steps.push(
			step('annual.totalAfterCredit', { beforeKr: tax, creditKr: used, totalKr: tax - used })
		);
	return { used, status: terms.given ? 'applied' : 'assumed' };
}

export type YearEndKind = 'restskatt' | 'tilgode' | 'even';

/** Annual tax minus everything withheld during the year: restskatt when positive, tilgode when negative. */
export function yearEndOutcome(
	annualTotal: number,
	withheld: number
): { kind: YearEndKind; amount: number; steps: Step[] } {
	const diff = new Decimal(annualTotal).minus(withheld);
	const kind: YearEndKind = diff.greaterThan(0)
		? 'restskatt'
		: diff.lessThan(0)
			? 'tilgode'
			: 'even';
	const amount = wholeKr(diff.abs());
	return {
		kind,
		amount,
		steps: [
			step(
				`annual.outcome.${kind}`,
				{ taxKr: annualTotal, withheldKr: withheld, amountKr: amount },
				{ source: 'docs/annual-and-back-payments.md §2.7' }
			)
		]
	};
}
