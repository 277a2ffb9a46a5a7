import { monthOf } from '../calendar';
import { minusKr, plusKr, toOre } from '../money';
import type { Interpretation } from '../interpretations';
import { paidBucket } from './periods';
import type { MonthSummary, PaymentResult, Row, WithholdResult } from './types';

/** Twelve months by month of payment, the year's totals and the interpretations used. */
export function summarise(
	year: number,
	results: PaymentResult[],
	rows: Row[],
	used: Set<Interpretation>
): WithholdResult {
	const gross = new Array<number>(12).fill(0);
	const trekk = new Array<number>(12).fill(0);
	const rule = new Array<MonthSummary['rule']>(12).fill(null);
	let totalGross = 0;
	let totalTrekk = 0;
	let totalExtra = 0;
	const later = { gross: 0, trekk: 0, count: 0 };
	for (const row of rows) {
		const r = results[row.index]!;
		if (paidBucket(year, row.paidOn) > 12) {
			// Paid next year: next year's income and withholding, not this year's.
			later.gross = plusKr(later.gross, row.amount);
			later.trekk += r.trekk;
			later.count += 1;
			continue;
		}
		const i = monthOf(row.paidOn) - 1;
		gross[i] = plusKr(gross[i]!, row.amount);
		trekk[i] = trekk[i]! + r.trekk;
		rule[i] = rule[i] === null || rule[i] === r.rule ? r.rule : 'mixed';
		totalGross = plusKr(totalGross, row.amount);
		totalTrekk += r.trekk;
		totalExtra += r.extraTrekk;
	}
	const months: MonthSummary[] = gross.map((g, i) => ({
		month: i + 1,
		gross: toOre(g),
		trekk: trekk[i]!,
		net: toOre(minusKr(g, trekk[i]!)),
		rule: rule[i]!
	}));
	return {
		year,
		payments: results,
		months,
		totals: {
			gross: toOre(totalGross),
			trekk: totalTrekk,
			net: toOre(minusKr(totalGross, totalTrekk)),
			extra: totalExtra
		},
		paidNextYear: {
			count: later.count,
			gross: toOre(later.gross),
			trekk: later.trekk,
			net: toOre(minusKr(later.gross, later.trekk))
		},
		interpretations: [...used]
	};
}
