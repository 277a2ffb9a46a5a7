import { dayFromCivil, firstDayOfMonth, isoOf, monthOf, yearOf } from '../calendar';
import { BENEFITS } from '../nav/benefits';
import { MELDEPERIODE_WEEKS, TREKKFRI_COUNT } from '../nav/meldeperioder';
import { assumedPaidOn } from '../nav/payDates';
import type { PaymentInput, PaymentResult } from '../payments';
import { monthsOf, type Checked } from './input';

/**
 * The payments as NAV processed them, for the explanation to hand to the engine
 * (`withholdPayments`, so the month splitting and the month's recalculation are the calculator's
 * own, docs/nav-payments.md §3), and what each earlier notice says was withheld for each month.
 */

/**
 * The earlier payments first, each on the day its notice gives or else its usual pay date (§7)
 * but before this payment; then this one, on the date the notice gives or else the same usual pay
 * date the engine assumes (and says it assumed).
 */
export function paymentsFor(c: Checked, withEarlier: boolean): PaymentInput[] {
	const earlier = withEarlier
		? c.earlier.map((e) => ({
				from: e.from,
				to: e.to,
				amount: e.amount,
				paidOn: isoOf(earlierPaidOn(c, e))
			}))
		: [];
	return [...earlier, c.payment];
}

/** An earlier payment's pay date: as given, or its usual day but never after this payment. */
export function earlierPaidOn(c: Checked, e: Checked['earlier'][number]): number {
	const usual = assumedPaidOn(c.benefit, e.span.from, e.span.to).day;
	return e.paidOn ?? Math.max(Math.min(usual, c.paid - 1), firstDayOfMonth(c.year, 1));
}

/**
 * What was withheld earlier for each month this payment is for, from one earlier notice (its tax
 * only, the voluntary extra left out), by the engine's own split of that payment under the table
 * tried (`er`). The notice gives one figure for the whole payment; the engine's figure for a month
 * this payment is also for is exact, since every earlier payment for that month is typed in:
 *
 * - the engine's figures add up to the notice: they are the months' shares;
 * - the earlier payment also covers a month this one is not for (a meldeperiode across a month
 *   end): that month's share, and how much of the month's voluntary extra the payment took, depend
 *   on payments not typed in; they take whatever the notice leaves, as long as it leaves something;
 * - a voluntary extra in kroner: an earlier payment took less of the month's amount than the engine
 *   says when another payment paid that month (not typed in) took it first, so a notice up to the
 *   monthly amount above the tax is the tax plus part of the extra;
 * - otherwise the notice differs from the table: its figure (less the extra) is split in
 *   proportion to the engine's split, and the explanation says so (`differs`).
 */
export function earlierByMonth(
	c: Checked,
	withheld: number,
	er: PaymentResult
): { byMonth: Map<number, number>; differs: boolean } {
	const mine = new Set(monthsOf(c.span));
	const parts = er.parts.filter((p) => p.rule !== 'trekkfri');
	const byMonth = new Map<number, number>();
	if (parts.length === 0) return { byMonth, differs: false };
	const computed = parts.map((p) => p.trekk);
	const tax = computed.reduce((a, b) => a + b, 0);
	const inside = parts.reduce((a, p) => a + (mine.has(p.month) ? p.trekk : 0), 0);
	const outside = parts.some((p) => !mine.has(p.month));
	const monthly = c.extra && 'kroner' in c.extra ? c.extra.kroner : 0;
	const exact =
		tax + er.extraTrekk === withheld ||
		(outside && inside <= withheld) ||
		(!outside && tax <= withheld && withheld <= tax + monthly);
	const shares = exact
		? computed
		: splitGiven(
				Math.max(0, withheld - er.extraTrekk),
				computed,
				parts.map((p) => p.amount)
			);
	parts.forEach((p, k) => {
		if (mine.has(p.month)) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + shares[k]!);
	});
	return { byMonth, differs: !exact };
}

/**
 * A figure split in proportion to weights (the table's split, or, when that is nothing, the
 * amounts), whole kroner, the last taking the rest.
 */
export function splitGiven(
	total: number,
	computed: readonly number[],
	amounts: readonly number[]
): number[] {
	const sum = computed.reduce((a, b) => a + b, 0);
	if (sum === total) return [...computed];
	const weights = sum > 0 ? computed : amounts;
	const weightSum = weights.reduce((a, b) => a + b, 0);
	let left = total;
	return weights.map((w, k) => {
		if (k === weights.length - 1) return left;
		const share = weightSum > 0 ? Math.floor((total * w) / weightSum) : 0;
		left -= share;
		return share;
	});
}

/**
 * AAP and dagpenger in a year without NAV's published week numbers: the meldeperiode(s) paid
 * first in June or December are trekkfri (interpretation `meldeperiodeFallback`, §5), and which
 * ones were paid first depends on payments that may not be typed in (one paid early in December
 * for November). The month of payment where that matters, and how many trekkfri meldeperioder it
 * has; undefined when it does not.
 */
export function unseenTrekkfriMonth(c: Checked): { month: 6 | 12; most: number } | undefined {
	if (MELDEPERIODE_WEEKS[c.year]) return undefined;
	const rules = BENEFITS[c.benefit];
	const paidMonths = [c.paid, ...c.earlier.map((e) => earlierPaidOn(c, e))]
		.filter((d) => yearOf(d) === c.year)
		.map(monthOf);
	for (const month of [6, 12] as const) {
		if ((month === 6 ? rules.june : rules.december) !== 'meldeperioder') continue;
		if (paidMonths.includes(month)) return { month, most: TREKKFRI_COUNT[month] };
	}
	return undefined;
}

/**
 * Stand-ins for `count` meldeperioder paid on the first day of `month` and not typed in: a day each
 * early in the year with nothing paid, so they are back payments outside every month this
 * explanation looks at (withheld at 0 % of 0 kr), but paid first in the month, so the engine takes
 * them as the trekkfri ones.
 */
export function unseenPayments(c: Checked, month: 6 | 12, count: number): PaymentInput[] {
	const taken = (d: number) =>
		(c.span.from <= d && d <= c.span.to) ||
		c.earlier.some((e) => e.span.from <= d && d <= e.span.to);
	const out: PaymentInput[] = [];
	const paidOn = isoOf(dayFromCivil(c.year, month, 1));
	for (let d = firstDayOfMonth(c.year, 1); out.length < count && monthOf(d) <= month - 2; d++)
		if (!taken(d)) out.push({ from: isoOf(d), to: isoOf(d), amount: 0, paidOn });
	return out;
}
