import Decimal from 'decimal.js';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { BENEFITS, BENEFIT_SOURCE, isBenefit, type Benefit, type MonthRule } from './nav/benefits';
import {
	CARD_SOURCE,
	EXTRA_SOURCE,
	OVERGANGSSTONAD_HALF_LIMIT,
	RATES,
	noCardRate
} from './nav/cards';
import { dayNumber, isoOf, monthOf, splitByMonth, yearOf } from './nav/dates';
import {
	MELDEPERIODE_WEEKS,
	TREKKFRI_COUNT,
	isListedTrekkfri,
	meldeperiodeWeeks,
	type Reporting
} from './nav/meldeperioder';
import { assumedPaidOn, PAY_DATE_SOURCE, type PaidOnRule } from './nav/payDates';
import { getTableRoutine, getYearRules } from './rules';
import { step, type Step, type StepValue } from './steps';
import { isValidTable, tabelltrekk, tabelltrekkSteps, type Period } from './tabelltrekk';

/**
 * NAV's withholding on each payment (shared/spec/nav-payments.md): the table period from the
 * calendar days paid for (§2), the whole month recalculated at every payment (§3), June and
 * December per benefit (§4) with the trekkfri meldeperioder (§5), the other kinds of tax card
 * (§1) and voluntary extra withholding.
 *
 * Money: table withholding is whole kroner, as the official routine is. Money this module adds,
 * splits or takes a percentage of is decimal.js: parts of a payment are kept to the øre, and
 * every percentage is rounded half up (toward +∞) to whole kroner once, per payment.
 */
export type Card =
	/**
	 * `percent`: the card's percentage, for NAV benefits not withheld by table (here: overgangsstønad
	 * below 50 %, nav-payments.md §1).
	 */
	| { kind: 'table'; table: string; percent?: number }
	| { kind: 'percent'; percent: number }
	| { kind: 'frikort'; limit?: number }
	| { kind: 'none' }
	| { kind: 'kildeskatt' }
	| { kind: 'svalbard' };

/** Voluntary extra withholding a month (frivillig skattetrekk), kroner or percent. */
export type Extra = { kroner: number } | { percent: number };

export interface PaymentInput {
	/** First day paid for, `YYYY-MM-DD`. */
	from: string;
	/** Last day paid for, `YYYY-MM-DD`, inclusive. */
	to: string;
	/** Gross kroner (øre allowed). */
	amount: number;
	/** Date paid, `YYYY-MM-DD`; default: NAV's usual date (nav/payDates.ts, `paidOnAssumed`). */
	paidOn?: string;
}

export interface WithholdInput {
	year: number;
	benefit: Benefit;
	card: Card;
	payments: PaymentInput[];
	extra?: Extra;
	/**
	 * AAP and dagpenger: the person reports in odd or even ISO weeks. Only narrows which of NAV's
	 * published week numbers apply; without it, a meldeperiode's own weeks tell its parity.
	 */
	meldekortWeeks?: Reporting;
	/** Ytelser til gjenlevende ektefelle together with uføretrygd: June is trekkfri (§4). */
	withUforetrygd?: boolean;
}

export type { Interpretation } from './interpretations';
import type { Interpretation } from './interpretations';

/** Why a part has the June/December rule it has (null: an ordinary month, nothing special). */
export type RuleWhy =
	/** NAV's June/December table for the benefit (§4). */
	| 'benefitMonth'
	/** One of the first meldeperioder of June or December (AAP, dagpenger; §5). */
	| 'meldeperiode'
	/** Gjenlevende combined with uføretrygd: June trekkfri (§4). */
	| 'withUforetrygd'
	/** Sykepenger for December not paid in December: ordinary (§4). */
	| 'sykepengerNotPaidInDecember'
	/** Not in NAV's list (barnepensjon): ordinary (interpretation). */
	| 'notListed'
	/** Not a table card: no June/December rule (interpretation for percentage cards). */
	| 'notTableCard';

