import { isoOf } from '../calendar';
import { CARD_SOURCE } from '../nav/cards';
import { percentOf } from '../money';
import { earlierPaidOn } from './earlier';
import { flatRun, frikortCause, percentCause } from './flat';
import { validate, type Checked } from './input';
import { nearMisses, whatToCheck } from './misses';
import { navFlatRates } from './rates';
import { tableCauses } from './tables';
import type {
	ExplainAssumed,
	ExplainCause,
	ExplainPaymentInput,
	ExplainResult,
	TableCause
} from './types';

/**
 * "Explain my payment": from what NAV's payment notice (utbetalingsmelding) says (the period,
 * gross, tax withheld, paid date) back to the causes that reproduce that withholding exactly
 * (docs/nav-payments.md, docs/tabelltrekk.md). Every candidate is computed by the same engine the
 * calculator uses (`withholdPayments`: its month splitting, its month's recalculation, its June and
 * December), so a cause found here is the calculator's own figure.
 *
 * - Table cards: every table of the year, with the month's recalculation (§3) from the earlier
 *   payments (their withholding as the notices give it), in both orders: this payment after the
 *   earlier ones, and as the first of its month. June and December (§4–§5) come out of the same
 *   computation (trekkfri, half), each with its reason.
 * - Flat rates: no card (50 %, pension 30 %), barnepensjon 17 %, earlier-year back payments
 *   (44/40 %, 32/28 %), kildeskatt 15 %, Svalbard, and a whole-number percentage card.
 * - Frikort: nothing withheld (within the limit), or 50 % of the whole payment (used up before it).
 * - Nothing fits: the closest causes, each with how far it is off, and what to check, most
 *   likely first.
 *
 * A known voluntary extra withholding is taken out before the search; an extra is never guessed
 * (with a free extra amount any table would "explain" any figure), and neither is a frikort limit.
 *
 * The modules beside this one, each one concern:
 * - types.ts: the input and result shapes (the causes are the contract other features reuse);
 * - input.ts: every field checked, all problems reported at once;
 * - earlier.ts: the payments handed to the engine and what each earlier notice withheld per month;
 * - tables.ts: the table search, the month rule's reason and why tables agree;
 * - flat.ts, rates.ts: NAV's flat rates and the frikort;
 * - misses.ts: the closest causes and what to check when nothing fits.
 */

export type * from './types';
export { navFlatRates, type FlatRate, type NavFlatRates } from './rates';
export { tableRanges } from './tables';

/** The cause list, best first. Throws EngineError (field issues) on bad input. */
export function explainPayment(input: ExplainPaymentInput): ExplainResult {
	const c = validate(input);
	const gross = c.payment.amount;
	const causes: ExplainCause[] = [];

	// Table cards: this payment after the earlier ones given, and as the first of its month.
	const search = tableCauses(c, c.earlier.length > 0 ? 'later' : 'only');
	const tables = search.causes;
	causes.push(
		...tables.filter((t) => t.kind !== 'table'),
		...tables.filter((t) => t.kind === 'table')
	);

	// Flat rates NAV uses without a table card, then a whole-number percentage card.
	const rates = navFlatRates(c.year, c.benefit);
	const seen = new Set<number>();
	for (const r of rates.candidates) {
		if (seen.has(r.percent)) continue;
		const cause = percentCause(c, r.why, r.percent, r.source, r.interpretation);
		if (cause) {
			causes.push(cause);
			seen.add(r.percent);
		}
	}
	// The card's percentage: what is left after the extra, as a share of the payment, tried at
	// the whole percentages around it (cards carry whole percentages).
	const base = flatRun(c, { kind: 'percent', percent: 0 });
	const target = c.withheld - (base?.extra ?? 0);
	if (target > 0 && gross > 0) {
		const guess = (target / gross) * 100;
		for (const pct of [Math.floor(guess), Math.ceil(guess)]) {
			if (pct < 1 || pct > 100 || seen.has(pct)) continue;
			const cause = percentCause(c, 'percentCard', pct, CARD_SOURCE, false);
			if (cause) {
				causes.push(cause);
				seen.add(pct);
			}
		}
	}

	// The other order: this payment calculated as the first of its month.
	// (Left out where it says nothing new: the same tables under the same rule, as in June.)
	if (c.earlier.length > 0) {
		const key = (t: TableCause) => `${t.kind}:${t.tables.join(',')}`;
		const have = new Set(tables.map(key));
		causes.push(...tableCauses(c, 'first').causes.filter((t) => !have.has(key(t))));
	}

	// Frikort: nothing withheld within the limit; 50 % of the whole payment once it is used up.
	const frikortPct = rates.frikortAbove.percent;
	const frikortSource = rates.frikortAbove.source;
	if (target === 0) {
		const run = flatRun(c, { kind: 'frikort' });
		if (run && run.tax + run.extra === c.withheld)
			causes.push(frikortCause('within', 0, frikortSource, run.tax, run.extra, run.result.steps));
	} else if (target === percentOf(gross, frikortPct)) {
		const run = flatRun(c, { kind: 'frikort', limit: 0 });
		if (run && run.tax + run.extra === c.withheld)
			causes.push(
				frikortCause('usedUp', frikortPct, frikortSource, run.tax, run.extra, run.result.steps)
			);
	}

	const misses = causes.length === 0 ? nearMisses(c, search.runs, rates) : [];
	return {
		year: c.year,
		benefit: c.benefit,
		days: c.span.to - c.span.from + 1,
		withheld: c.withheld,
		gross,
		causes,
		assumed: assumedOf(c),
		nearMisses: misses,
		check: whatToCheck(c, causes.length > 0, misses, target, percentOf(gross, frikortPct))
	};
}

/** What the explanation took as given: the result says it, on screen and in print. */
function assumedOf(c: Checked): ExplainAssumed {
	const earlier = c.earlier
		.map((e) => ({ e, paid: earlierPaidOn(c, e) }))
		.sort((a, b) => a.paid - b.paid || a.e.span.from - b.e.span.from)
		.map(({ e, paid }) => ({
			from: e.from,
			to: e.to,
			amount: e.amount,
			withheld: e.withheld,
			paidOn: isoOf(paid),
			paidOnAssumed: e.paidOn === undefined
		}));
	return {
		benefit: c.benefit,
		year: c.year,
		paidOn: isoOf(c.paid),
		paidOnAssumed: c.paidOn === undefined,
		earlier,
		extra: c.extra ?? null
	};
}
