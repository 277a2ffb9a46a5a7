import { monthOf } from '../calendar';
import { plusKr, percentOf, toOre } from '../money';
import type { MonthRule } from '../nav/benefits';
import { BENEFIT_SOURCE } from '../nav/benefitSource';
import { CARD_SOURCE } from '../nav/cards';
import { MELDEPERIODE_WEEKS } from '../nav/meldeperioder';
import { step, type Step } from '../steps';
import { tabelltrekkSteps } from '../tabelltrekk';
import { juneDecemberRule, type Melde } from './juneDecember';
import {
	calendarMonth,
	isBackPayment,
	isTwelveMonthTable,
	periodForDays,
	splitAmount
} from './periods';
import type { Recorder } from './recorder';
import { SRC, SRC_BACK } from './sources';
import type { Checked, MonthPart, PaymentResult, RuleWhy, Row } from './types';

/**
 * A table card, month by month (docs/nav-payments.md §2–§3, §6): the payment split over the
 * calendar months it covers, each part joining its month's recalculation (the table on all days
 * and kroner counted for the month so far, minus what is already withheld), or, for a back payment
 * for an earlier month, withheld at the card's percentage outside it.
 */

export interface MonthState {
	/** Days and amount in the month's recalculation. */
	days: number;
	amount: number;
	withheld: number;
	/** Parts for the month so far (trekkfri ones included) and those in the recalculation. */
	count: number;
	counted: number;
	/** Trekkfri meldeperiode days and amount kept out of the recalculation. */
	freeDays: number;
	freeAmount: number;
}

/**
 * A part that stays out of its month's recalculation (a back payment, a trekkfri part): the
 * month's figures as they stand, and the part's own withholding.
 */
function outsideMonth(
	base: Pick<MonthPart, 'month' | 'days' | 'amount' | 'nth'>,
	m: MonthState,
	rule: MonthRule,
	why: RuleWhy | null,
	trekk: number,
	capped: boolean
): MonthPart {
	return {
		...base,
		rule,
		ruleWhy: why,
		period: null,
		third: false,
		cumulativeDays: m.days,
		cumulativeAmount: toOre(m.amount),
		monthTotal: m.withheld,
		withheldEarlier: m.withheld,
		trekk,
		capped
	};
}

