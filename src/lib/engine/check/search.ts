// Finding the tax card that explains a list of payments: every card the year can have is run
// through `withholdPayments` (the calculator's own computation, so the month's recalculation,
// June/December and the meldeperioder are exactly the calculator's), and the one whose figures
// match the most lines wins. To stay fast on a phone, every card is first run on the payments of
// the first months paid only (a prefix the rest of the year cannot change, since a payment's
// withholding depends only on what was paid before it), and a card that already misses more lines
// than the best card so far has matched cannot win and is dropped before its full run.
import { dayNumber, monthOf } from '../calendar';
import { EngineError } from '../errors';
import { BENEFITS, type Benefit } from '../nav/benefits';
import { kildeskattAllowed } from '../nav/cards';
import { withholdPayments, type Card, type PaymentInput, type WithholdInput } from '../payments';
import { isBackPayment, paidBucket } from '../payments/periods';
import { TABLES } from '../tabelltrekk';

/** The computation for a card, without the card. */
export type RunBase = Omit<WithholdInput, 'card' | 'payments'>;

export interface SearchInput {
	base: RunBase;
	payments: PaymentInput[];
	withheld: number[];
	/** The day each payment is paid (given, or the day withholdPayments assumes). */
	paidDays: number[];
}

/** Everything withheld from each payment (tax and extra) with this card, in input order. */
export function expectedWith(
	base: RunBase,
	card: Card,
	payments: PaymentInput[]
): number[] | undefined {
	try {
		return withholdPayments({ ...base, card, payments }).payments.map((p) => p.trekk);
	} catch (e) {
		// A card this list cannot have (a year without tables, say): not a candidate.
		if (e instanceof EngineError) return undefined;
		throw e;
	}
}

/** The percentage a back payment in the list was withheld at (the commonest), if there is one. */
export function backPaymentPercent(s: SearchInput, year: number): number | undefined {
	const counts = new Map<number, number>();
	s.payments.forEach((p, i) => {
		const to = dayNumber(p.to)!;
		if (!isBackPayment(paidBucket(year, s.paidDays[i]!), monthOf(to)) || p.amount <= 0) return;
		const pct = Math.round((s.withheld[i]! / p.amount) * 100);
		if (pct >= 0 && pct <= 100) counts.set(pct, (counts.get(pct) ?? 0) + 1);
	});
	let best: number | undefined;
	for (const [pct, n] of counts) if (best === undefined || n > counts.get(best)!) best = pct;
	return best;
}

/** Whole percentages the lines' withholding points at, commonest first (at most `max`). */
function linePercents(s: SearchInput, max: number): number[] {
	const counts = new Map<number, number>();
	s.payments.forEach((p, i) => {
		if (p.amount <= 0) return;
		const share = (s.withheld[i]! / p.amount) * 100;
		for (const pct of new Set([Math.floor(share), Math.ceil(share)]))
			if (pct >= 0 && pct <= 100) counts.set(pct, (counts.get(pct) ?? 0) + 1);
	});
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.slice(0, max)
		.map(([pct]) => pct);
}

/**
 * Every card the search tries, in the order a tie is settled: the year's tables (the card most
 * NAV payments are withheld by), the percentages the lines point at, then NAV's cards without a
 * table (no card, kildeskatt, Svalbard) and a frikort.
 */
export function candidateCards(s: SearchInput, benefit: Benefit, year: number): Card[] {
	const pct = backPaymentPercent(s, year);
	const out: Card[] = TABLES.map((table) =>
		pct === undefined ? { kind: 'table', table } : { kind: 'table', table, percent: pct }
	);
	for (const percent of linePercents(s, 8)) out.push({ kind: 'percent', percent });
	out.push({ kind: 'none' });
	if (kildeskattAllowed(benefit, BENEFITS[benefit].income)) out.push({ kind: 'kildeskatt' });
	out.push({ kind: 'svalbard' }, { kind: 'frikort' });
	return out;
}

/**
 * The payments in the order NAV pays them (as withholdPayments orders them), cut after whole
 * months of payment into prefixes of at least 1, 4 and 10 payments, then all of them.
 */
function prefixes(s: SearchInput, year: number, benefit: Benefit): number[][] {
	const n = s.payments.length;
	const order = s.payments
		.map((p, i) => ({ i, paid: s.paidDays[i]!, from: dayNumber(p.from)! }))
		.sort((a, b) => a.paid - b.paid || a.from - b.from || a.i - b.i)
		.map((x) => x.i);
	const all = [order];
	// Overgangsstønad weighs a month's payments together (the 50 % limit): no prefixes.
	if (n <= 6 || benefit === 'overgangsstonad') return all;
	const cuts: number[] = [];
	for (let k = 1; k < n; k++)
		if (paidBucket(year, s.paidDays[order[k]!]!) !== paidBucket(year, s.paidDays[order[k - 1]!]!))
			cuts.push(k);
	const out: number[][] = [];
	for (const target of [1, 4, 10]) {
		const cut = cuts.find((k) => k >= target);
		if (cut !== undefined && cut < n && (out.length === 0 || cut > out[out.length - 1]!.length))
			out.push(order.slice(0, cut));
	}
	return [...out, order];
}

export interface SearchResult {
	/** The cards that explain the most lines, in candidate order. */
	best: Card[];
	/** The winner's figures for every payment. */
	expected: number[];
}

/**
 * The cards that match the most lines. Every card is run on the first prefix; then, the most
 * promising first, each is run on longer prefixes up to the whole list, and dropped as soon as it
 * misses more lines than the best whole-list card has matched (it cannot match as many).
 */
export function findCard(s: SearchInput, cards: Card[], year: number): SearchResult {
	const n = s.payments.length;
	const stages = prefixes(s, year, s.base.benefit);
	const stagePayments = stages.map((idx) => idx.map((i) => s.payments[i]!));
	/** Lines this card misses among the stage's payments (or undefined: not a card for the list). */
	const run = (card: Card, k: number): { misses: number; got: number[] } | undefined => {
		const idx = stages[k]!;
		const got = expectedWith(s.base, card, stagePayments[k]!);
		if (!got) return undefined;
		let misses = 0;
		for (let j = 0; j < idx.length; j++) if (got[j] !== s.withheld[idx[j]!]) misses++;
		return { misses, got };
	};
	const first = cards
		.map((card, order) => ({ card, order, first: run(card, 0) }))
		.filter((c) => c.first !== undefined)
		.sort((a, b) => a.first!.misses - b.first!.misses || a.order - b.order);
	let best = -1;
	const done: Array<{ order: number; card: Card; matches: number; full: number[] }> = [];
	for (const c of first) {
		let misses = c.first!.misses;
		let got = c.first!.got;
		let k = 0;
		while (n - misses >= best && k < stages.length - 1) {
			const r = run(c.card, ++k);
			if (!r) break;
			({ misses, got } = r);
		}
		if (k < stages.length - 1 || n - misses < best) continue;
		const full = new Array<number>(n);
		stages[k]!.forEach((i, j) => (full[i] = got[j]!));
		best = Math.max(best, n - misses);
		done.push({ order: c.order, card: c.card, matches: n - misses, full });
	}
	const winners = done.filter((d) => d.matches === best).sort((a, b) => a.order - b.order);
	return { best: winners.map((w) => w.card), expected: winners[0]?.full ?? [] };
}