export interface MonthPart {
	/** The month (1–12) this part of the payment is for. */
	month: number;
	days: number;
	/** The part of the payment for this month (kroner, to the øre). */
	amount: number;
	rule: MonthRule;
	ruleWhy: RuleWhy | null;
	/** The table period for all days counted so far for the month; null when trekkfri. */
	period: Period | null;
	/** 18–24 days: the week table on one third, times three. */
	third: boolean;
	/** Days and kroner counted in the month's recalculation so far, this part included. */
	cumulativeDays: number;
	cumulativeAmount: number;
	/** The month's withholding recalculated now, after the June/December rule. */
	monthTotal: number;
	withheldEarlier: number;
	/** This part's share: monthTotal − withheldEarlier, never below 0 nor above the part. */
	trekk: number;
	/** Position among the payments for this month (1 = first). */
	nth: number;
	/** The share was more than the part and was cut to it. */
	capped: boolean;
}

export interface PaymentResult {
	/** Position in the input. */
	index: number;
	from: string;
	to: string;
	paidOn: string;
	paidOnAssumed: boolean;
	gross: number;
	/** Everything withheld from the payment: taxTrekk + extraTrekk, whole kroner. */
	trekk: number;
	net: number;
	/** Calendar days paid for. */
	days: number;
	method: Card['kind'];
	/** Table period of the payment's main part (the month with most days), or null. */
	period: Period | null;
	rule: MonthRule;
	ruleWhy: RuleWhy | null;
	/** Table cards: the payment per calendar month, each with its month's recalculation. */
	parts: MonthPart[];
	/** Tax withheld by the card (before the voluntary extra). */
	taxTrekk: number;
	/** Voluntary extra withheld from this payment. */
	extraTrekk: number;
	/** Something was cut so the withholding stays within the payment. */
	capped: boolean;
	/** One-line summary (step id `payments.reason.*`). */
	reason: Step;
	steps: Step[];
	/** True when any step of this payment rests on an interpretation. */
	interpretation: boolean;
	/** Which interpretations, so the page can say which figure rests on what. */
	interpretations: Interpretation[];
}

export interface MonthSummary {
	/** Month of payment 1–12. */
	month: number;
	gross: number;
	trekk: number;
	net: number;
	/** The rule for the payments paid in the month; null when nothing was paid. */
	rule: MonthRule | 'mixed' | null;
}

export interface WithholdResult {
	year: number;
	/** In input order. */
	payments: PaymentResult[];
	/** Twelve months, by month of payment. */
	months: MonthSummary[];
	/** The year's totals: payments paid in the year (by the cash principle, the year's income). */
	totals: { gross: number; trekk: number; net: number; extra: number };
	/** Payments for this year paid in the next (for example December sykepenger in January). */
	paidNextYear: { count: number; gross: number; trekk: number; net: number };
	interpretations: Interpretation[];
}

const SRC = 'nav.no: Skattetrekk på utbetalinger fra NAV (nav-payments.md §2–§3)';

/** Month of payment: 1–12 in the income year, 13–24 in the next year. */
function paidBucket(year: number, day: number): number {
	return monthOf(day) + (yearOf(day) > year ? 12 : 0);
}
function calendarMonth(bucket: number): number {
	return ((bucket - 1) % 12) + 1;
}

/** §2: the table for the number of calendar days paid for. */
export function periodForDays(days: number): { period: Period; third: boolean } {
	if (days <= 1) return { period: '1day', third: false };
	if (days <= 4) return { period: `${days}days` as Period, third: false };
	if (days <= 10) return { period: 'week', third: false };
	if (days <= 17) return { period: '14days', third: false };
	if (days <= 24) return { period: 'week', third: true };
	return { period: 'month', third: false };
}

/** The month table on a whole month's amount: what several payments for one month add up to. */
export function monthTableTrekk(year: number, table: string, amount: number): number {
	return tabelltrekk({ year, table, period: 'month', amount: Math.floor(amount) });
}

// ---------------------------------------------------------------------------------------------
// Input: every field checked, every problem reported (one per field), never a crash.

