import type { Step } from '../steps';

/**
 * The model of the annual tax: what it is computed from (the income by kind, deductions, the
 * pension credit's terms) and what it gives back (each tax, the total, the pension credit and
 * whether it applied), and the kind of outcome at the year-end settlement.
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

export type YearEndKind = 'restskatt' | 'tilgode' | 'even';
