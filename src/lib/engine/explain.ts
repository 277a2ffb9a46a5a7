import { EngineError, type FieldIssue } from './errors';
import { backPaymentRate } from './nav/backPayment';
import { assumedPaidOn } from './nav/payDates';
import { BENEFITS, isBenefit, type Benefit, type MonthRule } from './nav/benefits';
import {
	CARD_SOURCE,
	frikortAboveRate,
	kildeskattAllowed,
	kildeskattRate,
	noCardRate,
	svalbardRate
} from './nav/cards';
import { dayNumber, firstDayOfMonth, isoOf, monthOf, yearOf } from './calendar';
import {
	withholdPayments,
	type Card,
	type Extra,
	type PaymentInput,
	type PaymentResult,
	type RuleWhy
} from './payments';
import { extraOf } from './payments/input';
import { getTableRoutine } from './rules';
import type { Cited } from './rules/source';
import { step, type Step } from './steps';
import { TABLES, type Period } from './tabelltrekk';
import { absent, amountIssue, isObj } from './validate';
import { percentOf } from './money';

/**
 * "Explain my payment": from what NAV's payment notice (utbetalingsmelding) says (the period,
 * gross, tax withheld, paid date) back to the causes that reproduce that withholding exactly
 * (docs/nav-payments.md, docs/tabelltrekk.md). Every candidate is computed by the same engine the
 * calculator uses (`withholdPayments`), so a cause found here is the calculator's own figure.
 *
 * - Table cards: every table of the year, with the month's recalculation (§3) from the earlier
 *   payments for the same month (their withholding as the notices give it), in both orders: this
 *   payment after the earlier ones, and as the first of its month. June and December (§4–§5) come
 *   out of the same computation (trekkfri, half).
 * - Flat rates: no card (50 %, pension 30 %), barnepensjon 17 %, earlier-year back payments
 *   (44/40 %, 32/28 %), kildeskatt 15 %, Svalbard, and a whole-number percentage card.
 * - Frikort: nothing withheld (within the limit), or 50 % of the whole payment (used up before it).
 *
 * A known voluntary extra withholding is taken out before the search; an extra is never guessed
 * (with a free extra amount any table would "explain" any figure), and neither is a frikort limit.
 */
export interface ExplainPaymentInput {
	year: number;
	benefit: Benefit;
	payment: PaymentInput;
	/** Tax withheld from the payment, as on the notice (whole kroner). */
	withheld: number;
	/**
	 * Payments already made for the same month(s), each with what was withheld from it and, when
	 * the notice gives it, the day it was paid (else NAV's usual day, before this payment).
	 */
	earlier?: Array<{ from: string; to: string; amount: number; withheld: number; paidOn?: string }>;
	/** A voluntary extra withholding the person knows they have. */
	extra?: Extra;
}

/** Where the payment stands in its month's recalculation. */
export type PaymentOrder =
	/** No earlier payment given: the only (or first) payment of its month. */
	| 'only'
	/** After the earlier payments given (the month recalculated with them). */
	| 'later'
	/** As if it had been calculated before the earlier payments given. */
	| 'first';

/** A run of consecutive tables in Skatteetaten's order (8000–8400, 9010–9400), for the wording. */
export interface TableRange {
	from: string;
	to: string;
	count: number;
}

/** The month's recalculation behind a table cause (docs/nav-payments.md §3). */
export interface MonthRecalc {
	forMonth: number;
	period: Period | null;
	third: boolean;
	cumulativeDays: number;
	cumulativeKr: number;
	monthTotalKr: number;
	earlierKr: number;
	trekkKr: number;
}

interface CauseBase {
	/** The tax the cause gives on this payment, and the extra withheld with it. */
	taxKr: number;
	extraKr: number;
	steps: Step[];
	/** True when any step rests on an interpretation from the spec. */
	interpretation: boolean;
}

