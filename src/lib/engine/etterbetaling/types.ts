import type { Benefit } from '../nav/benefits';
import type { Card } from '../payments';
import type { Step } from '../steps';

/**
 * The model of a back payment: the input (the parts and the years they are for, the other income
 * each year, the card) and the result (what NAV withholds when it pays, what the settlement makes
 * of it, per part and per year).
 */
export interface EtterbetalingPart {
	year: number;
	amount: number;
	/**
	 * Months (1–12) of the payout year the amount is for. Shown only: a back payment for earlier
	 * months of the year is withheld at the card's percentage whatever the months.
	 */
	months?: number[];
}

export interface EtterbetalingInput {
	payoutYear: number;
	benefit: Benefit;
	parts: EtterbetalingPart[];
	/** Other income each year, WITHOUT the back payment. A missing year is assumed (and said). */
	income: Record<number, { wage?: number; pension?: number }>;
	/** Finnmark or Nord-Troms (tiltakssonen). */
	finnmark?: boolean;
	/**
	 * The tax card in the payout year. Needed when a part is for the payout year: its percentage
	 * (`percent`, for a table card too) is what such a part is withheld at (docs/nav-payments.md §6).
	 * Kildeskatt and Svalbard also decide the rate for earlier years.
	 */
	card?: Card;
}

export interface EtterbetalingPartResult {
	year: number;
	amount: number;
	withheld: number;
	/**
	 * 'flat': an earlier year's part at the payout year's flat back-payment rate; 'card': a part
	 * for earlier months of the payout year at the tax card's percentage (docs/nav-payments.md §6), or
	 * barnepensjon's fixed rate.
	 */
	method: 'flat' | 'card';
	/** The rate used. */
	ratePct: number;
}

export interface EtterbetalingYearResult {
	year: number;
	/** The back payment for the year (all its parts). */
	amount: number;
	/** Tax on it if it had been taxed in that year. */
	extraTax: number;
	/** The payout year's other income was used for this year. */
	incomeAssumed: boolean;
}

export interface EtterbetalingResult {
	/** The whole back payment before tax. */
	total: number;
	/** Withheld when it is paid, whole kroner. */
	withheld: number;
	/** Paid out now: total − withheld. */
	netPaidOut: number;
	/** Extra tax with everything taxed in the payout year (skatteloven § 14-3), whole kroner. */
	extraTaxIfTaxedInPayoutYear: number;
	/** Extra tax with each part taxed in its own year, summed, whole kroner. */
	extraTaxIfSpread: number;
	/** max(0, in payout year − spread): the automatic deduction (FSFIN § 14-3-1). */
	relief: number;
	/** The back payment's tax after the settlement: in payout year − relief. */
	finalTax: number;
	/** What the person keeps after the settlement: total − finalTax. */
	net: number;
	/** finalTax − withheld: positive is more to pay at the settlement, negative money back. */
	settlementDifference: number;
	/** Years whose other income was not given: the payout year's was assumed. */
	assumedIncomeYears: number[];
	/** No other income was given for the payout year: none was assumed (0). */
	payoutIncomeAssumedZero: boolean;
	/** Every part is for the payout year: nothing to spread over other years, no relief. */
	sameYearOnly: boolean;
	/** Which income the back payment adds to (by the benefit). */
	incomeType: 'wage' | 'pension';
	perPart: EtterbetalingPartResult[];
	perYear: EtterbetalingYearResult[];
	steps: Step[];
}
