import type { WithholdResult } from '../payments';

/**
 * The months with pension, from NAV's payments (skatteloven § 16-1 second paragraph; Skatte-ABC
 * S-13, 3.2.3: the pension credit's maximum and thresholds are for the months with pension): from
 * the first to the last month with a payment, the months between counted too.
 */
export function monthsWithPension(
	w: WithholdResult
): { from: number; to: number; months: number } | undefined {
	const paid = w.months.filter((m) => m.gross > 0).map((m) => m.month);
	if (paid.length === 0) return undefined;
	const from = Math.min(...paid);
	const to = Math.max(...paid);
	return { from, to, months: to - from + 1 };
}