/** A table card: the payment per calendar month, each part joining its month's recalculation. */
export function tableParts(
	c: Checked,
	table: string,
	percent: number | undefined,
	row: Row,
	paidMonth: number,
	melde: Melde | undefined,
	monthState: Map<number, MonthState>,
	rec: Recorder
): MonthPart[] {
	const twelve = isTwelveMonthTable(table);
	const back = isBackPayment(paidMonth, monthOf(row.to));
	const pieces = splitAmount(row);
	const split = pieces.length > 1;
	if (split) {
		rec.assume('splitMonths', 'split', { months: pieces.length }, SRC);
		for (const p of pieces)
			rec.assume('splitMonths', 'splitPart', {
				forMonth: p.month,
				days: p.days,
				amountKr: toOre(p.amount)
			});
	}
	if (melde) {
		if (melde.listed && melde.weeks)
			rec.add(
				'meldeperiodeListed',
				{
					forMonth: melde.month,
					benefit: c.benefit,
					fromWeek: melde.weeks[0],
					toWeek: melde.weeks[1]
				},
				MELDEPERIODE_WEEKS[c.year]!.source
			);
		else if (melde.weeks)
			rec.assume(
				'meldeperiodeFallback',
				'meldeperiodeTrekkfriWeeks',
				{
					paidMonth: melde.month,
					benefit: c.benefit,
					fromWeek: melde.weeks[0],
					toWeek: melde.weeks[1]
				},
				BENEFIT_SOURCE
			);
		else
			rec.assume(
				'meldeperiodeFallback',
				'meldeperiodeTrekkfri',
				{ paidMonth: melde.month, benefit: c.benefit },
				BENEFIT_SOURCE
			);
	}

	const parts: MonthPart[] = [];
	for (const piece of pieces) {
		const month = piece.month;
		let m = monthState.get(month);
		if (!m) {
			m = {
				days: 0,
				amount: 0,
				withheld: 0,
				count: 0,
				counted: 0,
				freeDays: 0,
				freeAmount: 0
			};
			monthState.set(month, m);
		}
		m.count += 1;
		const base = {
			month,
			days: piece.days,
			amount: split ? toOre(piece.amount) : row.grossKr,
			nth: m.count
		};

		if (back) {
			// §6 (settled): a back payment for an earlier month of the year is withheld at the card's
			// percentage, a table card's too; it stays out of the month's table recalculation.
			const pct = percent ?? 0;
			const partCap = Math.floor(piece.amount);
			const want = percentOf(piece.amount, pct);
			const trekk = Math.min(want, partCap);
			rec.add(
				'backPayment',
				{
					forMonth: month,
					paidMonth: calendarMonth(paidMonth),
					ratePct: pct,
					amountKr: toOre(piece.amount),
					trekkKr: trekk
				},
				SRC_BACK
			);
			parts.push(outsideMonth(base, m, 'ordinary', 'backPayment', trekk, trekk < want));
			continue;
		}

		// The June/December rule for this part (§4).
		const { rule, why } = juneDecemberRule(c, table, month, paidMonth, twelve, melde, rec);
		if (rule === 'trekkfri') {
			// A trekkfri part stays out of the month's recalculation, so a later payment for the
			// month does not take back what this one was spared (interpretation when a later part of
			// the month is withheld; said there).
			m.freeDays += piece.days;
			m.freeAmount = plusKr(m.freeAmount, piece.amount);
			parts.push(outsideMonth(base, m, rule, why, 0, false));
			continue;
		}

		m.counted += 1;
		m.days += piece.days;
		m.amount = plusKr(m.amount, piece.amount);
		if (m.freeDays > 0)
			rec.assume('trekkfriOutsideMonth', 'trekkfriLeftOut', {
				forMonth: month,
				leftOutKr: toOre(m.freeAmount),
				leftOutDays: m.freeDays
			});

		// §2: the table period from all days counted for the month so far.
		const { period, third } = periodForDays(m.days);
		// The table routine takes whole kroner: øre are left out.
		const cumKr = Math.floor(m.amount);
		const cumAmount = toOre(m.amount);
		const whole = cumKr === m.amount;
		if (!whole) rec.assume('wholeKroner', 'wholeKroner', { amountKr: cumAmount, wholeKr: cumKr });
		let full: number;
		if (third) {
			// 18–24 days: the week table on one third, times three (docs/nav-payments.md §2). NAV's
			// page does not say how the third becomes whole kroner: rounded down (our
			// interpretation, docs/nav-payments.md §2, said when it matters).
			const thirdKr = Math.floor(cumKr / 3);
			const r = tabelltrekkSteps({ year: c.year, table, period: 'week', amount: thirdKr });
			full = r.trekk * 3;
			rec.assume(
				'thirdRounding',
				'periodThird',
				{
					days: m.days,
					cumulativeKr: cumKr,
					thirdKr,
					weekTrekkKr: r.trekk,
					monthTrekkKr: full
				},
				SRC,
				cumKr % 3 !== 0
			);
			rec.push(r.steps);
		} else {
			const r = tabelltrekkSteps({ year: c.year, table, period, amount: cumKr });
			full = r.trekk;
			rec.assume('dayTables', 'period', { days: m.days, period }, SRC, m.days <= 4);
			rec.push(r.steps);
		}

		let monthTotal = full;
		if (rule === 'half') {
			// Half the table withholding; an odd krone rounds half up (interpretation, §4).
			monthTotal = Math.floor(full / 2 + 0.5);
			rec.assume(
				'halfRounding',
				'half',
				{ forMonth: month, fullKr: full, halfKr: monthTotal, benefit: c.benefit },
				BENEFIT_SOURCE,
				full % 2 === 1
			);
		}

		// §3: this payment's share is the month's new total minus what is already withheld.
		let trekk = monthTotal - m.withheld;
		if (trekk < 0) {
			rec.assume(
				'noNegative',
				'noNegative',
				{ monthTotalKr: monthTotal, earlierKr: m.withheld },
				SRC
			);
			trekk = 0;
		}
		rec.add(
			m.counted === 1 ? 'monthFirst' : 'monthRecalc',
			{
				forMonth: month,
				cumulativeDays: m.days,
				cumulativeKr: cumKr,
				monthTotalKr: monthTotal,
				earlierKr: m.withheld,
				trekkKr: trekk
			},
			SRC
		);
		// Never more than this part of the payment; a later payment for the month takes the rest.
		const partCap = Math.floor(piece.amount);
		let partCapped = false;
		if (trekk > partCap) {
			rec.add('partCap', { forMonth: month, shareKr: trekk, partKr: partCap }, CARD_SOURCE);
			trekk = partCap;
			partCapped = true;
		}
		parts.push({
			...base,
			rule,
			ruleWhy: why,
			period,
			third,
			cumulativeDays: m.days,
			cumulativeAmount: cumAmount,
			monthTotal,
			withheldEarlier: m.withheld,
			trekk,
			capped: partCapped
		});
		m.withheld += trekk;
	}
	return parts;
}

/**
 * The one-line summary. A trekkfri meldeperiode is named by the month it is paid in (June or
 * December), not by the month most of its days fall in: one paid 9 June is mostly May's days.
 */
export function reasonFor(main: MonthPart, melde: Melde | undefined): Step {
	const forMonth = main.month;
	if (main.rule === 'trekkfri')
		return melde === undefined
			? step('payments.reason.trekkfri', { forMonth })
			: melde.weeks
				? step('payments.reason.meldeperiodeWeeks', {
						paidMonth: melde.month,
						fromWeek: melde.weeks[0],
						toWeek: melde.weeks[1]
					})
				: step('payments.reason.meldeperiodeTrekkfri', { paidMonth: melde.month });
	if (main.rule === 'half') return step('payments.reason.half', { forMonth });
	const period = main.period ?? 'month';
	// The first part counted in its month's recalculation carries only its own days.
	return main.cumulativeDays === main.days
		? step('payments.reason.firstInMonth', { forMonth, period })
		: step('payments.reason.laterInMonth', { forMonth, nth: main.nth, period });
}

/** A payment that is the only one counted for its month is not called the "first" of it. */
export function soleInMonth(results: PaymentResult[]): void {
	const counted = new Map<number, number>();
	for (const r of results)
		for (const part of r.parts)
			if (part.rule !== 'trekkfri' && part.ruleWhy !== 'backPayment')
				counted.set(part.month, (counted.get(part.month) ?? 0) + 1);
	for (const r of results) {
		if (r.reason.id !== 'payments.reason.firstInMonth') continue;
		if (counted.get(Number(r.reason.values.forMonth)) === 1)
			r.reason = step('payments.reason.onlyInMonth', r.reason.values);
	}
}
