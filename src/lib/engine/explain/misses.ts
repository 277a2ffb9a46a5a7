import { daysInMonth, monthOf } from '../calendar';
import { flatRun } from './flat';
import type { Checked } from './input';
import type { NavFlatRates } from './rates';
import type { TableRun } from './tables';
import type { ExplainCheck, NearMiss } from './types';

/**
 * When nothing fits: the causes that come closest, each with what it gives and how far that is
 * from the notice, and what to check, most likely first. Never a bare "nothing fits".
 */

/** How many closest causes are named. */
const CLOSEST = 3;

/**
 * The closest tables (one per figure, the first table in Skatteetaten's order) and flat rates,
 * nearest first; a tie goes to the table.
 */
export function nearMisses(c: Checked, runs: TableRun[], rates: NavFlatRates): NearMiss[] {
	const out: NearMiss[] = [];
	const figures = new Set<number>();
	for (const run of runs) {
		if (run.result.parts.length === 0 || run.result.ruleWhy === 'backPayment') continue;
		const totalKr = run.tax + run.extra;
		if (figures.has(totalKr)) continue;
		figures.add(totalKr);
		out.push({
			kind: 'table',
			table: run.table,
			rule: run.result.rule,
			ruleWhy: run.result.ruleWhy,
			order: c.earlier.length > 0 ? 'later' : 'only',
			totalKr,
			diffKr: totalKr - c.withheld
		});
	}
	const rated = new Set<number>();
	for (const r of rates.candidates) {
		if (rated.has(r.percent)) continue;
		rated.add(r.percent);
		const run = flatRun(c, { kind: 'percent', percent: r.percent });
		if (!run) continue;
		const totalKr = run.tax + run.extra;
		out.push({
			kind: 'percent',
			why: r.why,
			percent: r.percent,
			totalKr,
			diffKr: totalKr - c.withheld
		});
	}
	return out
		.map((m, i) => ({ m, i }))
		.sort(
			(a, b) =>
				Math.abs(a.m.diffKr) - Math.abs(b.m.diffKr) ||
				(a.m.kind === b.m.kind ? a.i - b.i : a.m.kind === 'table' ? -1 : 1)
		)
		.slice(0, CLOSEST)
		.map(({ m }) => m);
}

/**
 * What to check, most likely first. When something fits: the usual suspects for a surprising
 * figure. When nothing fits, the evidence orders them:
 * - a payment for part of a month (or across a month end) with no earlier payment typed in is
 *   most often the month's second payment (§3): the earlier one first;
 * - earlier payments typed in: their figures, then this one's;
 * - the closest table gives less than was withheld and no extra is given: a voluntary extra;
 * - no paid date given where the date matters (June, December, a month end, an extra): the date;
 * - then the period, a changed card, a second payer, a frikort passed with this payment.
 */
export function whatToCheck(
	c: Checked,
	found: boolean,
	misses: NearMiss[],
	target: number,
	frikortAll: number
): ExplainCheck[] {
	const out: ExplainCheck[] = [];
	const add = (k: ExplainCheck, when = true) => {
		if (when && !out.includes(k)) out.push(k);
	};
	const partOfMonth =
		monthOf(c.span.from) !== monthOf(c.span.to) ||
		c.span.to - c.span.from + 1 < daysInMonth(c.year, monthOf(c.span.from));
	const frikortPartly = target > 0 && target < frikortAll;
	if (found) {
		add('period');
		add('secondPayer');
		add('changedCard');
		add('earlier', c.earlier.length === 0);
		add('extra', !c.extra);
		add('frikortPartly', frikortPartly);
		return out;
	}
	const closest = misses.find((m) => m.kind === 'table');
	const months = [monthOf(c.span.from), monthOf(c.span.to), monthOf(c.paid)];
	const dateMatters =
		months.some((m) => m === 6 || m === 12) ||
		monthOf(c.span.from) !== monthOf(c.span.to) ||
		c.extra !== undefined ||
		c.earlier.length > 0;
	add('earlier', c.earlier.length === 0 && partOfMonth);
	add('earlierFigures', c.earlier.length > 0);
	add('extra', !c.extra && closest !== undefined && closest.diffKr < 0);
	add('paidOn', c.paidOn === undefined && dateMatters);
	add('period');
	add('changedCard');
	add('secondPayer');
	add('frikortPartly', frikortPartly);
	add('earlier', c.earlier.length === 0);
	add('extra', !c.extra);
	return out;
}