export interface TableCause extends CauseBase {
	/** `table`: an ordinary month; `trekkfri`, `half`: NAV's June/December rule for the benefit. */
	kind: 'table' | 'trekkfri' | 'half';
	/** Every table number that gives exactly this withholding, in Skatteetaten's order. */
	tables: string[];
	ranges: TableRange[];
	/** Every table of the year fits (a trekkfri month, or an income too low for any tax). */
	allTables: boolean;
	order: PaymentOrder;
	rule: MonthRule;
	ruleWhy: RuleWhy | null;
	/** The table the steps are shown for (the first of `tables`). */
	shownTable: string;
	/** The recalculation of each month the payment is for. */
	months: MonthRecalc[];
}

export type FlatWhy =
	| 'noCard'
	| 'noCardPension'
	| 'barnepensjon'
	| 'backPayment'
	| 'backPaymentFinnmark'
	| 'kildeskatt'
	| 'svalbard'
	| 'percentCard';

export interface PercentCause extends CauseBase {
	kind: 'percent';
	why: FlatWhy;
	percent: number;
	source: Cited;
}

export interface FrikortCause extends CauseBase {
	kind: 'frikort';
	/** `within`: nothing withheld, the limit not passed; `usedUp`: 50 % of the whole payment. */
	state: 'within' | 'usedUp';
	percent: number;
}

export type ExplainCause = TableCause | PercentCause | FrikortCause;

/** What to check when nothing (or something surprising) fits. */
export type ExplainCheck =
	'period' | 'secondPayer' | 'changedCard' | 'earlier' | 'extra' | 'frikortPartly';

export interface ExplainResult {
	year: number;
	benefit: Benefit;
	days: number;
	withheld: number;
	gross: number;
	causes: ExplainCause[];
	/** Suggestions, most useful first; shown as "what to check" (always when causes is empty). */
	check: ExplainCheck[];
}

// ---------------------------------------------------------------------------------------------
// NAV's flat rates. Every flat rate this module uses is read here and only here, so that the
// rates can move into the year's rule data without touching the search.

export interface FlatRate {
	why: Exclude<FlatWhy, 'percentCard'>;
	percent: number;
	source: Cited;
	interpretation: boolean;
}

export interface NavFlatRates {
	/** The flat rates NAV could have withheld this benefit at in this year, most common first. */
	candidates: FlatRate[];
	/** Frikort used up: this percentage of what is paid above the limit. */
	frikortAbove: { percent: number; source: Cited };
}

/** Every NAV flat rate the search uses, for one benefit and year (the one place they are read). */
export function navFlatRates(year: number, benefit: Benefit): NavFlatRates {
	const income = BENEFITS[benefit].income;
	const out: FlatRate[] = [];
	const none = noCardRate(benefit, income, year);
	out.push({
		why:
			benefit === 'barnepensjon'
				? 'barnepensjon'
				: income === 'pension'
					? 'noCardPension'
					: 'noCard',
		percent: none.value,
		source: none.source,
		interpretation: false
	});
	const back = backPaymentRate(benefit, year);
	out.push({
		why: 'backPayment',
		percent: back.ordinaryPct,
		source: back.source,
		interpretation: false
	});
	out.push({
		why: 'backPaymentFinnmark',
		percent: back.finnmarkPct,
		source: back.source,
		interpretation: false
	});
	// Kildeskatt only on pension and uføretrygd (docs/nav-payments.md §1).
	if (kildeskattAllowed(benefit, income)) {
		const k = kildeskattRate(year);
		out.push({ why: 'kildeskatt', percent: k.value, source: k.source, interpretation: false });
	}
	const sv = svalbardRate(year, benefit === 'uforetrygd' ? 'wage' : income);
	out.push({ why: 'svalbard', percent: sv.value, source: sv.source, interpretation: false });
	const frikort = frikortAboveRate(year);
	return {
		candidates: out,
		frikortAbove: { percent: frikort.value, source: frikort.source }
	};
}

// ---------------------------------------------------------------------------------------------
// Input: every field checked, every problem reported, never a crash.

interface Span {
	from: number;
	to: number;
}

interface Checked {
	year: number;
	benefit: Benefit;
	payment: PaymentInput;
	span: Span;
	paidOn: number | undefined;
	withheld: number;
	earlier: Array<{
		from: string;
		to: string;
		amount: number;
		withheld: number;
		span: Span;
		paidOn: number | undefined;
	}>;
	extra: Extra | undefined;
}

