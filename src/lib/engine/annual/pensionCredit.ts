import Decimal from 'decimal.js';
import type { FieldIssue } from '../errors';
import { wholeKr } from '../money';
import { skatteloven } from '../rules/sources';
import type { AnnualParams } from '../rules/types';
import { step, type Step } from '../steps';
import { isObj } from '../validate';
import type { PensionCreditStatus } from './types';

/**
 * The pension credit (skattefradrag for pensjonsinntekt) in the annual tax: its terms checked
 * (months with pension, the grade; none given: 12 months at 100 %, said), and the credit from
 * them and samlet pensjonsinntekt.
 */

const SRC_CREDIT_DEFAULT =
	'docs/annual-and-back-payments.md §2.8: without terms, 12 months at 100 %';

/** The credit's terms, checked: `false`, or months 1–12 and a grade above 0 up to 100. */
export function creditTerms(
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
export function pensionCredit(
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
		steps.push(step('annual.pensionCreditNotQualifying', {}, { source: skatteloven('§ 16-1') }));
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
