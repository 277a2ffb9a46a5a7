import Decimal from 'decimal.js';
import { bracketSum, type BracketPart } from '../brackets';
import { EngineError, type FieldIssue } from '../errors';
import { percentOf, wholeKr } from '../money';
import { getYearRules } from '../rules';
import type { AnnualParams, Bracket } from '../rules/types';
import { citeAll, type Cited } from '../rules/source';
import { folketrygdloven } from '../rules/sources';
import { step, type Step } from '../steps';
import { amountIssue, isObj } from '../validate';
import { creditTerms, pensionCredit } from './pensionCredit';
import type { AnnualTaxInput, AnnualTaxResult, YearEndKind } from './types';

/**
 * A person's annual tax, as the year-end settlement (skatteoppgjøret) computes it for wage-type
 * and pension-type personinntekt (docs/annual-and-back-payments.md §2). Exact decimals
 * throughout; each of the three taxes is rounded to whole kroner (half up) before they are added.
 */

export type {
	AnnualTaxInput,
	AnnualTaxResult,
	PensionCreditStatus,
	PensionTaxCredit,
	YearEndKind
} from './types';

const SRC_AGE = folketrygdloven(
	'§ 23-3 annet ledd',
	'lav sats også på lønn for personer under 17 år og over 69 år'
);

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
