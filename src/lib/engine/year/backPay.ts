import { etterbetaling } from '../etterbetaling';
import type { Benefit } from '../nav/benefits';
import { BENEFITS } from '../nav/benefits';

/**
 * Back pay for an earlier year inside a person's year (docs/annual-and-back-payments.md §4): it is
 * taxed in the payout year (skatteloven § 14-3), and the settlement gives by itself the relief of
 * forskrift til skatteloven § 14-3-1 when taxing it as if paid in the year it is for is lower. The
 * relief is what `etterbetaling` computes; this asks it with the year's own income (without the
 * back pay) and the earlier year's income. The pension credit is left out of the comparison,
 * as there.
 */
export function backPayRelief(p: {
	year: number;
	benefit: Benefit;
	amount: number;
	forYear: number;
	/** The earlier year's other income; 0 gives the largest relief the earlier year allows. */
	earlierIncome: number;
	/** The payout year's own income without the back pay. */
	yearWage: number;
	yearPension: number;
	finnmark: boolean;
}): number {
	const type = BENEFITS[p.benefit].income;
	const r = etterbetaling({
		payoutYear: p.year,
		benefit: p.benefit,
		parts: [{ year: p.forYear, amount: p.amount }],
		income: {
			[p.year]: { wage: p.yearWage, pension: p.yearPension },
			[p.forYear]: type === 'pension' ? { pension: p.earlierIncome } : { wage: p.earlierIncome }
		},
		finnmark: p.finnmark
	});
	return r.relief;
}