function isObj(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const absent = (v: unknown) => v === undefined || v === null;

function amountIssue(field: string, v: unknown): FieldIssue | undefined {
	if (typeof v !== 'number' || Number.isNaN(v)) return { field, code: 'invalid' };
	if (!Number.isFinite(v)) return { field, code: 'notFinite' };
	if (v < 0) return { field, code: 'negative' };
	if (v > MAX_AMOUNT) return { field, code: 'tooLarge', values: { max: MAX_AMOUNT } };
	return undefined;
}

function percentIssue(field: string, v: unknown): FieldIssue | undefined {
	if (typeof v !== 'number' || Number.isNaN(v)) return { field, code: 'invalid' };
	if (!Number.isFinite(v)) return { field, code: 'notFinite' };
	if (v < 0 || v > 100) return { field, code: 'percentRange', values: { min: 0, max: 100 } };
	return undefined;
}

interface Row {
	index: number;
	from: number;
	to: number;
	paidOn: number;
	paidOnAssumed: boolean;
	/** How an assumed date was chosen (nav/payDates.ts). */
	paidOnRule: PaidOnRule | null;
	amount: number;
	/** The amount to the øre, and in whole kroner rounded down (the most that can be withheld). */
	grossKr: number;
	cap: number;
}

interface Checked {
	year: number;
	benefit: Benefit;
	card: Card;
	extra: Extra | undefined;
	reporting: Reporting | undefined;
	withUforetrygd: boolean;
	rows: Row[];
}

const FLAT_KINDS = new Set(['percent', 'frikort', 'none', 'kildeskatt', 'svalbard']);

function validate(input: unknown): Checked {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	const card = input.card;
	const kind = isObj(card) ? card.kind : undefined;

	// A table card needs the year's table routine; other cards only a year the engine knows.
	let yearOk = false;
	try {
		if (kind === 'table') getTableRoutine(input.year);
		else getYearRules(input.year);
		yearOk = true;
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		issues.push(...e.issues);
	}
	const year = input.year as number;

	if (!isBenefit(input.benefit)) issues.push({ field: 'benefit', code: 'unknownBenefit' });

	if (!isObj(card)) issues.push({ field: 'card', code: 'unknownCard' });
	else if (kind === 'table') {
		if (typeof card.table !== 'string' || !isValidTable(card.table))
			issues.push({ field: 'card.table', code: 'unknownTable' });
		const bad = absent(card.percent) ? undefined : percentIssue('card.percent', card.percent);
		if (bad) issues.push(bad);
	} else if (kind === 'percent') {
		const bad = percentIssue('card.percent', card.percent);
		if (bad) issues.push(bad);
	} else if (kind === 'frikort') {
		const bad = absent(card.limit) ? undefined : amountIssue('card.limit', card.limit);
		if (bad) issues.push(bad);
	} else if (typeof kind !== 'string' || !FLAT_KINDS.has(kind)) {
		issues.push({ field: 'card', code: 'unknownCard' });
	}

	let extra: Extra | undefined;
	const x = input.extra;
	if (!absent(x)) {
		if (!isObj(x) || 'kroner' in x === 'percent' in x)
			issues.push({ field: 'extra', code: 'invalid' });
		else if ('kroner' in x) {
			const bad = amountIssue('extra.kroner', x.kroner);
			if (bad) issues.push(bad);
			else extra = { kroner: x.kroner as number };
		} else {
			const bad = percentIssue('extra.percent', x.percent);
			if (bad) issues.push(bad);
			else extra = { percent: x.percent as number };
		}
	}

	const mw = input.meldekortWeeks;
	if (!absent(mw) && mw !== 'odd' && mw !== 'even')
		issues.push({ field: 'meldekortWeeks', code: 'invalid' });
	const wu = input.withUforetrygd;
	if (!absent(wu) && typeof wu !== 'boolean')
		issues.push({ field: 'withUforetrygd', code: 'invalid' });

	const rows: Row[] = [];
	if (!Array.isArray(input.payments)) issues.push({ field: 'payments', code: 'required' });
	else {
		const benefit = isBenefit(input.benefit) ? input.benefit : undefined;
		input.payments.forEach((p: unknown, i: number) => {
			const f = `payments.${i}`;
			if (!isObj(p)) {
				issues.push({ field: f, code: 'invalid' });
				return;
			}
			let ok = true;
			const problem = (field: string, code: FieldIssue['code'], values?: FieldIssue['values']) => {
				issues.push({ field: `${f}.${field}`, code, ...(values ? { values } : {}) });
				ok = false;
			};
			/** A date of the income year, or undefined after reporting why not. */
			const dateIn = (field: string, value: unknown, nextYearToo = false): number | undefined => {
				const d = dayNumber(value);
				if (d === undefined) problem(field, 'badDate');
				else if (yearOk && yearOf(d) !== year && !(nextYearToo && yearOf(d) === year + 1))
					problem(field, 'outsideYear', { year });
				return d;
			};
			const from = dateIn('from', p.from);
			const to = dateIn('to', p.to);
			if (from !== undefined && to !== undefined && to < from) problem('to', 'toBeforeFrom');
			// A payment for this year may be paid early the next (December sykepenger in January).
			const paidOn =
				absent(p.paidOn) || p.paidOn === '' ? undefined : dateIn('paidOn', p.paidOn, true);
			const bad = amountIssue(`${f}.amount`, p.amount);
			if (bad) {
				issues.push(bad);
				ok = false;
			}
			if (!ok || from === undefined || to === undefined) return;
			// Interpretation: without a paid date, NAV's usual date for the benefit (§7): pensions
			// around the 20th (the 12th in December), others after the period; banking days only.
			const amount = p.amount as number;
			const assumed = paidOn === undefined ? assumedPaidOn(benefit, from, to) : undefined;
			rows.push({
				index: i,
				from,
				to,
				paidOn: paidOn ?? assumed!.day,
				paidOnAssumed: paidOn === undefined,
				paidOnRule: assumed?.rule ?? null,
				amount,
				grossKr: toOre(amount),
				cap: Math.floor(amount)
			});
		});
		// Overlapping periods: each payment is checked against the furthest-reaching one before it
		// (by start date); the later one in input order is reported.
		const sorted = [...rows].sort((a, b) => a.from - b.from || a.index - b.index);
		let reach: Row | undefined;
		for (const cur of sorted) {
			if (reach && cur.from <= reach.to) {
				const later = cur.index > reach.index ? cur : reach;
				issues.push({ field: `payments.${later.index}.from`, code: 'overlap' });
			}
			if (!reach || cur.to > reach.to) reach = cur;
		}
	}

	if (issues.length > 0) {
		const seen = new Set<string>();
		throw new EngineError(issues.filter((i) => !seen.has(i.field) && seen.add(i.field)));
	}
	return {
		year,
		benefit: input.benefit as Benefit,
		card: card as Card,
		extra,
		reporting: (mw ?? undefined) as Reporting | undefined,
		withUforetrygd: wu === true,
		rows
	};
}

// ---------------------------------------------------------------------------------------------
// Helpers

// Exact money arithmetic. Whole kroner add as integers (exact in doubles far beyond any sum
// here, and the table routine's own unit); anything with øre goes through decimal.js, so
// 0.1 + 0.2 is 0.3. Prorating and percentages always use decimal.js.

function plusKr(a: number, b: number): number {
	return Number.isInteger(a) && Number.isInteger(b) ? a + b : new Decimal(a).plus(b).toNumber();
}

function minusKr(a: number, b: number): number {
	return Number.isInteger(a) && Number.isInteger(b) ? a - b : new Decimal(a).minus(b).toNumber();
}

/** Kroner to the øre (half up), for display. */
function toOre(a: number): number {
	// Already whole øre (the double nearest a two-decimal value): nothing to round.
	if (Math.round(a * 100) / 100 === a) return a;
	return new Decimal(a).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** Percent of an amount, rounded half up (toward +∞) to whole kroner, once. */
function percentOf(amount: number, pct: number): number {
	return new Decimal(amount)
		.times(pct)
		.dividedBy(100)
		.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
		.toNumber();
}

/**
 * Split a payment over the calendar months it covers, in proportion to calendar days
 * (interpretation `splitMonths`). Cumulative shares are rounded down to the øre and each part is
 * the difference, so no part is negative and the parts add up to the payment exactly (the last
 * month takes the rest).
 */
function splitAmount(row: Row): Array<{ month: number; days: number; amount: number }> {
	const pieces = splitByMonth(row.from, row.to);
	if (pieces.length === 1)
		return [{ month: pieces[0]!.month, days: pieces[0]!.days, amount: row.amount }];
	const total = row.to - row.from + 1;
	let daysSoFar = 0;
	const whole = new Decimal(row.amount);
	let before = new Decimal(0);
	return pieces.map((piece, i) => {
		daysSoFar += piece.days;
		const upTo =
			i === pieces.length - 1
				? whole
				: whole.times(daysSoFar).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_DOWN);
		const amount = upTo.minus(before).toNumber();
		before = upTo;
		return { month: piece.month, days: piece.days, amount };
	});
}

interface Melde {
	/** 6 or 12: the month whose trekkfri meldeperiode this is. */
	month: 6 | 12;
	/** ISO weeks when matched on NAV's published weeks; undefined when by the fallback. */
	weeks?: readonly [number, number];
}

/** Which payments of AAP/dagpenger are trekkfri meldeperioder of June and December (§4–§5). */
function trekkfriMeldeperioder(c: Checked, order: Row[]): Map<number, Melde> {
	const out = new Map<number, Melde>();
	const rules = BENEFITS[c.benefit];
	const published = MELDEPERIODE_WEEKS[c.year] !== undefined;
	for (const month of [6, 12] as const) {
		if ((month === 6 ? rules.june : rules.december) !== 'meldeperioder') continue;
		if (published) {
			for (const r of order)
				if (isListedTrekkfri(c.year, month, r.from, r.to, c.reporting))
					out.set(r.index, { month, weeks: meldeperiodeWeeks(r.from, r.to)! });
		} else {
			// Interpretation (§5): the meldeperiode(s) paid first in the month.
			let left: number = TREKKFRI_COUNT[month];
			for (const r of order) {
				if (left === 0) break;
				if (paidBucket(c.year, r.paidOn) !== month || out.has(r.index)) continue;
				out.set(r.index, { month });
				left -= 1;
			}
		}
	}
	return out;
}

interface MonthState {
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

/** The steps of one payment and the interpretations they rest on. */
class Recorder {
	readonly steps: Step[] = [];
	/** The interpretations this payment's steps rest on. */
	readonly mine = new Set<Interpretation>();
	constructor(private readonly used: Set<Interpretation>) {}
	add(id: string, values: Record<string, StepValue>, source?: string): void {
		this.steps.push(step(`payments.${id}`, values, source ? { source } : {}));
	}
	/** A step resting on an interpretation, when `when` holds (otherwise a plain step). */
	assume(
		which: Interpretation,
		id: string,
		values: Record<string, StepValue>,
		source?: string,
		when = true
	): void {
		if (when) {
			this.used.add(which);
			this.mine.add(which);
		}
		this.steps.push(
			step(`payments.${id}`, values, {
				...(when ? { interpretation: true } : {}),
				...(source ? { source } : {})
			})
		);
	}
	push(steps: Step[]): void {
		for (const s of steps) this.steps.push(s);
	}
}

// ---------------------------------------------------------------------------------------------
// The computation

/** NAV's withholding on every payment, returned in input order. Throws EngineError on bad input. */
export function withholdPayments(input: WithholdInput): WithholdResult {
	const c = validate(input);
	const used = new Set<Interpretation>();
	const card = c.card;
	// Payments are processed in the order NAV pays them; ties by period, then the order given.
	const order = [...c.rows].sort(
		(a, b) => a.paidOn - b.paidOn || a.from - b.from || a.index - b.index
	);
	const melde = card.kind === 'table' ? trekkfriMeldeperioder(c, order) : new Map<number, Melde>();

	const monthState = new Map<number, MonthState>();
	/** Voluntary extra kroner still to take, per month of payment. */
	const extraLeft = new Map<number, number>();
	/** Payments per month of payment: "once a month" is an assumption only when there are several. */
	const paidIn = new Array<number>(25).fill(0);
	for (const row of order) paidIn[paidBucket(c.year, row.paidOn)]! += 1;
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
				row.paidOnRule === 'inMonth' ? 'paidOnAssumedInMonth' : 'paidOnAssumed',
				{ paidDate: isoOf(row.paidOn) },
				PAY_DATE_SOURCE
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
		const monthKr = c.benefit === 'overgangsstonad' ? monthTotals.get(monthOf(row.from))! : 0;
		const belowHalf =
			card.kind === 'table' &&
			c.benefit === 'overgangsstonad' &&
			monthKr < OVERGANGSSTONAD_HALF_LIMIT.value;
		if (belowHalf) {
			const values = {
				forMonth: monthOf(row.from),
				monthKr: toOre(monthKr),
				limitKr: OVERGANGSSTONAD_HALF_LIMIT.value
			};
			if (absent(card.percent))
				rec.assume(
					'belowHalfTable',
					'belowHalfNoPercent',
					values,
					OVERGANGSSTONAD_HALF_LIMIT.source
				);
			else rec.add('belowHalf', values, OVERGANGSSTONAD_HALF_LIMIT.source);
		}

		if (card.kind === 'table' && !(belowHalf && !absent(card.percent))) {
			parts = tableParts(c, card.table, row, paidMonth, melde.get(row.index), monthState, rec);
			taxTrekk = parts.reduce((s, p) => s + p.trekk, 0);
			capped = parts.some((p) => p.capped);
			// The main part: the month with most days paid for.
			main = parts.reduce((a, b) => (b.days > a.days ? b : a), parts[0]!);
			ruleWhy = main.ruleWhy;
			reason = reasonFor(main, melde.get(row.index)?.month);
		} else {
			const touchesJuneOrDecember = splitByMonth(row.from, row.to).some(
				(p) => p.month === 6 || p.month === 12
			);
			if (touchesJuneOrDecember) ruleWhy = 'notTableCard';
			const flatCard: Exclude<Card, { kind: 'table' }> =
				card.kind === 'table' ? { kind: 'percent', percent: card.percent ?? 0 } : card;
			const flat = flatTrekk(c, flatCard, row, paidSoFar, touchesJuneOrDecember, rec);
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

		// Voluntary extra withholding: every month, June and December included, within what is
		// left of the payment after the tax (the tax comes first).
		let extraTrekk = 0;
		const room = cap - taxTrekk;
		const extra = c.extra;
		const monthly =
			extra && 'kroner' in extra
				? new Decimal(extra.kroner).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
				: 0;
		if (extra && nextYear) {
			// Voluntary extra withholding runs to the end of the year it was registered for (§1).
			rec.add('extraEndsWithYear', { year: c.year }, EXTRA_SOURCE);
		} else if (monthly > 0) {
			const left = extraLeft.get(paidMonth) ?? monthly;
			const several = paidIn[paidMonth]! > 1;
			if (left === 0) {
				rec.assume('extraOncePerMonth', 'extraAlreadyTaken', { paidMonth }, EXTRA_SOURCE);
			} else {
				extraTrekk = Math.min(left, room);
				extraLeft.set(paidMonth, left - extraTrekk);
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

		const trekk = taxTrekk + extraTrekk;
		const net = toOre(minusKr(gross, trekk));
		rec.add('total', { grossKr, trekkKr: trekk, netKr: net });
		results[row.index] = {
			index: row.index,
			from: isoOf(row.from),
			to: isoOf(row.to),
			paidOn: isoOf(row.paidOn),
			paidOnAssumed: row.paidOnAssumed,
			gross: grossKr,
			trekk,
			net,
			days,
			method: parts.length === 0 && card.kind === 'table' ? 'percent' : card.kind,
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

/** A payment that is the only one counted for its month is not called the "first" of it. */
function soleInMonth(results: PaymentResult[]): void {
	const counted = new Map<number, number>();
	for (const r of results)
		for (const part of r.parts)
			if (part.rule !== 'trekkfri') counted.set(part.month, (counted.get(part.month) ?? 0) + 1);
	for (const r of results) {
		if (r.reason.id !== 'payments.reason.firstInMonth') continue;
		if (counted.get(Number(r.reason.values.forMonth)) === 1)
			r.reason = step('payments.reason.onlyInMonth', r.reason.values);
	}
}

/** A table card: the payment per calendar month, each part joining its month's recalculation. */
function tableParts(
	c: Checked,
	table: string,
	row: Row,
	paidMonth: number,
	melde: Melde | undefined,
	monthState: Map<number, MonthState>,
	rec: Recorder
): MonthPart[] {
	const benefitRules = BENEFITS[c.benefit];
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
		if (melde.weeks)
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

		// The June/December rule for this part (§4).
		let rule: MonthRule = 'ordinary';
		let why: RuleWhy | null = null;
		if (melde) {
			rule = 'trekkfri';
			why = 'meldeperiode';
		} else if (month === 6 || month === 12) {
			const r = month === 6 ? benefitRules.june : benefitRules.december;
			if (benefitRules.monthsInterpreted) {
				why = 'notListed';
				rec.assume('monthsNotListed', 'monthsNotListed', { forMonth: month, benefit: c.benefit });
			} else if (month === 6 && c.benefit === 'gjenlevende' && c.withUforetrygd) {
				rule = 'trekkfri';
				why = 'withUforetrygd';
				rec.add('trekkfriWithUforetrygd', { forMonth: month }, BENEFIT_SOURCE);
			} else if (month === 12 && c.benefit === 'sykepenger' && paidMonth !== 12) {
				why = 'sykepengerNotPaidInDecember';
				rec.add(
					'sykepengerNotPaidInDecember',
					{ paidMonth: calendarMonth(paidMonth) },
					BENEFIT_SOURCE
				);
			} else if (r === 'trekkfri' || r === 'half') {
				rule = r;
				why = 'benefitMonth';
				if (r === 'trekkfri')
					rec.add('trekkfri', { forMonth: month, benefit: c.benefit }, BENEFIT_SOURCE);
			}
		}

		const base = {
			month,
			days: piece.days,
			amount: split ? toOre(piece.amount) : row.grossKr,
			nth: m.count
		};
		if (rule === 'trekkfri') {
			// A trekkfri part stays out of the month's recalculation, so a later payment for the
			// month does not take back what this one was spared (interpretation when a later part of
			// the month is withheld; said there).
			m.freeDays += piece.days;
			m.freeAmount = plusKr(m.freeAmount, piece.amount);
			parts.push({
				...base,
				rule,
				ruleWhy: why,
				period: null,
				third: false,
				cumulativeDays: m.days,
				cumulativeAmount: toOre(m.amount),
				monthTotal: m.withheld,
				withheldEarlier: m.withheld,
				trekk: 0,
				capped: false
			});
			continue;
		}

		m.counted += 1;
		m.days += piece.days;
		m.amount = plusKr(m.amount, piece.amount);
		if (paidMonth - month >= 2)
			rec.assume(
				'lateForMonth',
				'lateForMonth',
				{ forMonth: month, paidMonth: calendarMonth(paidMonth) },
				'nav-payments.md §6'
			);
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
			// 18–24 days: the week table on one third, times three. The spec does not say how the
			// third becomes whole kroner: rounded down (interpretation, said when it matters).
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
function reasonFor(main: MonthPart, meldeMonth: 6 | 12 | undefined): Step {
	const forMonth = main.month;
	if (main.rule === 'trekkfri')
		return meldeMonth !== undefined
			? step('payments.reason.meldeperiodeTrekkfri', { paidMonth: meldeMonth })
			: step('payments.reason.trekkfri', { forMonth });
	if (main.rule === 'half') return step('payments.reason.half', { forMonth });
	const period = main.period ?? 'month';
	// The first part counted in its month's recalculation carries only its own days.
	return main.cumulativeDays === main.days
		? step('payments.reason.firstInMonth', { forMonth, period })
		: step('payments.reason.laterInMonth', { forMonth, nth: main.nth, period });
}

/** Cards without a table: a flat rate of every payment, the same in every month. */
function flatTrekk(
	c: Checked,
	card: Exclude<Card, { kind: 'table' }>,
	row: Row,
	paidSoFar: number,
	touchesJuneOrDecember: boolean,
	rec: Recorder
): { trekk: number; reason: Step } {
	const gross = row.amount;
	const grossKr = row.grossKr;
	const allMonths = () => {
		if (!touchesJuneOrDecember) return;
		if (card.kind === 'kildeskatt' || card.kind === 'svalbard')
			// NAV: kildeskatt and Svalbard tax are ordinary in June and December (a fact, §4).
			rec.add('ordinaryJuneDecember', {}, BENEFIT_SOURCE);
		else if (card.kind === 'percent')
			rec.assume('percentAllMonths', 'percentAllMonths', {}, BENEFIT_SOURCE);
		else rec.assume('percentAllMonths', 'rateAllMonths', {}, BENEFIT_SOURCE);
	};

	switch (card.kind) {
		case 'percent': {
			const trekk = percentOf(gross, card.percent);
			rec.add('percent', { ratePct: card.percent, amountKr: grossKr, trekkKr: trekk }, CARD_SOURCE);
			allMonths();
			return { trekk, reason: step('payments.reason.percent', { ratePct: card.percent }) };
		}
		case 'frikort': {
			if (absent(card.limit)) {
				rec.add('frikortNoLimit', {}, CARD_SOURCE);
				return { trekk: 0, reason: step('payments.reason.frikort', {}) };
			}
			// Nothing until the year's payments (in the order paid) pass the limit; then 50 % of
			// the part of this payment above it.
			const limit = new Decimal(card.limit!);
			const after = plusKr(paidSoFar, gross);
			const above = Decimal.max(
				0,
				new Decimal(after).minus(Decimal.max(limit, paidSoFar))
			).toNumber();
			if (above === 0) {
				rec.add(
					'frikortBelow',
					{ limitKr: card.limit!, paidKr: toOre(after) },
					RATES.frikortAbove.source
				);
				return { trekk: 0, reason: step('payments.reason.frikort', {}) };
			}
			const trekk = percentOf(above, RATES.frikortAbove.value);
			rec.add(
				'frikortAbove',
				{
					limitKr: card.limit!,
					aboveKr: toOre(above),
					ratePct: RATES.frikortAbove.value,
					trekkKr: trekk
				},
				RATES.frikortAbove.source
			);
			allMonths();
			return { trekk, reason: step('payments.reason.frikortAbove', { limitKr: card.limit! }) };
		}
		default: {
			const income = BENEFITS[c.benefit].income;
			const rate =
				card.kind === 'kildeskatt'
					? RATES.kildeskatt
					: card.kind === 'svalbard'
						? income === 'pension'
							? RATES.svalbardPension
							: RATES.svalbardWage
						: noCardRate(c.benefit, income);
			const id = card.kind === 'none' ? 'noCard' : card.kind;
			const trekk = percentOf(gross, rate.value);
			rec.add(id, { ratePct: rate.value, amountKr: grossKr, trekkKr: trekk }, rate.source);
			allMonths();
			return { trekk, reason: step(`payments.reason.${id}`, { ratePct: rate.value }) };
		}
	}
}

/** Twelve months by month of payment, the year's totals and the interpretations used. */
function summarise(
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
