import { percentOf, wholeKr } from '../money';
import { CARD_SOURCE, EXTRA_SOURCE } from '../nav/cards';
import type { Recorder } from './recorder';
import type { Checked, Row } from './types';

/**
 * Voluntary extra withholding (frivillig skattetrekk, docs/nav-payments.md §1): every month, June
 * and December included, within what is left of the payment after the tax (the tax comes first);
 * a kroner amount once per month of payment, a percentage of every payment; it ends with the year
 * it was registered for.
 */

/** What is left of each month's kroner amount, and how many payments each month of payment has. */
export interface ExtraState {
	/** Voluntary extra kroner still to take, per month of payment. */
	left: Map<number, number>;
	/** Payments per month of payment: "once a month" is an assumption only when there are several. */
	paidIn: readonly number[];
}

export function voluntaryExtra(
	c: Checked,
	row: Row,
	paidMonth: number,
	taxTrekk: number,
	state: ExtraState,
	rec: Recorder
): { extraTrekk: number; capped: boolean } {
	const extra = c.extra;
	const gross = row.amount;
	const grossKr = row.grossKr;
	const nextYear = paidMonth > 12;
	let capped = false;
	let extraTrekk = 0;
	const room = row.cap - taxTrekk;
	const monthly = extra && 'kroner' in extra ? wholeKr(extra.kroner) : 0;
	if (extra && nextYear) {
		// Voluntary extra withholding runs to the end of the year it was registered for (§1).
		rec.add('extraEndsWithYear', { year: c.year }, EXTRA_SOURCE);
	} else if (monthly > 0) {
		const left = state.left.get(paidMonth) ?? monthly;
		const several = state.paidIn[paidMonth]! > 1;
		if (left === 0) {
			rec.assume('extraOncePerMonth', 'extraAlreadyTaken', { paidMonth }, EXTRA_SOURCE);
		} else {
			extraTrekk = Math.min(left, room);
			state.left.set(paidMonth, left - extraTrekk);
			rec.assume(
				'extraOncePerMonth',
				'extraKroner',
				{ extraKr: monthly, takenKr: extraTrekk, paidMonth },
				EXTRA_SOURCE,
				several
			);
			if (extraTrekk < left) {
				capped = true;
				rec.assume(
					'extraOncePerMonth',
					'extraShort',
					{ paidMonth, restKr: left - extraTrekk },
					EXTRA_SOURCE
				);
			}
		}
	} else if (extra && 'percent' in extra && extra.percent > 0) {
		const wanted = percentOf(gross, extra.percent);
		extraTrekk = Math.min(wanted, room);
		rec.add('extraPercent', { ratePct: extra.percent, extraKr: extraTrekk }, EXTRA_SOURCE);
		if (extraTrekk < wanted) {
			capped = true;
			rec.add('cap', { amountKr: grossKr, trekkKr: taxTrekk + extraTrekk }, CARD_SOURCE);
		}
	}
	return { extraTrekk, capped };
}
