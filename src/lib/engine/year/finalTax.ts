import Decimal from 'decimal.js';
import type { AnnualTaxResult } from '../annual';
import { percentOf, wholeKr } from '../money';
import { grunnbelopOn } from '../nav/grunnbelop';
import { getYearRules } from '../rules';
import type { Source } from '../rules/source';
import { step, type Step } from '../steps';
import type { YourYearInput } from './types';

/**
 * Two ways a year's tax is final when it is withheld, with no settlement of the resident kind
 * (docs/annual-and-back-payments.md §2.10–§2.11): kildeskatt for a person living abroad, and the
 * Svalbard tax. Neither has a minstefradrag, personfradrag, other deductions or the pension
 * credit, so there is nothing to refund of the difference to the resident tax.
 *
 * Each returns the shape of the resident annual tax (`AnnualTaxResult`) so the year's outcome,
 * range and page read it the same way; the parts that do not exist here are 0.
 */

function result(
	final: 'kildeskatt' | 'svalbard',
	year: number,
	personinntekt: number,
	total: number,
	trygdeavgift: number,
	steps: Step[]
): AnnualTaxResult {
	return {
		year,
		total,
		totalBeforeCredit: total,
		pensionCredit: 0,
		pensionCreditStatus: 'none',
		personinntekt,
		minstefradrag: 0,
		alminneligInntekt: 0,
		skattAlminneligInntekt: total - trygdeavgift,
		trinnskatt: 0,
		trygdeavgift,
		steps,
		interpretation: false,
		final
	};
}

/**
 * Kildeskatt (skatteetaten.no, help with the tax return for people living abroad): the year's tax
 * on pension and uføretrygd is the year's rate (15 %) of it, the same as withheld. The exception
 * the result names and does not compute: a tax treaty with a lower rate, or the EEA rule for a
 * person with 90 % or more of the income from Norway (taxed as a resident, on claim).
 */
export function kildeskattYearTax(year: number, income: number): AnnualTaxResult {
	const k = getYearRules(year).nav.kildeskattPct;
	const total = percentOf(income, k.value);
	return result('kildeskatt', year, income, total, 0, [
		step(
			'year.kildeskatt',
			{ incomeKr: income, ratePct: k.value, taxKr: total },
			{ source: k.source }
		),
		step('year.kildeskattException', {}, { source: SRC_KILDESKATT })
	]);
}

const SRC_KILDESKATT: Source = {
	title: 'skatteetaten.no: Hjelp til skattemeldinga for personar som er busett i utlandet',
	section: 'kildeskatt på pensjon'
};

/**
 * The Svalbard tax under the withholding scheme (Skatteetaten's Svalbard rates; Skatte-ABC S-22
 * 9.2 and 7.7): the low rate on income up to 12 G (the last G fixed in the income year, 1 May),
 * the high rate above, and trygdeavgift at the wage rate on wage-type income and the pension rate
 * on pension; no deductions, no lower limit, no pension credit. Each part rounded to whole kroner.
 * Before the year's G of 1 May is in our sources, the G in force on 1 January is used and said
 * (interpretation); undefined when neither is known.
 */
export function svalbardYearTax(
	year: number,
	wage: number,
	pension: number
): AnnualTaxResult | undefined {
	const r = getYearRules(year).annual;
	const sv = r.svalbard;
	// The G of 1 May; before it is known, the G in force on 1 January, said (a lower 12 G).
	const may = grunnbelopOn(`${year}-05-01`);
	const g = may ?? grunnbelopOn(`${year}-01-01`);
	if (!g) return undefined;
	const income = new Decimal(wage).plus(pension);
	const limit = new Decimal(g.value).times(sv.value.gMultiple);
	const low = Decimal.min(income, limit);
	const high = Decimal.max(0, income.minus(limit));
	const tax = wholeKr(low.times(sv.value.lowPct).plus(high.times(sv.value.highPct)).dividedBy(100));
	const trygdeWage = new Decimal(wage).times(r.trygdeavgiftWagePct.value).dividedBy(100);
	const trygdePension = new Decimal(pension).times(r.trygdeavgiftPensionPct.value).dividedBy(100);
	const trygdeavgift = wholeKr(trygdeWage.plus(trygdePension));
	const steps: Step[] = [
		step(
			'year.svalbard',
			{
				incomeKr: income.toNumber(),
				lowPct: sv.value.lowPct,
				limitKr: limit.toNumber(),
				gKr: g.value,
				highPct: sv.value.highPct,
				taxKr: tax
			},
			{ source: sv.source }
		),
		step(
			'year.svalbardTrygdeavgift',
			{
				wageKr: wage,
				wagePct: r.trygdeavgiftWagePct.value,
				pensionKr: pension,
				pensionPct: r.trygdeavgiftPensionPct.value,
				taxKr: trygdeavgift
			},
			{ source: r.trygdeavgiftWagePct.source }
		),
		step('year.svalbardFinal', { totalKr: tax + trygdeavgift }, { source: sv.source })
	];
	if (!may)
		steps.splice(
			1,
			0,
			step(
				'year.svalbardGAssumed',
				{ year, gKr: g.value },
				{ interpretation: true, source: g.source }
			)
		);
	const res = result('svalbard', year, income.toNumber(), tax + trygdeavgift, trygdeavgift, steps);
	return res;
}

/** Steps the page shows next to the outcome: why the tax is final, and the exception. */
export const FINAL_NOTES: ReadonlySet<string> = new Set([
	'year.kildeskattException',
	'year.svalbardFinal'
]);

/** Kildeskatt or Svalbard on a NAV source's card: the year's tax is final when withheld. */
export function finalTaxCard(input: YourYearInput): 'kildeskatt' | 'svalbard' | undefined {
	for (const s of input.sources) {
		const k = s.withholding.by === 'nav' ? s.withholding.card?.kind : undefined;
		if (k === 'kildeskatt' || k === 'svalbard') return k;
	}
	return undefined;
}
