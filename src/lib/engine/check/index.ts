// "Check a year of payments" (docs/check-payments.md): the payments of a year as NAV's payment
// overview or the annual statement lists them, each with what was withheld, checked against the
// calculator's own computation. The card is the one given, or the one that explains the most
// lines (search.ts); each line is then ok or differs, and a line that differs is run through the
// explain search (causes.ts) for what gives its withholding instead. Totals are reconciled.
import { dayNumber, isoOf, splitByMonth } from '../calendar';
import { EngineError, type FieldIssue } from '../errors';
import { explainPayment } from '../explain';
import { minusKr, plusKr, toOre } from '../money';
import { withholdPayments, type Card, type PaymentInput } from '../payments';
import { absent, amountIssue, isObj } from '../validate';
import { causesOf, isExplained, type LineCause } from './causes';
import {
	backPaymentPercent,
	candidateCards,
	expectedWith,
	findCard,
	type RunBase,
	type SearchInput
} from './search';
import type { CheckInput, CheckLine, CheckResult } from './types';

export type {
	CheckInput,
	CheckLine,
	CheckPayment,
	CheckResult,
	CheckTotals,
	LineCause,
	LineStatus,
	PayrollCheckLine,
	PayrollFlag,
	PayrollInput,
	PayrollLine,
	PayrollResult
} from './types';
export { checkPayroll } from './payroll';

/**
 * At most this many lines that differ are run through the explain search (each takes a few ms),
 * the largest differences first; the page recomputes as the list is edited, so a long list of
 * differences must not hold it up.
 */
export const MAX_EXPLAINED = 12;

interface Checked {
	search: SearchInput;
	given: Card | undefined;
	/** Barnepensjon from 2025: a fixed rate whatever the card, so no card is searched for. */
	fixed: boolean;
}

/** Every input problem at once (one per field), as withholdPayments reports its own. */
function validate(input: unknown): Checked {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	const list = input.payments;
	const payments: PaymentInput[] = [];
	const withheld: number[] = [];
	if (!Array.isArray(list) || list.length === 0)
		issues.push({ field: 'payments', code: 'required' });
	else
		list.forEach((p: unknown, i) => {
			if (!isObj(p)) return; // withholdPayments reports it
			const grossOk = amountIssue('x', p.amount) === undefined;
			const bad = amountIssue(`payments.${i}.withheld`, p.withheld, { integer: true });
			if (bad) issues.push(bad);
			else if (grossOk && (p.withheld as number) > (p.amount as number))
				issues.push({
					field: `payments.${i}.withheld`,
					code: 'aboveGross',
					values: { grossKr: Math.floor(p.amount as number) }
				});
			payments.push({
				from: p.from as string,
				to: p.to as string,
				amount: p.amount as number,
				...(absent(p.paidOn) || p.paidOn === '' ? {} : { paidOn: p.paidOn as string })
			});
			withheld.push(p.withheld as number);
		});
	const base: RunBase = {
		year: input.year as number,
		benefit: input.benefit as RunBase['benefit'],
		...(absent(input.extra) ? {} : { extra: input.extra as RunBase['extra'] }),
		...(absent(input.meldekortWeeks)
			? {}
			: { meldekortWeeks: input.meldekortWeeks as RunBase['meldekortWeeks'] }),
		...(absent(input.withUforetrygd) ? {} : { withUforetrygd: input.withUforetrygd as boolean })
	};
	// The dates, amounts, year and benefit as the calculator checks them, on a card any year has.
	let paidDays: number[] = [];
	let fixed = false;
	try {
		const r = withholdPayments({ ...base, card: { kind: 'none' }, payments: list as never });
		paidDays = r.payments.map((p) => dayNumber(p.paidOn)!);
		fixed = r.payments.every((p) => p.ruleWhy === 'fixedRate');
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		issues.push(...e.issues);
	}
	const search: SearchInput = { base, payments, withheld, paidDays };
	let given: Card | undefined;
	if (!absent(input.card)) {
		given = input.card as Card;
		// A table card's back payments are withheld at its percentage: read it from the list when
		// the card does not say (the same percentage the search gives a table).
		if (isObj(given) && given.kind === 'table' && absent(given.percent) && issues.length === 0) {
			const pct = backPaymentPercent(search, base.year);
			if (pct !== undefined) given = { ...given, percent: pct };
		}
		if (issues.length === 0)
			try {
				withholdPayments({ ...base, card: given, payments });
			} catch (e) {
				if (!(e instanceof EngineError)) throw e;
				issues.push(...e.issues);
			}
	}
	if (issues.length > 0) {
		const seen = new Set<string>();
		throw new EngineError(issues.filter((i) => !seen.has(i.field) && seen.add(i.field)));
	}
	return { search, given, fixed };
}

