import { withholdPayments, type PaymentResult } from '../payments';
import { step, type Step } from '../steps';
import { TABLES } from '../tabelltrekk';
import { isBackPayment, isTwelveMonthTable, paidBucket } from '../payments/periods';
import { monthOf } from '../calendar';
import type { MonthRule } from '../nav/benefits';
import {
	earlierByMonth,
	earlierPaidOn,
	paymentsFor,
	unseenPayments,
	unseenTrekkfriMonth
} from './earlier';
import { SRC_MELDE, SRC_ORDER } from '../payments/sources';
import { extraOutStep } from './flat';
import type { Checked } from './input';
import type { AgreeWhy, MonthRecalc, PaymentOrder, TableCause, TableRange } from './types';

/**
 * Table cards (docs/nav-payments.md §2–§5): every table of the year run through the engine with
 * the month's recalculation from the earlier payments typed in (their withholding as the notices
 * give it, §3), in both orders (after the earlier ones, and as the first of its month). June and
 * December come out of the same computation (trekkfri, half), and each cause says which rule and
 * why, and why several tables give the same figure.
 */

export interface TableRun {
	table: string;
	tax: number;
	extra: number;
	result: PaymentResult;
	months: MonthRecalc[];
	/** Earlier notices whose withholding differs from what this table gives. */
	earlierDiffers: Array<{ forMonth: number; computedKr: number; givenKr: number }>;
	/**
	 * The payments typed in that the engine took as trekkfri meldeperioder, in the order paid:
	 * whether each one's notice shows tax withheld (more than its extra), which a trekkfri one has not.
	 */
	freeShowsTax: boolean[];
}

/**
 * One table, one order: this payment's tax with the month recalculated from the earlier payments
 * as the notices give them (NAV subtracts what was in fact withheld, §3). `unseen`: stand-ins for
 * trekkfri meldeperioder paid earlier in June or December and not typed in.
 */
export function runTable(c: Checked, table: string, withEarlier: boolean, unseen = 0): TableRun {
	const mine = paymentsFor(c, withEarlier);
	const at = mine.length - 1;
	const melde = unseen > 0 ? unseenTrekkfriMonth(c) : undefined;
	const payments = melde ? [...mine, ...unseenPayments(c, melde.month, unseen)] : mine;
	const r = withholdPayments({
		year: c.year,
		benefit: c.benefit,
		// A back payment for an earlier month is withheld at the card's percentage, outside the
		// months' recalculation (§6): the stand-ins (0 kr) and an earlier payment typed in for its
		// pay month are; for this payment the percentage card is tried among the flat rates.
		card: { kind: 'table', table, ...(melde || anyBackPayment(c) ? { percent: 0 } : {}) },
		payments,
		...(c.extra ? { extra: c.extra } : {})
	});
	const last = r.payments[at]!;
	const given = new Map<number, number>();
	const computed = new Map<number, number>();
	const differs = new Set<number>();
	if (withEarlier)
		c.earlier.forEach((e, i) => {
			const er = r.payments[i]!;
			const split = earlierByMonth(c, e.withheld, er);
			for (const [month, kr] of split.byMonth) {
				given.set(month, (given.get(month) ?? 0) + kr);
				if (split.differs) differs.add(month);
			}
			for (const p of er.parts)
				if (p.rule !== 'trekkfri') computed.set(p.month, (computed.get(p.month) ?? 0) + p.trekk);
		});
	let tax = 0;
	const months: MonthRecalc[] = [];
	const earlierDiffers: TableRun['earlierDiffers'] = [];
	for (const part of last.parts) {
		if (part.rule === 'trekkfri') continue;
		const earlierKr = given.get(part.month) ?? part.withheldEarlier;
		const computedKr = computed.get(part.month);
		if (differs.has(part.month) && computedKr !== undefined && computedKr !== earlierKr)
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
	const typed = r.payments.slice(0, at + 1);
	const freeShowsTax = typed
		.filter((p) => p.ruleWhy === 'meldeperiode')
		.sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a.from.localeCompare(b.from))
		.map((p) => (p.index === at ? c.withheld : c.earlier[p.index]!.withheld) > p.extraTrekk);
	return { table, tax, extra: last.extraTrekk, result: last, months, earlierDiffers, freeShowsTax };
}

