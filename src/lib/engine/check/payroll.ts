// A payroll list checked line by line (docs/check-payments.md): every line carries its own table
// number and table period (as a payroll proposal does before payment), so each is checked against
// Skatteetaten's table routine on its own, with no month recalculation, and the lines a payroll
// control looks at twice are flagged: a negative net (more withheld than paid) and a net far
// above the list's usual one.
import { EngineError, type FieldIssue } from '../errors';
import { minusKr, plusKr, toOre } from '../money';
import { getTableRoutine } from '../rules';
import { isPeriod, isValidTable, tabelltrekkFn, type Period } from '../tabelltrekk';
import { amountIssue, isObj } from '../validate';
import type { PayrollCheckLine, PayrollInput, PayrollResult } from './types';

/**
 * Interpretation (a control, not a rule): a net above this many times the median net of the list
 * is "large", once the list has at least `LARGE_NET_MIN_LINES` lines with a positive net.
 */
export const LARGE_NET_FACTOR = 3;
export const LARGE_NET_MIN_LINES = 4;

/** Every line against the table routine. Throws EngineError (every bad field at once). */
export function checkPayroll(input: PayrollInput): PayrollResult {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	try {
		getTableRoutine(input.year);
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		issues.push(...e.issues);
	}
	const list: unknown = input.lines;
	if (!Array.isArray(list) || list.length === 0) issues.push({ field: 'lines', code: 'required' });
	const rows = Array.isArray(list) ? (list as unknown[]) : [];
	rows.forEach((l, i) => {
		const f = `lines.${i}`;
		if (!isObj(l)) return void issues.push({ field: f, code: 'invalid' });
		if (typeof l.table !== 'string' || !isValidTable(l.table))
			issues.push({ field: `${f}.table`, code: 'unknownTable' });
		if (!isPeriod(l.period)) issues.push({ field: `${f}.period`, code: 'unknownPeriod' });
		const a = amountIssue(`${f}.amount`, l.amount);
		if (a) issues.push(a);
		// A payroll line may withhold more than it pays (that is what the control flags).
		const w = amountIssue(`${f}.withheld`, l.withheld, { integer: true });
		if (w) issues.push(w);
	});
	if (issues.length > 0) throw new EngineError(issues);

	// One compiled routine per table and period: a 10 000-line list uses a handful.
	const routines = new Map<string, (amount: number) => number>();
	const routine = (table: string, period: Period) => {
		const key = `${table}:${period}`;
		let fn = routines.get(key);
		if (!fn) routines.set(key, (fn = tabelltrekkFn({ year: input.year, table, period })));
		return fn;
	};
	let gross = 0;
	let withheld = 0;
	let expected = 0;
	const lines: PayrollCheckLine[] = input.lines.map((l, index) => {
		// The routine takes whole kroner: øre are left out (interpretation `wholeKroner`).
		const e = routine(l.table, l.period)(Math.floor(l.amount));
		gross = plusKr(gross, l.amount);
		withheld += l.withheld;
		expected += e;
		const net = toOre(minusKr(l.amount, l.withheld));
		return {
			index,
			withheld: l.withheld,
			expected: e,
			differenceKr: l.withheld - e,
			status: l.withheld === e ? 'ok' : 'differs',
			net,
			flags: net < 0 ? ['negativeNet'] : []
		};
	});
	const positive = lines
		.map((l) => l.net)
		.filter((n) => n > 0)
		.sort((a, b) => a - b);
	let largeNetAbove: number | null = null;
	if (positive.length >= LARGE_NET_MIN_LINES) {
		const mid = positive.length >> 1;
		const median = positive.length % 2 ? positive[mid]! : (positive[mid - 1]! + positive[mid]!) / 2;
		largeNetAbove = Math.round(median * LARGE_NET_FACTOR);
		for (const l of lines) if (l.net > largeNetAbove) l.flags.push('largeNet');
	}
	return {
		lines,
		totals: { gross: toOre(gross), withheld, expected, net: toOre(minusKr(gross, withheld)) },
		largeNetAbove
	};
}
