import Decimal from 'decimal.js';
import { etterbetaling } from '../etterbetaling';
import { BENEFITS, type Benefit } from '../nav/benefits';
import { skatteforskriften } from '../rules/laws';
import { step, type Step } from '../steps';
import type { YearAssumption } from './types';

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

const SRC_14_3_1 = [
	skatteforskriften('§ 14-3-1'),
	{ title: 'Skatte-ABC E-7', docs: 'docs/annual-and-back-payments.md §4' }
];

/** One back payment for an earlier year inside a person's year. */
export interface BackPayItem {
	benefit: Benefit;
	amount: number;
	/** Pension-type (it adds to the pension income) or wage-type. */
	pension: boolean;
	/** The year it is for (default: the year before). */
	forYear?: number;
	/** That year's other income; blank: the outcome is a range, and the result says so. */
	earlierIncome?: number;
}

/**
 * Each back payment's relief in the year (§4): with the earlier year's income, the relief comes
 * off the year's tax (`relief`, shown by `reliefSteps`); without it, an assumption whose range
 * goes down to the largest relief that year allows (no other income then), naming the missing
 * figure. A year the rules do not cover is said (`notes`) and left without relief.
 */
export function backPayInYear(p: {
	year: number;
	finnmark: boolean;
	/** The year's wage-type and pension-type income, the back pay included. */
	wage: number;
	pension: number;
	items: BackPayItem[];
	covered: (year: number) => boolean;
}): { relief: number; reliefSteps: Step[]; notes: Step[]; assumptions: YearAssumption[] } {
	const out = {
		relief: 0,
		reliefSteps: [] as Step[],
		notes: [] as Step[],
		assumptions: [] as YearAssumption[]
	};
	for (const b of p.items) {
		if (b.amount <= 0) continue;
		const forYear = b.forYear ?? p.year - 1;
		if (!p.covered(forYear)) {
			out.notes.push(step('year.backPayReliefNotCovered', { forYear }));
			continue;
		}
		const relief = (earlier: number) =>
			backPayRelief({
				year: p.year,
				benefit: b.benefit,
				amount: b.amount,
				forYear,
				earlierIncome: earlier,
				yearWage: new Decimal(p.wage).minus(b.pension ? 0 : b.amount).toNumber(),
				yearPension: new Decimal(p.pension).minus(b.pension ? b.amount : 0).toNumber(),
				finnmark: p.finnmark
			});
		if (b.earlierIncome !== undefined) {
			const r = relief(b.earlierIncome);
			out.relief += r;
			out.reliefSteps.push(
				step(
					'year.backPayRelief',
					{ forYear, earlierIncomeKr: b.earlierIncome, reliefKr: r, amountKr: b.amount },
					{ source: SRC_14_3_1 }
				)
			);
		} else {
			const r = relief(0);
			out.assumptions.push({
				...step(
					'year.assumption.backPayRelief',
					{ forYear, amountKr: b.amount, reliefKr: r },
					{ source: SRC_14_3_1 }
				),
				deltaKr: -r,
				inRange: true
			});
		}
	}
	return out;
}