function validate(input: unknown): Checked {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	let yearOk = false;
	try {
		getTableRoutine(input.year);
		yearOk = true;
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		issues.push(...e.issues);
	}
	const year = input.year as number;
	if (!isBenefit(input.benefit)) issues.push({ field: 'benefit', code: 'unknownBenefit' });

	/** A date of the income year (paid dates also the next), or undefined after saying why not. */
	const dateIn = (field: string, v: unknown, nextYearToo = false): number | undefined => {
		const d = dayNumber(v);
		if (d === undefined) {
			issues.push({ field, code: v === undefined || v === '' ? 'required' : 'badDate' });
			return undefined;
		}
		if (yearOk && yearOf(d) !== year && !(nextYearToo && yearOf(d) === year + 1)) {
			issues.push({ field, code: 'outsideYear', values: { year } });
			return undefined;
		}
		return d;
	};
	const spanOf = (prefix: string, p: Record<string, unknown>): Span | undefined => {
		const from = dateIn(`${prefix}.from`, p.from);
		const to = dateIn(`${prefix}.to`, p.to);
		if (from === undefined || to === undefined) return undefined;
		if (to < from) {
			issues.push({ field: `${prefix}.to`, code: 'toBeforeFrom' });
			return undefined;
		}
		return { from, to };
	};
	/** Withheld: whole kroner, not negative, not above the payment. */
	const withheldOf = (field: string, v: unknown, gross: number | undefined): number | undefined => {
		const bad = amountIssue(field, v);
		if (bad) {
			issues.push(bad);
			return undefined;
		}
		const w = v as number;
		if (!Number.isInteger(w)) {
			issues.push({ field, code: 'notInteger' });
			return undefined;
		}
		if (gross !== undefined && w > gross) {
			issues.push({ field, code: 'aboveGross', values: { grossKr: gross } });
			return undefined;
		}
		return w;
	};

	let span: Span | undefined;
	let paidOn: number | undefined;
	let payment: PaymentInput | undefined;
	let withheld: number | undefined;
	const p = input.payment;
	if (!isObj(p)) issues.push({ field: 'payment', code: 'required' });
	else {
		span = spanOf('payment', p);
		const hasPaid = !absent(p.paidOn) && p.paidOn !== '';
		paidOn = hasPaid ? dateIn('payment.paidOn', p.paidOn, true) : undefined;
		const bad = amountIssue('payment.amount', p.amount);
		if (bad) issues.push(bad);
		const gross = bad ? undefined : (p.amount as number);
		withheld = withheldOf('withheld', input.withheld, gross);
		if (span && gross !== undefined && (!hasPaid || paidOn !== undefined))
			payment = {
				from: isoOf(span.from),
				to: isoOf(span.to),
				amount: gross,
				...(paidOn !== undefined ? { paidOn: isoOf(paidOn) } : {})
			};
	}

	const earlier: Checked['earlier'] = [];
	const e = input.earlier;
	if (!absent(e)) {
		if (!Array.isArray(e)) issues.push({ field: 'earlier', code: 'invalid' });
		else {
			const months = span ? new Set(monthsOf(span)) : undefined;
			const spans: Array<Span & { index: number }> = [];
			e.forEach((row: unknown, i: number) => {
				const f = `earlier.${i}`;
				if (!isObj(row)) {
					issues.push({ field: f, code: 'invalid' });
					return;
				}
				const s = spanOf(f, row);
				const bad = amountIssue(`${f}.amount`, row.amount);
				if (bad) issues.push(bad);
				const w = withheldOf(
					`${f}.withheld`,
					row.withheld,
					bad ? undefined : (row.amount as number)
				);
				const hasPaid = !absent(row.paidOn) && row.paidOn !== '';
				const paid = hasPaid ? dateIn(`${f}.paidOn`, row.paidOn, true) : undefined;
				if (!s || (hasPaid && paid === undefined)) return;
				// An earlier payment counts in the recalculation of a month the payment is also for.
				if (months && !monthsOf(s).some((m) => months.has(m))) {
					issues.push({ field: `${f}.from`, code: 'notSameMonth' });
					return;
				}
				if (span && s.from <= span.to && span.from <= s.to) {
					issues.push({ field: `${f}.from`, code: 'overlap' });
					return;
				}
				if (spans.some((o) => s.from <= o.to && o.from <= s.to)) {
					issues.push({ field: `${f}.from`, code: 'overlap' });
					return;
				}
				spans.push({ ...s, index: i });
				if (!bad && w !== undefined)
					earlier.push({
						from: isoOf(s.from),
						to: isoOf(s.to),
						amount: row.amount as number,
						withheld: w,
						span: s,
						paidOn: paid
					});
			});
		}
	}

	// An earlier payment is one paid before this one (on its day, or the day NAV would pay it).
	if (span) {
		const paidThis = paidOn ?? assumedPaidOn(input.benefit as Benefit, span.from, span.to).day;
		earlier.forEach((e, i) => {
			if (e.paidOn !== undefined && e.paidOn > paidThis)
				issues.push({ field: `earlier.${i}.paidOn`, code: 'paidAfterPayment' });
		});
	}

	const given = extraOf(input.extra, issues);
	// An extra of nothing is no extra.
	const extra = given && ('kroner' in given ? given.kroner : given.percent) > 0 ? given : undefined;

	if (issues.length > 0 || !payment || !span || withheld === undefined) {
		const seen = new Set<string>();
		throw new EngineError(
			(issues.length > 0 ? issues : [{ field: 'payment', code: 'invalid' as const }]).filter(
				(i) => !seen.has(i.field) && seen.add(i.field)
			)
		);
	}
	return {
		year,
		benefit: input.benefit as Benefit,
		payment,
		span,
		paidOn,
		withheld,
		earlier,
		extra
	};
}

