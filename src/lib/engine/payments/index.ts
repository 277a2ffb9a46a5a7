import { isoOf, monthOf, splitByMonth } from '../calendar';
import type { Interpretation } from '../interpretations';
import { minusKr, plusKr, toOre } from '../money';
import { CARD_SOURCE } from '../nav/cards';
import { MELDEKORT_PAY_SOURCE, PAY_DATE_SOURCE } from '../nav/payDates';
import { step, type Step } from '../steps';
import { absent } from '../validate';
import { voluntaryExtra, type ExtraState } from './extra';
import { belowHalf, fixedRateTrekk, flatTrekk } from './flat';
import { validate } from './input';
import { trekkfriMeldeperioder, type Melde } from './juneDecember';
import { reasonFor, soleInMonth, tableParts, type MonthState } from './months';
import { calendarMonth, isBackPayment, isTwelveMonthTable, paidBucket } from './periods';
import { Recorder } from './recorder';
import { SRC, SRC_BACK } from './sources';
import { summarise } from './summary';
import type {
	Card,
	MonthPart,
	PaymentResult,
	RuleWhy,
	WithholdInput,
	WithholdResult
} from './types';

/**
 * NAV's withholding on each payment (docs/nav-payments.md): the table period from the calendar
 * days paid for (§2), the whole month recalculated at every payment (§3), June and December per
 * benefit (§4) with the trekkfri meldeperioder (§5), back payments for earlier months of the year
 * (§6), the other kinds of tax card (§1) and voluntary extra withholding.
 *
 * Money: table withholding is whole kroner, as the official routine is. Money this module adds,
 * splits or takes a percentage of is decimal.js: parts of a payment are kept to the øre, and
 * every percentage is rounded half up (toward +∞) to whole kroner once, per payment.
 *
 * The modules beside this one, each one concern:
 * - types.ts: the input and result shapes (and the checked input);
 * - input.ts: every input field checked, all problems reported at once;
 * - periods.ts: table period by days, month of payment, back payments, splitting over months;
 * - months.ts: a table card month by month, the month recalculated at every payment;
 * - juneDecember.ts: the June/December rule and the trekkfri meldeperioder;
 * - flat.ts: cards without a table (percentage, frikort, none, kildeskatt, Svalbard),
 *   barnepensjon's fixed rate and overgangsstønad below half;
 * - extra.ts: voluntary extra withholding;
 * - summary.ts: the twelve months and the year's totals;
 * - recorder.ts, sources.ts: the steps recorded on the way and the sources they cite;
 * - testkit.ts: helpers shared by the tests (not used by the engine).
 */

export type {
	Card,
	Extra,
	Interpretation,
	MonthPart,
	MonthSummary,
	PaymentInput,
	PaymentResult,
	RuleWhy,
	WithholdInput,
	WithholdResult
} from './types';
export { monthTableTrekk, periodForDays } from './periods';

/** The trekkfri meldeperiode a payment is, when its table parts are trekkfri by it (§5). */
function meldeperiodeOf(
	m: Melde | undefined,
	parts: MonthPart[]
): Pick<PaymentResult, 'meldeperiode'> {
	if (!m || !parts.some((p) => p.ruleWhy === 'meldeperiode')) return {};
	return {
		meldeperiode: {
			month: m.month,
			...(m.weeks ? { fromWeek: m.weeks[0], toWeek: m.weeks[1] } : {}),
			listed: m.listed
		}
	};
}

