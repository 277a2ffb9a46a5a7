import type { Benefit, MonthRule } from '../nav/benefits';
import type { Extra, PaymentInput, RuleWhy } from '../payments';
import type { Cited } from '../rules/source';
import type { Step } from '../steps';
import type { Period } from '../tabelltrekk';

/**
 * The shapes of "Explain a payment": what goes in (the notice as typed), what comes out (the
 * causes that reproduce the withholding exactly, what was assumed, and when nothing fits the
 * closest causes and what to check). The causes are plain data, so that other features (checking
 * a year of payments) can reuse them.
 */

export interface ExplainPaymentInput {
	year: number;
	benefit: Benefit;
	payment: PaymentInput;
	/** Tax withheld from the payment, as on the notice (whole kroner). */
	withheld: number;
	/**
	 * Payments made before this one for the same month(s), or paid earlier in the month this one
	 * is paid in, each with what was withheld from it and, when the notice gives it, the day it was
	 * paid (else NAV's usual day, before this payment).
	 */
	earlier?: Array<{ from: string; to: string; amount: number; withheld: number; paidOn?: string }>;
	/** A voluntary extra withholding the person knows they have. */
	extra?: Extra;
}

/** Where the payment stands in its month's recalculation. */
export type PaymentOrder =
	/** No earlier payment given: the only (or first) payment of its month. */
	| 'only'
	/** After the earlier payments given (the month recalculated with them). */
	| 'later'
	/** As if it had been calculated before the earlier payments given. */
	| 'first';

/** A run of consecutive tables in Skatteetaten's order (8000–8400, 9010–9400), for the wording. */
export interface TableRange {
	from: string;
	to: string;
	count: number;
}

/** The month's recalculation behind a table cause (docs/nav-payments.md §3). */
export interface MonthRecalc {
	forMonth: number;
	period: Period | null;
	third: boolean;
	cumulativeDays: number;
	cumulativeKr: number;
	monthTotalKr: number;
	earlierKr: number;
	trekkKr: number;
}

interface CauseBase {
	/** The tax the cause gives on this payment, and the extra withheld with it. */
	taxKr: number;
	extraKr: number;
	steps: Step[];
	/** True when any step rests on an interpretation (docs/). */
	interpretation: boolean;
}

/**
 * Why several tables give the very same withholding:
 * - `trekkfri`: nothing is withheld in a trekkfri month, whatever the table;
 * - `noIncomeTax`: the tables' deductions exceed the income, so only trygdeavgift and trinnskatt
 *   are left, and they do not depend on the table;
 * - `nothingDue`: the income is below every limit, so no table withholds anything;
 * - `capped`: every one of them would withhold more than the payment, so the whole payment is;
 * - `rounding`: the tables differ, but not by enough to change the figure on this amount.
 */
export type AgreeWhy = 'trekkfri' | 'noIncomeTax' | 'nothingDue' | 'capped' | 'rounding';

export interface TableCause extends CauseBase {
	/** `table`: an ordinary month; `trekkfri`, `half`: NAV's June/December rule for the benefit. */
	kind: 'table' | 'trekkfri' | 'half';
	/** Every table number that gives exactly this withholding, in Skatteetaten's order. */
	tables: string[];
	ranges: TableRange[];
	/** Every table of the year fits (an income too low for any tax). */
	allTables: boolean;
	order: PaymentOrder;
	rule: MonthRule;
	/**
	 * Why the month has its rule: `benefitMonth` (the benefit's June or December), `meldeperiode`
	 * (one of the first meldeperioder paid in June or December), `withUforetrygd`; null in an
	 * ordinary month.
	 */
	ruleWhy: RuleWhy | null;
	/** The month the rule is for: the June or December of a trekkfri or half month, else the main month. */
	forMonth: number;
	/**
	 * Trekkfri and half months: the tables withheld over 12 months (7350, 7500, …) were left out,
	 * since they have no trekkfri or half month (docs/nav-payments.md §4).
	 */
	twelveMonthExcluded: boolean;
	/** Why the tables listed all give this figure (null: one table, or no single reason). */
	agreeWhy: AgreeWhy | null;
	/**
	 * AAP and dagpenger in a year without NAV's published weeks: how many meldeperioder paid earlier
	 * in June or December (`paidMonth`), not typed in, this cause assumes were the trekkfri ones
	 * (null: none).
	 */
	unseenTrekkfri: { count: number; paidMonth: 6 | 12 } | null;
	/** The table the steps are shown for (the first of `tables`). */
	shownTable: string;
	/** The recalculation of each month the payment is for. */
	months: MonthRecalc[];
}