/** Whether this payment or an earlier one typed in is a back payment for an earlier month (§6). */
function anyBackPayment(c: Checked): boolean {
	const back = (paid: number, to: number) => isBackPayment(paidBucket(c.year, paid), monthOf(to));
	return back(c.paid, c.span.to) || c.earlier.some((e) => back(earlierPaidOn(c, e), e.span.to));
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

/** Why every table of a cause gives the same figure (the real reason, from the steps). */
function agreeWhy(kind: TableCause['kind'], runs: TableRun[]): AgreeWhy | null {
	if (runs.length < 2) return null;
	if (kind === 'trekkfri') return 'trekkfri';
	const taxed = (r: TableRun, id: string) =>
		r.result.steps.some((s) => s.id === id && Number(s.values.taxKr) > 0);
	const noIncomeTax = runs.every(
		(r) =>
			r.result.steps.some((s) => s.id === 'tabelltrekk.kommuneskatt') &&
			!taxed(r, 'tabelltrekk.kommuneskatt') &&
			!taxed(r, 'tabelltrekk.fellesskatt')
	);
	if (noIncomeTax) return runs[0]!.tax === 0 ? 'nothingDue' : 'noIncomeTax';
	if (runs.every((r) => r.result.parts.some((p) => p.capped))) return 'capped';
	return 'rounding';
}

/** The month a rule is for: June or December of a trekkfri or half month, else the main month. */
function ruleMonth(result: PaymentResult): number {
	// A trekkfri meldeperiode is named by the month it is paid in (docs/nav-payments.md §5).
	if (result.meldeperiode) return result.meldeperiode.month;
	const special = result.parts.find((p) => p.rule === result.rule && p.rule !== 'ordinary');
	const main = result.parts.reduce((a, b) => (b.days > a.days ? b : a), result.parts[0]!);
	return (special ?? main).month;
}

export interface TableSearch {
	causes: TableCause[];
	/** Every table's run in this order, for the closest causes when nothing fits. */
	runs: TableRun[];
}

/** The whole search for table cards in one order; grouped by the month rule that applied. */
export function tableCauses(c: Checked, order: PaymentOrder): TableSearch {
	const withEarlier = order === 'later';
	const melde = order === 'first' ? undefined : unseenTrekkfriMonth(c);
	const causes: TableCause[] = [];
	const all: TableRun[] = [];
	// As typed in; then, when a payment the engine took as a trekkfri meldeperiode shows tax on its
	// notice, with as many unseen trekkfri meldeperioder paid before it as that takes.
	const variants = [0];
	for (let i = 0; i < variants.length; i++) {
		const unseen = variants[i]!;
		const groups = new Map<MonthRule, TableRun[]>();
		for (const table of TABLES) {
			const run = runTable(c, table, withEarlier, unseen);
			if (unseen === 0) {
				all.push(run);
				if (melde && variants.length === 1 && !isTwelveMonthTable(table)) {
					const shown = run.freeShowsTax.filter(Boolean).length;
					if (shown > 0) variants.push(Math.min(shown, melde.most));
				}
			}
			// Only where the table itself was used (not a rate NAV applies whatever the card, nor the
			// card's percentage on a back payment).
			if (
				run.result.parts.length === 0 ||
				run.result.ruleWhy === 'backPayment' ||
				run.tax + run.extra !== c.withheld
			)
				continue;
			const rule = run.result.rule;
			const list = groups.get(rule);
			if (list) list.push(run);
			else groups.set(rule, [run]);
		}
		for (const rule of ['trekkfri', 'half', 'ordinary'] as const) {
			const runs = groups.get(rule);
			if (!runs) continue;
			const cause = causeOf(c, order, rule, runs, unseen);
			// A stand-in that changes nothing says nothing new.
			const same = (t: TableCause) =>
				t.kind === cause.kind && t.tables.join() === cause.tables.join();
			if (unseen === 0 || !causes.some(same)) causes.push(cause);
		}
	}
	return { causes, runs: all };
}

function causeOf(
	c: Checked,
	order: PaymentOrder,
	rule: MonthRule,
	runs: TableRun[],
	unseen: number
): TableCause {
	const shown = runs[0]!;
	const tables = runs.map((r) => r.table);
	const steps: Step[] = [];
	if (c.extra) steps.push(extraOutStep(c, shown.extra));
	if (unseen > 0) {
		const melde = unseenTrekkfriMonth(c)!;
		steps.push(
			step(
				'explain.unseenTrekkfri',
				{ count: unseen, paidMonth: melde.month, benefit: c.benefit },
				{ interpretation: true, source: SRC_MELDE }
			)
		);
	}
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
		steps.unshift(step('explain.orderFirst', { count: c.earlier.length }, { source: SRC_ORDER }));
	const kind = rule === 'ordinary' ? 'table' : rule;
	return {
		kind,
		tables,
		ranges: tableRanges(tables),
		allTables: tables.length === TABLES.length,
		order,
		rule,
		ruleWhy: shown.result.ruleWhy,
		forMonth: ruleMonth(shown.result),
		twelveMonthExcluded: rule !== 'ordinary',
		agreeWhy: agreeWhy(kind, runs),
		unseenTrekkfri: unseen > 0 ? { count: unseen, paidMonth: unseenTrekkfriMonth(c)!.month } : null,
		shownTable: shown.table,
		months: shown.months,
		taxKr: shown.tax,
		extraKr: shown.extra,
		steps,
		interpretation: steps.some((s) => s.interpretation === true)
	};
}