/** NAV's withholding on every payment, returned in input order. Throws EngineError on bad input. */
export function withholdPayments(input: WithholdInput): WithholdResult {
	const c = validate(input);
	const used = new Set<Interpretation>();
	const card = c.card;
	// Payments are processed in the order NAV pays them; ties by period, then the order given.
	const order = [...c.rows].sort(
		(a, b) => a.paidOn - b.paidOn || a.from - b.from || a.index - b.index
	);
	// Tables withheld over 12 months have no trekkfri meldeperioder either (§4).
	const melde =
		card.kind === 'table' && !c.fixed && !isTwelveMonthTable(card.table)
			? trekkfriMeldeperioder(c, order)
			: new Map<number, Melde>();

	const monthState = new Map<number, MonthState>();
	const paidIn = new Array<number>(25).fill(0);
	for (const row of order) paidIn[paidBucket(c.year, row.paidOn)]! += 1;
	const extraState: ExtraState = { left: new Map(), paidIn };
	let paidSoFar = 0;
	const results = new Array<PaymentResult>(c.rows.length);
	/** Overgangsstønad: what is paid for each month (by the month a payment starts in). */
	const monthTotals = new Map<number, number>();
	for (const row of c.rows)
		monthTotals.set(monthOf(row.from), plusKr(monthTotals.get(monthOf(row.from)) ?? 0, row.amount));

	for (const row of order) {
		const rec = new Recorder(used);
		const gross = row.amount;
		const grossKr = row.grossKr;
		const cap = row.cap;
		const days = row.to - row.from + 1;
		// Months of payment: 1–12 in the income year, 13–24 in the next.
		const paidMonth = paidBucket(c.year, row.paidOn);
		const nextYear = paidMonth > 12;
		rec.add('days', { fromDate: isoOf(row.from), toDate: isoOf(row.to), days }, SRC);
		if (row.paidOnAssumed)
			rec.assume(
				'paidOnAssumed',
				row.paidOnRule === 'inMonth'
					? 'paidOnAssumedInMonth'
					: row.paidOnRule === 'afterMeldekort'
						? 'paidOnAssumedMeldekort'
						: 'paidOnAssumed',
				{ paidDate: isoOf(row.paidOn) },
				row.paidOnRule === 'afterMeldekort' ? MELDEKORT_PAY_SOURCE : PAY_DATE_SOURCE
			);
		if (nextYear)
			rec.assume('paidNextYear', 'paidNextYear', {
				paidDate: isoOf(row.paidOn),
				year: c.year,
				nextYear: c.year + 1
			});

		let parts: MonthPart[] = [];
		let taxTrekk: number;
		let capped = false;
		let reason: Step;
		let ruleWhy: RuleWhy | null = null;
		let main: MonthPart | undefined;

		// Overgangsstønad below 50 %: the card's percentage instead of its table (§1).
		const forMonth = monthOf(row.from);
		const below = belowHalf(c, row, paidMonth, monthTotals, rec);

		if (c.fixed) {
			// Barnepensjon from 2025: a fixed rate of every payment, whatever the card (§1).
			({ trekk: taxTrekk, reason } = fixedRateTrekk(c, c.fixed, row, rec));
			ruleWhy = 'fixedRate';
		} else if (card.kind === 'table' && !(below && !absent(card.percent))) {
			parts = tableParts(
				c,
				card.table,
				card.percent,
				row,
				paidMonth,
				melde.get(row.index),
				monthState,
				rec
			);
			taxTrekk = parts.reduce((s, p) => s + p.trekk, 0);
			capped = parts.some((p) => p.capped);
			// The main part: the month with most days paid for.
			main = parts.reduce((a, b) => (b.days > a.days ? b : a), parts[0]!);
			ruleWhy = main.ruleWhy;
			reason =
				main.ruleWhy === 'backPayment'
					? step('payments.reason.backPayment', {
							forMonth: main.month,
							ratePct: card.percent ?? 0
						})
					: reasonFor(main, melde.get(row.index));
		} else {
			const touchesJuneOrDecember = splitByMonth(row.from, row.to).some(
				(p) => p.month === 6 || p.month === 12
			);
			if (touchesJuneOrDecember) ruleWhy = 'notTableCard';
			const flatCard: Exclude<Card, { kind: 'table' }> =
				card.kind === 'table' ? { kind: 'percent', percent: card.percent ?? 0 } : card;
			const flat = flatTrekk(c, flatCard, row, paidSoFar, touchesJuneOrDecember, rec);
			if (card.kind === 'percent' && isBackPayment(paidMonth, monthOf(row.to))) {
				// §6 (settled): the same percentage on a back payment for an earlier month.
				ruleWhy = 'backPayment';
				rec.add(
					'backPaymentPercentCard',
					{ forMonth, paidMonth: calendarMonth(paidMonth), ratePct: card.percent },
					SRC_BACK
				);
			}
			taxTrekk = flat.trekk;
			reason =
				card.kind === 'table'
					? step('payments.reason.belowHalf', { ratePct: card.percent ?? 0 })
					: flat.reason;
			// Never more than the payment (a percentage rounded up can pass it by under a krone).
			if (taxTrekk > cap) {
				taxTrekk = cap;
				capped = true;
				rec.add('cap', { amountKr: grossKr, trekkKr: taxTrekk }, CARD_SOURCE);
			}
		}
		paidSoFar = plusKr(paidSoFar, gross);

		// Voluntary extra withholding, within what is left of the payment after the tax.
		const x = voluntaryExtra(c, row, paidMonth, taxTrekk, extraState, rec);
		const extraTrekk = x.extraTrekk;
		if (x.capped) capped = true;

		const trekk = taxTrekk + extraTrekk;
		const net = toOre(minusKr(gross, trekk));
		rec.add('total', { grossKr, trekkKr: trekk, netKr: net });
		results[row.index] = {
			index: row.index,
			from: isoOf(row.from),
			to: isoOf(row.to),
			paidOn: isoOf(row.paidOn),
			paidOnAssumed: row.paidOnAssumed,
			...meldeperiodeOf(melde.get(row.index), parts),
			gross: grossKr,
			trekk,
			net,
			days,
			method: c.fixed || (parts.length === 0 && card.kind === 'table') ? 'percent' : card.kind,
			period: main?.period ?? null,
			rule: main?.rule ?? 'ordinary',
			ruleWhy,
			parts,
			taxTrekk,
			extraTrekk,
			capped,
			reason,
			steps: rec.steps,
			interpretation: rec.steps.some((s) => s.interpretation === true),
			interpretations: [...rec.mine]
		};
	}

	soleInMonth(results);
	return summarise(c.year, results, c.rows, used);
}
