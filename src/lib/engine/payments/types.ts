import type { PaidOnRule } from '../nav/payDates';
import type { Rate } from '../nav/cards';
import type { Benefit, MonthRule, MonthRuleSummary } from '../nav/benefits';
import type { Reporting } from '../nav/meldeperioder';
import type { Period } from '../tabelltrekk';
import type { Step } from '../steps';

/**
 * The shapes of NAV's withholding on each payment (docs/nav-payments.md): what goes in, what comes
 * out, and the checked input the computation works on.
 */
export type Card =
	/**
	 * `percent`: the card's percentage, for NAV benefits not withheld by table (here: overgangsstønad
	 * below 50 %, docs/nav-payments.md §1) and for a back payment for earlier months of the year
	 * (docs/nav-payments.md §6: required when there is one, never guessed).
	 */
	| { kind: 'table'; table: string; percent?: number }
	| { kind: 'percent'; percent: number }
	| { kind: 'frikort'; limit?: number }
	| { kind: 'none' }
	| { kind: 'kildeskatt' }
	| { kind: 'svalbard' };

/** Voluntary extra withholding a month (frivillig skattetrekk), kroner or percent. */
export type Extra = { kroner: number } | { percent: number };

export interface PaymentInput {
	/** First day paid for, `YYYY-MM-DD`. */
	from: string;
	/** Last day paid for, `YYYY-MM-DD`, inclusive. */
	to: string;
	/** Gross kroner (øre allowed). */
	amount: number;
	/** Date paid, `YYYY-MM-DD`; default: NAV's usual date (nav/payDates.ts, `paidOnAssumed`). */
	paidOn?: string;
}

export interface WithholdInput {
	year: number;
	benefit: Benefit;
	/**
	 * The tax card. Not needed for barnepensjon from 2025, withheld at a fixed rate whatever the
	 * card (rules/<year>.ts, nav.barnepensjon); a card given for it is left out.
	 */
	card?: Card;
	payments: PaymentInput[];
	extra?: Extra;
	/**
	 * AAP and dagpenger: the person reports in odd or even ISO weeks. Only narrows which of NAV's
	 * published week numbers apply; without it, a meldeperiode's own weeks tell its parity.
	 */
	meldekortWeeks?: Reporting;
	/** Ytelser til gjenlevende ektefelle together with uføretrygd: June is trekkfri (§4). */
	withUforetrygd?: boolean;
}

export type { Interpretation } from '../interpretations';
import type { Interpretation } from '../interpretations';

/** Why a part has the June/December rule it has (null: an ordinary month, nothing special). */
export type RuleWhy =
	/** NAV's June/December table for the benefit (§4). */
	| 'benefitMonth'
	/** One of the first meldeperioder of June or December (AAP, dagpenger; §5). */
	| 'meldeperiode'
	/** Gjenlevende combined with uføretrygd: June trekkfri (§4). */
	| 'withUforetrygd'
	/** Sykepenger for December not paid in December: ordinary (§4). */
	| 'sykepengerNotPaidInDecember'
	/** Not a table card: no June/December rule (interpretation for percentage cards). */
	| 'notTableCard'
	/** A table withheld over 12 months: no June/December relief (Skattedirektoratet, §4). */
	| 'twelveMonthTable'
	/** A back payment for an earlier month of the year: the card's percentage (§6). */
	| 'backPayment'
	/** Barnepensjon from 2025: a fixed rate of every payment whatever the card (§1). */
	| 'fixedRate';

export interface MonthPart {
	/** The month (1–12) this part of the payment is for. */
	month: number;
	days: number;
	/** The part of the payment for this month (kroner, to the øre). */
	amount: number;
	rule: MonthRule;
	ruleWhy: RuleWhy | null;
	/** The table period for all days counted so far for the month; null when trekkfri. */
	period: Period | null;
	/** 18–24 days: the week table on one third, times three. */
	third: boolean;
	/** Days and kroner counted in the month's recalculation so far, this part included. */
	cumulativeDays: number;
	cumulativeAmount: number;
	/** The month's withholding recalculated now, after the June/December rule. */
	monthTotal: number;
	withheldEarlier: number;
	/** This part's share: monthTotal − withheldEarlier, never below 0 nor above the part. */
	trekk: number;
	/** Position among the payments for this month (1 = first). */
	nth: number;
	/** The share was more than the part and was cut to it. */
	capped: boolean;
}

export interface PaymentResult {
	/** Position in the input. */
	index: number;
	from: string;
	to: string;
	paidOn: string;
	paidOnAssumed: boolean;
	/**
	 * AAP and dagpenger: the payment is a trekkfri meldeperiode of June or December (§5), with its
	 * ISO weeks when it is one whole meldeperiode; `listed` when NAV's published weeks for the year
	 * named it, false when it is the first paid in the month (the interpretation for 2025–2027).
	 */
	meldeperiode?: { month: 6 | 12; fromWeek?: number; toWeek?: number; listed: boolean };
	gross: number;
	/** Everything withheld from the payment: taxTrekk + extraTrekk, whole kroner. */
	trekk: number;
	net: number;
	/** Calendar days paid for. */
	days: number;
	method: Card['kind'];
	/** Table period of the payment's main part (the month with most days), or null. */
	period: Period | null;
	rule: MonthRule;
	ruleWhy: RuleWhy | null;
	/** Table cards: the payment per calendar month, each with its month's recalculation. */
	parts: MonthPart[];
	/** Tax withheld by the card (before the voluntary extra). */
	taxTrekk: number;
	/** Voluntary extra withheld from this payment. */
	extraTrekk: number;
	/** Something was cut so the withholding stays within the payment. */
	capped: boolean;
	/** One-line summary (step id `payments.reason.*`). */
	reason: Step;
	steps: Step[];
	/** True when any step of this payment rests on an interpretation. */
	interpretation: boolean;
	/** Which interpretations, so the page can say which figure rests on what. */
	interpretations: Interpretation[];
}

export interface MonthSummary {
	/** Month of payment 1–12. */
	month: number;
	gross: number;
	trekk: number;
	net: number;
	/** The rule for the payments paid in the month; null when nothing was paid. */
	rule: MonthRuleSummary;
}

export interface WithholdResult {
	year: number;
	/** In input order. */
	payments: PaymentResult[];
	/** Twelve months, by month of payment. */
	months: MonthSummary[];
	/** The year's totals: payments paid in the year (by the cash principle, the year's income). */
	totals: { gross: number; trekk: number; net: number; extra: number };
	/** Payments for this year paid in the next (for example December sykepenger in January). */
	paidNextYear: { count: number; gross: number; trekk: number; net: number };
	interpretations: Interpretation[];
}

// ---------------------------------------------------------------------------------------------
// Checked input (internal to payments/)

export interface Row {
	index: number;
	from: number;
	to: number;
	paidOn: number;
	paidOnAssumed: boolean;
	/** How an assumed date was chosen (nav/payDates.ts). */
	paidOnRule: PaidOnRule | null;
	amount: number;
	/** The amount to the øre, and in whole kroner rounded down (the most that can be withheld). */
	grossKr: number;
	cap: number;
}

export interface Checked {
	year: number;
	benefit: Benefit;
	card: Card;
	/** Barnepensjon from 2025: the fixed rate, whatever the card. */
	fixed: Rate | undefined;
	extra: Extra | undefined;
	reporting: Reporting | undefined;
	withUforetrygd: boolean;
	rows: Row[];
}
