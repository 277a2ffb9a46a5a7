import type { Step } from '../engine';

/**
 * What the results components render: figures and steps picked from the engine's result, never
 * computed here. `adaptResult` (in results.ts) is the one place that knows the engine's shape.
 */
export type MonthRule = 'ordinary' | 'trekkfri' | 'half' | 'mixed';

export interface PaymentView {
	index: number;
	from: string;
	to: string;
	paidOn?: string;
	gross: number;
	trekk: number;
	net: number;
	/** Table period used ('month', '14days', …), or null when no table applies. */
	period: string | null;
	rule: MonthRule | null;
	reason: Step | null;
	steps: Step[];
	interpretation: boolean;
}

export interface MonthView {
	month: number;
	gross: number;
	trekk: number;
	rule: MonthRule | null;
}

export interface FirstVsLaterView {
	month: number;
	firstKr: number;
	firstTrekkKr: number;
	firstDays: number;
	totalKr: number;
	totalDays: number;
	monthTrekkKr: number;
	secondTrekkKr: number;
}

export interface ResultView {
	year: number;
	payments: PaymentView[];
	months: MonthView[];
	totals: { gross: number; trekk: number; net: number };
	/** Payments for the year paid in the next, outside the totals. */
	paidNextYear: { count: number; gross: number; trekk: number };
	interpretation: boolean;
	firstVsLater: FirstVsLaterView[];
}
