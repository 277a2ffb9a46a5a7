import { EngineError, MAX_AMOUNT } from '../../engine/errors';
import {
	isPeriod,
	isValidTable,
	tabelltrekk,
	tabelltrekkTable,
	type Period
} from '../../engine/tabelltrekk';
import { parseAmount } from '../../input/number';
import { isRetiredTable } from '../../input/table';
import type { TableForm } from './fields';

/**
 * The table page's form into what it shows: the whole table, the row the amount searched for
 * falls in (or its withholding above the table's last row), and the issues of the two typed
 * fields. The table routine alone, not the whole engine: the page's first screen is a table.
 * The amount is read by the parser the zod schemas wrap (input/number.ts), so the first screen
 * does without zod (to keep the first load small).
 */
export interface TableOutcome {
	table: string;
	period: Period;
	/** Why no table shows; none while the first digits are still being typed. */
	tableIssue?: 'retiredTable' | 'unknownTable';
	searchIssue?: { code: string; values: { max: number } };
	data: ReturnType<typeof tabelltrekkTable> | null;
	/** The amount searched for, whole kroner; -1 when none. */
	amount: number;
	/** Its row in `data.rows`, or -1. */
	hit: number;
	/** Above the table's last row: the routine's own withholding and the last amount the table shows. */
	above?: { trekk: number; lastKr: number };
}

export function compute(form: TableForm): TableOutcome {
	const table = form.table.replace(/\s/gu, '');
	const period: Period = isPeriod(form.period) ? form.period : 'month';
	const year = Number(form.year);
	const valid = isValidTable(table);
	const out: TableOutcome = { table, period, data: null, amount: -1, hit: -1 };
	if (!valid && (table.length >= 4 || /\D/u.test(table)))
		out.tableIssue = isRetiredTable(table) ? 'retiredTable' : 'unknownTable';
	if (valid) out.data = engine(() => tabelltrekkTable({ year, table, period })) ?? null;

	const parsed = form.search.trim() === '' ? null : parseAmount(form.search, { max: MAX_AMOUNT });
	if (parsed && !parsed.ok) out.searchIssue = { code: parsed.code, values: { max: MAX_AMOUNT } };
	if (!parsed?.ok || !out.data) return out;
	out.amount = Math.floor(parsed.value);
	const { rows, step, max } = out.data;
	if (out.amount < max + step) out.hit = Math.floor(out.amount / step);
	if (rows[out.hit] === undefined) {
		out.hit = -1;
		const trekk = engine(() => tabelltrekk({ year, table, period, amount: out.amount }));
		if (trekk !== undefined) out.above = { trekk, lastKr: max + step - 1 };
	}
	return out;
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
