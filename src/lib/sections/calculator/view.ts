import type { MonthRuleSummary, Step } from '../../engine';
import type { TimelineMonth } from '../../ui/Timeline.svelte';

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
	/** Each month of payment, as the timeline draws it. */
	months: TimelineMonth[];
	totals: { gross: number; trekk: number; net: number };
	/** Payments for the year paid in the next, outside the totals. */
	paidNextYear: { count: number; gross: number; trekk: number };
	interpretation: boolean;
	/** Each interpretation the result rests on and the payments (indices) whose figures rest on it. */
	interpretations: Array<{ id: string; payments: number[] }>;
	firstVsLater: FirstVsLaterView[];
}