/** The months a period is for. */
function monthsOf(p: PaymentInput): Set<number> {
	return new Set(splitByMonth(dayNumber(p.from)!, dayNumber(p.to)!).map((x) => x.month));
}

/**
 * What the explain search gives for one line: with the payments for the same month(s) paid before
 * it as the earlier payments (with what was in fact withheld from them).
 */
function explainLine(s: SearchInput, i: number, before: (j: number) => boolean): LineCause[] {
	const p = s.payments[i]!;
	const months = monthsOf(p);
	const earlier = s.payments
		.map((q, j) => ({ q, j }))
		.filter(({ q, j }) => j !== i && before(j) && [...monthsOf(q)].some((m) => months.has(m)))
		.map(({ q, j }) => ({
			from: q.from,
			to: q.to,
			amount: q.amount,
			withheld: s.withheld[j]!,
			paidOn: isoOf(s.paidDays[j]!)
		}));
	try {
		return causesOf(
			explainPayment({
				year: s.base.year,
				benefit: s.base.benefit,
				payment: { from: p.from, to: p.to, amount: p.amount, paidOn: isoOf(s.paidDays[i]!) },
				withheld: s.withheld[i]!,
				...(earlier.length > 0 ? { earlier } : {}),
				...(s.base.extra ? { extra: s.base.extra } : {})
			})
		);
	} catch (e) {
		if (e instanceof EngineError) return [];
		throw e;
	}
}

/** Checks every payment of a year. Throws EngineError (field issues, all at once) on bad input. */
export function checkPayments(input: CheckInput): CheckResult {
	const { search: s, given, fixed } = validate(input);
	let card: Card;
	let candidates: Card[] = [];
	let expected: number[];
	if (given || fixed) {
		// Barnepensjon from 2025 is withheld at its fixed rate whatever the card (none needed).
		card = given ?? { kind: 'none' };
		expected = expectedWith(s.base, card, s.payments)!;
	} else {
		const found = findCard(s, candidateCards(s, s.base.benefit, s.base.year), s.base.year);
		card = found.best[0] ?? { kind: 'none' };
		candidates = found.best.slice(1);
		expected = found.expected.length > 0 ? found.expected : expectedWith(s.base, card, s.payments)!;
	}

	// Paid order, as withholdPayments takes the payments (paid day, then period, then position).
	const rank = s.payments
		.map((p, i) => ({ i, paid: s.paidDays[i]!, from: dayNumber(p.from)! }))
		.sort((a, b) => a.paid - b.paid || a.from - b.from || a.i - b.i)
		.map((x) => x.i);
	const pos = new Array<number>(rank.length);
	rank.forEach((i, k) => (pos[i] = k));

	// The lines explained: those that differ, the largest difference first.
	const explain = new Set(
		s.payments
			.map((_, i) => i)
			.filter((i) => s.withheld[i] !== expected[i])
			.sort(
				(a, b) =>
					Math.abs(s.withheld[b]! - expected[b]!) - Math.abs(s.withheld[a]! - expected[a]!) || a - b
			)
			.slice(0, MAX_EXPLAINED)
	);
	const lines: CheckLine[] = s.payments.map((_, i) => {
		const w = s.withheld[i]!;
		const e = expected[i]!;
		if (w === e)
			return { index: i, withheld: w, expected: e, differenceKr: 0, status: 'ok', causes: [] };
		const causes = explain.has(i) ? explainLine(s, i, (j) => pos[j]! < pos[i]!) : [];
		return {
			index: i,
			withheld: w,
			expected: e,
			differenceKr: w - e,
			status: isExplained(causes) ? 'differs' : 'unexplained',
			causes
		};
	});

	let gross = 0;
	let withheld = 0;
	let exp = 0;
	s.payments.forEach((p, i) => {
		gross = plusKr(gross, p.amount);
		withheld += s.withheld[i]!;
		exp += expected[i]!;
	});
	return {
		card,
		candidates,
		lines,
		totals: { gross: toOre(gross), withheld, expected: exp, net: toOre(minusKr(gross, withheld)) }
	};
}
