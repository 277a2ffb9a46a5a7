import type { AnnualTaxResult, YearEndKind } from '../annual';
import type { FieldIssue } from '../errors';
import { BENEFITS, PENSION_CREDIT_BENEFITS, type Benefit } from '../nav/benefits';
import type { Reporting } from '../nav/meldeperioder';
import type { Card, Extra, PaymentInput, WithholdResult } from '../payments';
import type { Step } from '../steps';

/**
 * The model of a person's income year: what the input says about each source of income and how
 * tax is withheld from it, and what the result gives back (the outcome, its range, the
 * assumptions it rests on, what drives it, what to do). Also the kind of income each NAV benefit
 * is for the annual tax, and the citation the estimate's assumptions share.
 */

/**
 * What the income is, for the annual tax: wages; a benefit taxed as wages (AAP, dagpenger,
 * sykepenger, …); uføretrygd (taxed as wages, counted in samlet pensjonsinntekt); a pension with
 * the pension credit (alderspensjon, public-sector AFP, supplerende stønad); a pension without it
 * (tjenestepensjon, gjenlevendeytelse, …).
 */
export type IncomeKind = 'wage' | 'benefit' | 'uforetrygd' | 'pension' | 'pensionNoCredit';

export const INCOME_KINDS: readonly IncomeKind[] = [
	'wage',
	'benefit',
	'uforetrygd',
	'pension',
	'pensionNoCredit'
];

/** How tax is withheld from a source. */
export type SourceWithholding =
	/** A NAV benefit: NAV's own withholding (`withholdPayments`), June and December included. */
	| {
			by: 'nav';
			benefit: Benefit;
			/** Optional only where the benefit needs none (barnepensjon: a fixed rate). */
			card?: Card;
			payments: PaymentInput[];
			extra?: Extra;
			meldekortWeeks?: Reporting;
			withUforetrygd?: boolean;
	  }
	/** Another payer using a withholding table (the month table, over the table's months). */
	| { by: 'table'; table: string }
	/** Another payer withholding a percentage; blank is asked for. */
	| { by: 'percent'; percent?: number }
	/** The person knows what was (or will be) withheld over the year; blank is asked for. */
	| { by: 'known'; withheld?: number }
	/**
	 * A back payment for an earlier year, withheld at NAV's flat rate (44 %, 32 %, …). `forYear`:
	 * the year it is for (default: the year before); `earlierIncome`: that year's other income,
	 * for the spreading relief (blank: the outcome is a range, and the result says so).
	 */
	| { by: 'backPay'; benefit: Benefit; forYear?: number; earlierIncome?: number };

export interface IncomeSource {
	/** What the income is. For `by: 'nav'` it follows from the benefit when left out. */
	kind?: IncomeKind;
	/** The year's gross, kroner. For `by: 'nav'` the payments' total; elsewhere blank is asked for. */
	amount?: number;
	withholding: SourceWithholding;
	/** Pension with the credit: months with pension and the grade; absent: 12 months at 100 %. */
	pensionCredit?: { months?: number; gradePct?: number };
}

export interface YourYearInput {
	year: number;
	sources: IncomeSource[];
	/**
	 * Other deductions for the year (interest, union dues, …). Blank: the table card's built-in
	 * deduction (8xxx), or none; either way said, with how far the outcome moves.
	 */
	deductions?: number;
	/** Other alminnelig inntekt (interest, rent, …). Blank: a 9xxx table's addition, or none. */
	capitalIncome?: number;
	finnmark?: boolean;
	/**
	 * Year of birth: trygdeavgift on wages is at the low rate for people under 17 or over 69
	 * (folketrygdloven § 23-3). Blank with wage-type income: 17–69 assumed, and said.
	 */
	birthYear?: number;
	/**
	 * The first month (1–12) a voluntary extra withholding could start; default January; 13 when
	 * the year is over (then there is nothing left to withhold from).
	 */
	fromMonth?: number;
	/** Today, yyyy-mm-dd: the advice is what can still be done on this day (`adviseYear`). */
	today?: string;
}

export interface YearSourceResult {
	kind: IncomeKind | 'barnepensjon';
	amount: number;
	withheld: number;
	method: SourceWithholding['by'];
	/** The NAV benefit, for `nav` and `backPay`. */
	benefit?: Benefit;
	/** For `nav`: NAV's withholding over the year. */
	withholding?: WithholdResult;
	/** The table the source is withheld by, if any. */
	table?: string;
	/** The rate withheld, for `percent`, `backPay` and a NAV benefit on a percentage card. */
	ratePct?: number;
}

/** A named assumption, and how much the outcome (tax − withheld) moves if it is wrong. */
export interface YearAssumption extends Step {
	/** Signed change of the outcome (positive: more restskatt) under the alternative. */
	deltaKr?: number;
	/** Whether the alternative is part of the outcome's range. */
	inRange: boolean;
}

export interface YourYearResult {
	year: number;
	/** Blank fields that would decide the answer: ask for these; no outcome until they are given. */
	needs: FieldIssue[];
	sources: YearSourceResult[];
	annual?: AnnualTaxResult;
	/** Everything withheld in the year. */
	withheld: number;
	outcome?: {
		kind: YearEndKind;
		/** Whole kroner, positive. */
		amount: number;
		/** Tax − withheld: positive is restskatt, negative tilgode. */
		net: number;
		/** The range of `net` over the assumptions that have an alternative. */
		low: number;
		high: number;
	};
	assumptions: YearAssumption[];
	drivers: Step[];
	actions: Step[];
	steps: Step[];
}

/** Where the estimate's assumptions are described. */
export const SRC_2B = 'docs/annual-and-back-payments.md §2 (what the estimate may assume)';

/** The kind of income a NAV benefit is, for the annual tax. */
export function kindOfBenefit(benefit: Benefit): IncomeKind | 'barnepensjon' {
	if (benefit === 'barnepensjon') return 'barnepensjon';
	if (benefit === 'uforetrygd') return 'uforetrygd';
	if (BENEFITS[benefit].income === 'pension')
		return PENSION_CREDIT_BENEFITS.has(benefit) ? 'pension' : 'pensionNoCredit';
	return 'benefit';
}