function monthsOf(span: Span): number[] {
	const out: number[] = [];
	for (let m = monthOf(span.from); ; m++) {
		out.push(m);
		if (m >= monthOf(span.to)) break;
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// The search

/**
 * The payments as NAV would have processed them: the earlier ones first, each on the day its
 * notice gives or else its usual pay date (§7, the engine's own assumption) before this payment;
 * then this one, on the date the
 * notice gives or else the same usual pay date the engine assumes (and says it assumed).
 */
function paymentsFor(c: Checked, withEarlier: boolean): PaymentInput[] {
	const paid = c.paidOn ?? assumedPaidOn(c.benefit, c.span.from, c.span.to).day;
	const earlier = withEarlier
		? c.earlier.map((e) => {
				const usual = assumedPaidOn(c.benefit, e.span.from, e.span.to).day;
				const d = e.paidOn ?? Math.max(Math.min(usual, paid - 1), firstDayOfMonth(c.year, 1));
				return { from: e.from, to: e.to, amount: e.amount, paidOn: isoOf(d) };
			})
		: [];
	return [...earlier, c.payment];
}
interface TableRun {
	table: string;
	tax: number;
	extra: number;
	result: PaymentResult;
	months: MonthRecalc[];
	/** Earlier payments recomputed by this table withheld differently from the notices. */
	earlierDiffers: Array<{ forMonth: number; computedKr: number; givenKr: number }>;
}

/**
 * One table, one order: this payment's tax with the month recalculated from the earlier
 * payments as the notices give them (NAV subtracts what was in fact withheld, §3).
 */
function runTable(c: Checked, table: string, withEarlier: boolean): TableRun {
	const payments = paymentsFor(c, withEarlier);
	const r = withholdPayments({
		year: c.year,
		benefit: c.benefit,
		card: { kind: 'table', table },
		payments,
		...(c.extra ? { extra: c.extra } : {})
	});
	const last = r.payments[payments.length - 1]!;
	// Tax already withheld for each month, from the notices (the extra they took left out).
	const given = new Map<number, number>();
	const computed = new Map<number, number>();
	if (withEarlier)
		c.earlier.forEach((e, i) => {
			const er = r.payments[i]!;
			const parts = er.parts.filter((p) => p.rule !== 'trekkfri');
			if (parts.length === 0) return;
			const shares = splitGiven(
				Math.max(0, e.withheld - er.extraTrekk),
				parts.map((p) => p.trekk),
				parts.map((p) => p.amount)
			);
			parts.forEach((p, k) => {
				given.set(p.month, (given.get(p.month) ?? 0) + shares[k]!);
				computed.set(p.month, (computed.get(p.month) ?? 0) + p.trekk);
			});
		});
	let tax = 0;
	const months: MonthRecalc[] = [];
	const earlierDiffers: TableRun['earlierDiffers'] = [];
	for (const part of last.parts) {
		if (part.rule === 'trekkfri') continue;
		const earlierKr = given.get(part.month) ?? part.withheldEarlier;
		const computedKr = computed.get(part.month);
		if (computedKr !== undefined && computedKr !== earlierKr)
			earlierDiffers.push({ forMonth: part.month, computedKr, givenKr: earlierKr });
		const share = Math.min(Math.max(0, part.monthTotal - earlierKr), Math.floor(part.amount));
		tax += share;
		months.push({
			forMonth: part.month,
			period: part.period,
			third: part.third,
			cumulativeDays: part.cumulativeDays,
			cumulativeKr: Math.floor(part.cumulativeAmount),
			monthTotalKr: part.monthTotal,
			earlierKr,
			trekkKr: share
		});
	}
	return { table, tax, extra: last.extraTrekk, result: last, months, earlierDiffers };
}

/**
 * An earlier payment's withholding (one figure on its notice) per month it is for: as the table
 * splits it when the figures agree; otherwise in proportion to the table's split (or, when that is
 * nothing, to the amounts), whole kroner, the last month taking the rest.
 */
function splitGiven(total: number, computed: number[], amounts: number[]): number[] {
	const sum = computed.reduce((a, b) => a + b, 0);
	if (sum === total) return computed;
	const weights = sum > 0 ? computed : amounts;
	const weightSum = weights.reduce((a, b) => a + b, 0);
	let left = total;
	return weights.map((w, k) => {
		if (k === weights.length - 1) return left;
		const share = weightSum > 0 ? Math.floor((total * w) / weightSum) : 0;
		left -= share;
		return share;
	});
}

/** Consecutive runs in Skatteetaten's order within the 8xxx and 9xxx series. */
export function tableRanges(tables: readonly string[]): TableRange[] {
	const pos = new Map(TABLES.map((t, i) => [t, i]));
	const series = (t: string) => (/^[89]\d{3}$/u.test(t) ? t[0]! : t);
	const out: TableRange[] = [];
	for (const t of tables) {
		const last = out[out.length - 1];
		if (
			last &&
			series(last.to) === series(t) &&
			/^[89]/u.test(t) &&
			pos.get(t) === pos.get(last.to)! + 1
		) {
			last.to = t;
			last.count += 1;
		} else out.push({ from: t, to: t, count: 1 });
	}
	return out;
}

/** The whole search for table cards in one order; grouped by the month rule that applied. */
function tableCauses(c: Checked, order: PaymentOrder): TableCause[] {
	const withEarlier = order === 'later';
	const groups = new Map<MonthRule, TableRun[]>();
	for (const table of TABLES) {
		const run = runTable(c, table, withEarlier);
		// Only where the table itself was used (not a rate NAV applies whatever the card).
		if (run.result.parts.length === 0 || run.tax + run.extra !== c.withheld) continue;
		const rule = run.result.rule;
		const list = groups.get(rule);
		if (list) list.push(run);
		else groups.set(rule, [run]);
	}
	const out: TableCause[] = [];
	for (const rule of ['trekkfri', 'half', 'ordinary'] as const) {
		const runs = groups.get(rule);
		if (!runs) continue;
		const shown = runs[0]!;
		const tables = runs.map((r) => r.table);
		const steps: Step[] = [];
		if (c.extra) steps.push(extraOutStep(c, shown.extra));
		steps.push(...shown.result.steps);
		for (const d of shown.earlierDiffers)
			steps.push(
				step('explain.earlierGiven', {
					forMonth: d.forMonth,
					givenKr: d.givenKr,
					computedKr: d.computedKr
				})
			);
		if (order === 'first')
			steps.unshift(step('explain.orderFirst', { count: c.earlier.length }, { source: SRC }));
		out.push({
			kind: rule === 'ordinary' ? 'table' : rule,
			tables,
			ranges: tableRanges(tables),
			allTables: tables.length === TABLES.length,
			order,
			rule,
			ruleWhy: shown.result.ruleWhy,
			shownTable: shown.table,
			months: shown.months,
			taxKr: shown.tax,
			extraKr: shown.extra,
			steps,
			interpretation: steps.some((s) => s.interpretation === true)
		});
	}
	return out;
}

const SRC = 'nav.no: Skattetrekk på utbetalinger fra NAV (docs/nav-payments.md §3)';

function extraOutStep(c: Checked, extraKr: number): Step {
	const x = c.extra!;
	return step('kroner' in x ? 'explain.extraOutKroner' : 'explain.extraOutPercent', {
		withheldKr: c.withheld,
		extraKr,
		taxKr: c.withheld - extraKr,
		...('kroner' in x ? { monthlyKr: x.kroner } : { ratePct: x.percent })
	});
}

/** A flat rate on every payment: computed by the engine as a percentage card at that rate. */
function flatRun(
	c: Checked,
	card: Card
): { tax: number; extra: number; result: PaymentResult } | undefined {
	const payments = paymentsFor(c, true);
	const r = withholdPayments({
		year: c.year,
		benefit: c.benefit,
		card,
		payments,
		...(c.extra ? { extra: c.extra } : {})
	});
	const last = r.payments[payments.length - 1]!;
	return { tax: last.taxTrekk, extra: last.extraTrekk, result: last };
}

function percentCause(
	c: Checked,
	why: FlatWhy,
	percent: number,
	source: Cited,
	interpretation: boolean
): PercentCause | undefined {
	const run = flatRun(c, { kind: 'percent', percent });
	if (!run || run.tax + run.extra !== c.withheld) return undefined;
	const steps: Step[] = [];
	if (c.extra) steps.push(extraOutStep(c, run.extra));
	for (const s of run.result.steps) {
		if (s.id === 'payments.percent')
			steps.push(
				step(
					`explain.rate.${why}`,
					{ ratePct: percent, amountKr: c.payment.amount, trekkKr: run.tax },
					{ source, ...(interpretation ? { interpretation: true } : {}) }
				)
			);
		else steps.push(s);
	}
	return {
		kind: 'percent',
		why,
		percent,
		source,
		taxKr: run.tax,
		extraKr: run.extra,
		steps,
		interpretation: steps.some((s) => s.interpretation === true)
	};
}

/** The cause list, best first. Throws EngineError (field issues) on bad input. */
export function explainPayment(input: ExplainPaymentInput): ExplainResult {
	const c = validate(input);
	const gross = c.payment.amount;
	const causes: ExplainCause[] = [];

	// Table cards: this payment after the earlier ones given, and as the first of its month.
	const tables = tableCauses(c, c.earlier.length > 0 ? 'later' : 'only');
	const special = tables.filter((t) => t.kind !== 'table');
	const ordinary = tables.filter((t) => t.kind === 'table');
	causes.push(...special, ...ordinary);

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
		causes.push(...tableCauses(c, 'first').filter((t) => !have.has(key(t))));
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

	const check: ExplainCheck[] = ['period', 'secondPayer', 'changedCard'];
	if (c.earlier.length === 0) check.push('earlier');
	if (!c.extra) check.push('extra');
	if (target > 0 && target < percentOf(gross, frikortPct)) check.push('frikortPartly');
	return {
		year: c.year,
		benefit: c.benefit,
		days: c.span.to - c.span.from + 1,
		withheld: c.withheld,
		gross,
		causes,
		check
	};
}

function frikortCause(
	state: FrikortCause['state'],
	percent: number,
	source: Cited,
	tax: number,
	extra: number,
	steps: Step[]
): FrikortCause {
	const all = [
		step(`explain.frikort.${state}`, { ratePct: percent }, { source }),
		...steps.filter((s) => !s.id.startsWith('payments.frikort'))
	];
	return {
		kind: 'frikort',
		state,
		percent,
		taxKr: tax,
		extraKr: extra,
		steps: all,
		interpretation: all.some((s) => s.interpretation === true)
	};
}