export type FlatWhy =
	| 'noCard'
	| 'noCardPension'
	| 'barnepensjon'
	| 'backPayment'
	| 'backPaymentFinnmark'
	| 'kildeskatt'
	| 'svalbard'
	| 'percentCard';

export interface PercentCause extends CauseBase {
	kind: 'percent';
	why: FlatWhy;
	percent: number;
	source: Cited;
}

export interface FrikortCause extends CauseBase {
	kind: 'frikort';
	/** `within`: nothing withheld, the limit not passed; `usedUp`: 50 % of the whole payment. */
	state: 'within' | 'usedUp';
	percent: number;
}

export type ExplainCause = TableCause | PercentCause | FrikortCause;

/**
 * A cause that comes close without fitting: what it gives and how far that is from the notice
 * (`diffKr` = what it gives − what was withheld; positive: it gives more).
 */
export type NearMiss =
	| {
			kind: 'table';
			table: string;
			rule: MonthRule;
			ruleWhy: RuleWhy | null;
			order: PaymentOrder;
			totalKr: number;
			diffKr: number;
	  }
	| { kind: 'percent'; why: FlatWhy; percent: number; totalKr: number; diffKr: number };

/**
 * What to check, in order of likelihood:
 * - `earlier`: an earlier payment for the same month (or paid earlier the same month) not typed in;
 * - `earlierFigures`: the earlier payments typed in (their period, gross or withheld);
 * - `extra`: a voluntary extra withholding not given;
 * - `paidOn`: the paid date (it decides the month's order, June/December and the extra);
 * - `period`: the period's dates (the table period is the number of days);
 * - `changedCard`, `secondPayer`, `frikortPartly`: a card changed within the month, a second
 *   payer or benefit at the card's percentage, a frikort limit passed with this payment.
 */
export type ExplainCheck =
	| 'earlier'
	| 'earlierFigures'
	| 'extra'
	| 'paidOn'
	| 'period'
	| 'secondPayer'
	| 'changedCard'
	| 'frikortPartly';

/** An earlier payment as the explanation used it. */
export interface AssumedEarlier {
	from: string;
	to: string;
	amount: number;
	withheld: number;
	paidOn: string;
	/** No paid date given: NAV's usual day (before this payment) was assumed. */
	paidOnAssumed: boolean;
}

/** What the explanation assumed: said with the result, on screen and in print. */
export interface ExplainAssumed {
	benefit: Benefit;
	year: number;
	/** The day the payment was paid: as given, or NAV's usual day (`paidOnAssumed`). */
	paidOn: string;
	paidOnAssumed: boolean;
	/** The earlier payments, in the order NAV processed them. */
	earlier: AssumedEarlier[];
	extra: Extra | null;
}

export interface ExplainResult {
	year: number;
	benefit: Benefit;
	days: number;
	withheld: number;
	gross: number;
	/** Every cause that gives exactly the withholding, the most likely first. */
	causes: ExplainCause[];
	assumed: ExplainAssumed;
	/** When no cause fits: the closest ones, nearest first (empty when some cause fits). */
	nearMisses: NearMiss[];
	/** What to check, most likely first (shown as "what to check"). */
	check: ExplainCheck[];
}
