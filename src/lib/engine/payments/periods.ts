import Decimal from 'decimal.js';
import { monthOf, splitByMonth, yearOf } from '../calendar';
import { tableInfo, tabelltrekk, type Period } from '../tabelltrekk';
import type { Row } from './types';

/**
 * Periods and months (docs/nav-payments.md §2, §6): the table period for the days paid for, the
 * month a payment is paid in, whether it is a back payment, and a payment split over the calendar
 * months it covers.
 */

/**
 * A back payment for earlier months of the year (docs/nav-payments.md §6): a payment whose period
 * ended two or more months before the month it is paid in, within the year. A payment the month
 * after its period is NAV's ordinary rhythm for benefits paid after the period (meldekort,
 * sykepenger), so it joins its months' recalculation.
 */
export function isBackPayment(paidMonth: number, lastMonth: number): boolean {
	return paidMonth <= 12 && paidMonth - lastMonth >= 2;
}

/** Tables withheld over 12 months have no June/December relief (docs/nav-payments.md §4; docs/tabelltrekk.md, Table numbers). */
export function isTwelveMonthTable(table: string): boolean {
	return tableInfo(table)?.months === 12;
}

/** Month of payment: 1–12 in the income year, 13–24 in the next year. */
export function paidBucket(year: number, day: number): number {
	return monthOf(day) + (yearOf(day) > year ? 12 : 0);
}
export function calendarMonth(bucket: number): number {
	return ((bucket - 1) % 12) + 1;
}

/** §2: the table for the number of calendar days paid for. */
export function periodForDays(days: number): { period: Period; third: boolean } {
	if (days <= 1) return { period: '1day', third: false };
	if (days <= 4) return { period: `${days}days` as Period, third: false };
	if (days <= 10) return { period: 'week', third: false };
	if (days <= 17) return { period: '14days', third: false };
	if (days <= 24) return { period: 'week', third: true };
	return { period: 'month', third: false };
}

/** The month table on a whole month's amount: what several payments for one month add up to. */
export function monthTableTrekk(year: number, table: string, amount: number): number {
	return tabelltrekk({ year, table, period: 'month', amount: Math.floor(amount) });
}

/**
 * Split a payment over the calendar months it covers, in proportion to calendar days
 * (interpretation `splitMonths`). Cumulative shares are rounded down to the øre and each part is
 * the difference, so no part is negative and the parts add up to the payment exactly (the last
 * month takes the rest).
 */
export function splitAmount(row: Row): Array<{ month: number; days: number; amount: number }> {
	const pieces = splitByMonth(row.from, row.to);
	if (pieces.length === 1)
		return [{ month: pieces[0]!.month, days: pieces[0]!.days, amount: row.amount }];
	const total = row.to - row.from + 1;
	let daysSoFar = 0;
	const whole = new Decimal(row.amount);
	let before = new Decimal(0);
	return pieces.map((piece, i) => {
		daysSoFar += piece.days;
		const upTo =
			i === pieces.length - 1
				? whole
				: whole.times(daysSoFar).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_DOWN);
		const amount = upTo.minus(before).toNumber();
		before = upTo;
		return { month: piece.month, days: piece.days, amount };
	});
}
