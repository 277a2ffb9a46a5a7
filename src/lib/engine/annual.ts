import Decimal from 'decimal.js';
import { bracketSum, type BracketPart } from './brackets';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { getYearRules } from './rules';
import type { AnnualParams, Bracket } from './rules/types';
import { step, type Step } from './steps';

/**
 * A person's annual tax, as the year-end settlement (skatteoppgjøret) computes it for wage-type
 * and pension-type personinntekt (shared/spec/ufore-etterbetaling.md §2). Exact decimals
 * throughout; each of the three taxes is rounded to whole kroner (half up) before they are added.
 */
export interface AnnualTaxInput {
	year: number;
	/** Wage-type personinntekt: wages, uføretrygd, AAP, dagpenger, sykepenger, … */
	wageIncome: number;
	/** Pension-type personinntekt: alderspensjon, AFP, other pensions. */
	pensionIncome?: number;
	/** Other deductions the person states (interest, union dues, …). */
	deductions?: number;
	/** Resident in Finnmark or Nord-Troms (tiltakssonen). */
	finnmark?: boolean;
}

export interface AnnualTaxResult {
	year: number;
	total: number;
	personinntekt: number;
	minstefradrag: number;
	alminneligInntekt: number;
	skattAlminneligInntekt: number;
	trinnskatt: number;
	trygdeavgift: number;
	steps: Step[];
	interpretation: boolean;
}

const ZERO = new Decimal(0);

function whole(d: Decimal): number {
	return d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function amountOf(field: string, v: unknown, issues: FieldIssue[], optional: boolean): Decimal {
	if (v === undefined && optional) return ZERO;
	if (typeof v !== 'number' || Number.isNaN(v)) issues.push({ field, code: 'invalid' });
	else if (!Number.isFinite(v)) issues.push({ field, code: 'notFinite' });
	else if (v < 0) issues.push({ field, code: 'negative' });
	else if (v > MAX_AMOUNT) issues.push({ field, code: 'tooLarge', values: { max: MAX_AMOUNT } });
	else return new Decimal(v);
	return ZERO;
}

/** The year's brackets, with the Finnmark rate for step 3 where it applies. */
function bracketsFor(a: AnnualParams, finnmark: boolean): Bracket[] {
	const b = a.trinnskatt.value;
	return finnmark
		? b.map((x, i) => (i === 2 ? { ...x, ratePct: a.trinnskatt3FinnmarkPct.value } : x))
		: b;
}

function minstefradrag(income: Decimal, p: { ratePct: number; max: number }): Decimal {
	return Decimal.min(
		income.times(p.ratePct).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
		p.max,
		income
	);
}

export function annualTax(input: AnnualTaxInput): AnnualTaxResult {
	const issues: FieldIssue[] = [];
	if (input === null || typeof input !== 'object')
		throw new EngineError([{ field: 'input', code: 'invalid' }]);
	let params: AnnualParams | undefined;
	try {
		params = getYearRules(input.year).annual;
	} catch (e) {
		if (e instanceof EngineError) issues.push(...e.issues);
		else throw e;
	}
	const wage = amountOf('wageIncome', input.wageIncome, issues, false);
	const pension = amountOf('pensionIncome', input.pensionIncome, issues, true);
	const deductions = amountOf('deductions', input.deductions, issues, true);
	if (issues.length === 0 && deductions.greaterThan(wage.plus(pension)))
		issues.push({ field: 'deductions', code: 'deductionsExceedIncome' });
	if (issues.length > 0 || !params) throw new EngineError(issues);
	const a = params;
	const finnmark = input.finnmark === true;
	const src = (s: { source: string }) => ({ source: s.source });
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
	let minste = mWage.plus(mPension);
	if (wage.greaterThan(0) && pension.greaterThan(0)) {
		interpretation = true;
		minste = Decimal.min(minste, a.minstefradragWage.value.max);
		steps.push(
			step(
				'annual.minstefradragCombined',
				{ maxKr: a.minstefradragWage.value.max, deductionKr: minste.toNumber() },
				{ interpretation: true, ...src(a.minstefradragWage) }
			)
		);
	}

	// 2. Alminnelig inntekt.
	if (deductions.greaterThan(0))
		steps.push(step('annual.deductions', { amountKr: deductions.toNumber() }));
	const alminnelig = personinntekt.minus(minste).minus(deductions);
	steps.push(step('annual.alminneligInntekt', { amountKr: alminnelig.toNumber() }));

	// 3. Tax on alminnelig inntekt after personfradrag (Finnmark: lower rate, finnmarksfradrag).
	const fradrag = finnmark
		? a.personfradrag.value + a.finnmarksfradrag.value
		: a.personfradrag.value;
	const rate = finnmark ? a.alminneligInntektFinnmarkPct.value : a.alminneligInntektPct.value;
	const base = Decimal.max(0, alminnelig.minus(fradrag));
	const skattAlminnelig = whole(base.times(rate).dividedBy(100));
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
	const trinnskatt = whole(trinnExact);
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
		const ordinary = wage
			.times(a.trygdeavgiftWagePct.value)
			.dividedBy(100)
			.plus(pension.times(a.trygdeavgiftPensionPct.value).dividedBy(100));
		const cap = personinntekt.minus(frigrense).times(a.trygdeavgiftPhaseInPct.value).dividedBy(100);
		if (wage.greaterThan(0))
			steps.push(
				step(
					'annual.trygdeavgiftWage',
					{
						incomeKr: wage.toNumber(),
						ratePct: a.trygdeavgiftWagePct.value,
						taxKr: wage.times(a.trygdeavgiftWagePct.value).dividedBy(100).toNumber()
					},
					src(a.trygdeavgiftWagePct)
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
			trygdeavgift = whole(cap);
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
			trygdeavgift = whole(ordinary);
			steps.push(step('annual.trygdeavgift', { taxKr: trygdeavgift }, src(a.trygdeavgiftWagePct)));
		}
	}

	// 6. The year's tax.
	const total = skattAlminnelig + trinnskatt + trygdeavgift;
	steps.push(
		step('annual.total', {
			skattAlminneligKr: skattAlminnelig,
			trinnskattKr: trinnskatt,
			trygdeavgiftKr: trygdeavgift,
			totalKr: total
		})
	);
	return {
		year: input.year,
		total,
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
	const amount = diff.abs().toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
	return {
		kind,
		amount,
		steps: [
			step(
				`annual.outcome.${kind}`,
				{ taxKr: annualTotal, withheldKr: withheld, amountKr: amount },
				{ source: 'ufore-etterbetaling.md §2.7' }
			)
		]
	};
}
