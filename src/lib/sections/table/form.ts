import { EngineError, MAX_AMOUNT } from '../../engine/errors';
import {
	isPeriod,
	isValidTable,
	tabelltrekk,
	tabelltrekkTable,
	type Period
} from '../../engine/tabelltrekk';
import { parseAmount } from '../../input/number';
import { cleanTable, tableNumberIssue } from '../../input/table';
import type { FormIssue } from '../../input/zod';
import type { TableForm } from './fields';

/** The table page's form as typed, and its labels. */
export { TABLE_LABELS as labels, defaultTableForm, type TableForm } from './fields';

/**
 * The table page's form into what it shows: the whole table, the row the amount searched for
 * falls in (or its withholding above the table's last row), and the issues of the two typed
 * fields, shown beside the table (an outcome with issues still carries it). The table routine
 * alone, not the whole engine: the page's first screen is a table, so this module is in its first
 * load (the section's `engine: { now }`). The amount is read by the parser the zod schemas wrap
 * (input/number.ts), so the first screen does without zod (to keep the first load small).
 */
export interface TableView {
	table: string;
	period: Period;
	data: ReturnType<typeof tabelltrekkTable> | null;
	/** The amount searched for, whole kroner; -1 when none. */
	amount: number;
	/** Its row in `data.rows`, or -1. */
	hit: number;
	/** Above the table's last row: the routine's own withholding and the last amount the table shows. */
	above?: { trekk: number; lastKr: number };
}

/**
 * The view, with the typed fields' issues when there are any: an unknown or retired table (none
 * while its first digits are still being typed) at `table`, an amount that does not read at
 * `search`.
 */
export type TableOutcome = TableView &
	({ kind: 'result' } | { kind: 'issues'; issues: FormIssue[] });

export function compute(form: TableForm): TableOutcome {
	const table = cleanTable(form.table);
	const period: Period = isPeriod(form.period) ? form.period : 'month';
	const year = Number(form.year);
	const valid = isValidTable(table);
	const view: TableView = { table, period, data: null, amount: -1, hit: -1 };
	const issues: FormIssue[] = [];
	// Nothing while its first digits are still being typed; else a retired number says so (the
	// one check of input/table.ts), any other that is no table is unknown.
	if (!valid && !/^\d{0,3}$/u.test(table))
		issues.push({
			field: 'table',
			code: tableNumberIssue(table) === 'retiredTable' ? 'retiredTable' : 'unknownTable'
		});
	if (valid) view.data = engine(() => tabelltrekkTable({ year, table, period })) ?? null;

	const parsed = form.search.trim() === '' ? null : parseAmount(form.search, { max: MAX_AMOUNT });
	if (parsed && !parsed.ok)
		issues.push({ field: 'search', code: parsed.code, values: { max: MAX_AMOUNT } });
	if (parsed?.ok && view.data) {
		view.amount = Math.floor(parsed.value);
		const { rows, step, max } = view.data;
		if (view.amount < max + step) view.hit = Math.floor(view.amount / step);
		if (rows[view.hit] === undefined) {
			view.hit = -1;
			const trekk = engine(() => tabelltrekk({ year, table, period, amount: view.amount }));
			if (trekk !== undefined) view.above = { trekk, lastKr: max + step - 1 };
		}
	}
	return issues.length > 0 ? { ...view, kind: 'issues', issues } : { ...view, kind: 'result' };
}

/** The routine's result, or undefined where it refuses the input (never an exception). */
function engine<T>(run: () => T): T | undefined {
	try {
		return run();
	} catch (e) {
		if (e instanceof EngineError) return undefined;
		throw e;
	}
}
