import type { MonthRuleSummary, Step } from '../../engine';

/**
 * What the results components render: figures and steps picked from the engine's result, never
 * computed here. `adaptResult` (in results.ts) is the one place that knows the engine's shape.
 */
export interface PaymentView {
	index: number;
	from: string;
	to: string;
	paidOn: string;
	/** The date was not given: the engine assumed NAV's usual date (the card says so). */
	paidOnAssumed: boolean;
	/** A trekkfri meldeperiode's ISO weeks (AAP, dagpenger), named in the card's reason. */
	meldeperiodeWeeks?: readonly [number, number];
	gross: number;
	trekk: number;
	net: number;
	/** Table period used ('month', '14days', …), or null when no table applies. */
	period: string | null;
	rule: MonthRuleSummary;
	reason: Step | null;
	steps: Step[];
	interpretation: boolean;
}

/** A month of payment: what was paid out in it, whatever months the payments were for. */
export interface MonthView {
	month: number;
	gross: number;
	trekk: number;
	/** What reached the account. */
	net: number;
	rule: MonthRuleSummary;
	/** Indices of the payments paid in the month (the cards' numbers minus one). */
	payments?: number[];
}

/** One payment as the first-vs-later box names it: the card's figure and what it is made of. */
export interface FvlPayment {
	/** Index of the payment: the box and the card read the same PaymentView. */
	index: number;
	/** Everything withheld from the payment: the figure its card shows. */
	cardTrekk: number;
	/** The payment's share of the month's recalculation. */
	shareKr: number;
	/** What the card figure holds besides: days in other months, and the voluntary extra. */
	otherMonths: Array<{ month: number; trekk: number }>;
	extraKr: number;
}

export interface FirstVsLaterView {
	month: number;
	/** The first payment's part for the month (kroner) and days counted. */
	firstKr: number;
	firstDays: number;
	totalKr: number;
	totalDays: number;
	monthTrekkKr: number;
	first: FvlPayment;
	second: FvlPayment;
}

export interface ResultView {
	year: number;
	payments: PaymentView[];
	months: MonthView[];
	totals: { gross: number; trekk: number; net: number };
	/** Payments for the year paid in the next, outside the totals. */
	paidNextYear: { count: number; gross: number; trekk: number };
	interpretation: boolean;
	/** Each interpretation the result rests on and the payments (indices) whose figures rest on it. */
	interpretations: Array<{ id: string; payments: number[] }>;
	firstVsLater: FirstVsLaterView[];
}
