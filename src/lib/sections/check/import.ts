import { dsvFormat } from 'd3-dsv';

/**
 * A pasted or imported list (CSV, semicolon- or tab-separated text, as copied from a spreadsheet
 * or NAV's payment overview) read with d3-dsv into the form's rows. The columns are recognised
 * by their headings (bokmål, nynorsk, English) or, without headings, by their order; the person
 * can choose them. Values are put into the rows as they are (dates in the Norwegian form made
 * ISO), so a value that is wrong is reported by the form at its row and column like a typed one.
 */

import { IMPORT_FIELDS, type CheckRow, type ImportField } from './fields';
/** Column index for each field; -1: not in the list. */
export type ColumnMap = Record<ImportField, number>;

export interface ImportTable {
	/** The first row's cells when it is a heading row, else null. */
	header: string[] | null;
	/** The data rows (heading left out), each as many cells as the widest row. */
	rows: string[][];
	columns: number;
	/** The columns recognised (the person may change them). */
	map: ColumnMap;
	/** A payroll list: its headings name a table column (each line its own table and period). */
	payroll: boolean;
}

export type ImportOutcome =
	| { ok: true; table: ImportTable }
	/** `empty`: nothing to read; `shape`: fewer columns than a payment needs. */
	| { ok: false; code: 'empty' | 'shape' };

/** Headings we recognise, after lower-casing and dropping everything but letters. */
const HEADINGS: Record<ImportField, readonly string[]> = {
	period: ['periode', 'period', 'gjelderperiode'],
	from: [
		'fra',
		'fom',
		'fradato',
		'periodefra',
		'periodefom',
		'from',
		'start',
		'startdate',
		'fromdate'
	],
	to: ['til', 'tom', 'tildato', 'periodetil', 'periodetom', 'to', 'end', 'enddate', 'todate'],
	amount: [
		'brutto',
		'bruttobelop',
		'belop',
		'bruttoutbetaling',
		'gross',
		'amount',
		'grossamount',
		'sum'
	],
	withheld: [
		'skattetrekk',
		'trekk',
		'skatt',
		'forskuddstrekk',
		'withheld',
		'tax',
		'taxwithheld',
		'withholding'
	],
	paidOn: [
		'utbetalt',
		'utbetalingsdato',
		'utbetaltdato',
		'dato',
		'betalt',
		'paid',
		'paidon',
		'paymentdate',
		'datepaid',
		'date'
	],
	table: ['tabell', 'tabellnummer', 'tabellnr', 'trekktabell', 'table', 'tablenumber', 'taxtable'],
	tablePeriod: [
		'tabellperiode',
		'trekkperiode',
		'lonnsperiode',
		'periodetype',
		'tableperiod',
		'payperiod',
		'payrollperiod'
	]
};

const squash = (s: string) =>
	s
		.toLowerCase()
		.replace(/ø/gu, 'o')
		.replace(/å/gu, 'a')
		.replace(/æ/gu, 'ae')
		.replace(/[^a-z]/gu, '');

function headingField(cell: string): ImportField | undefined {
	const h = squash(cell);
	if (!h) return undefined;
	for (const f of IMPORT_FIELDS) if (HEADINGS[f].includes(h)) return f;
	return undefined;
}

const DATE = /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*$/u;
const RANGE = /^\s*(\S+)\s*(?:-|–|—|til|to)\s*(\S+)\s*$/u;

/** A date as the form takes it: `2026-05-01` from `1.5.2026`, `01/05/2026` or `01.05.26`. */
export function isoFrom(cell: string): string {
	const s = cell.trim();
	const m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/u.exec(s);
	if (!m) return s;
	const y = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
	return `${y}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** A period cell (`01.05.2026–31.05.2026`) as its two dates, or null. */
export function periodFrom(cell: string): [string, string] | null {
	const s = cell.trim();
	if (/^\d{4}-\d{2}-\d{2}$/u.test(s)) return null;
	const m = RANGE.exec(s.replace(/^(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/u, '$1 - $2'));
	if (!m || !DATE.test(m[1]!) || !DATE.test(m[2]!)) return null;
	return [isoFrom(m[1]!), isoFrom(m[2]!)];
}

function emptyMap(): ColumnMap {
	return {
		period: -1,
		from: -1,
		to: -1,
		amount: -1,
		withheld: -1,
		paidOn: -1,
		table: -1,
		tablePeriod: -1
	};
}

/** Without headings: by order (period or from + to, gross, withheld, then paid date). */
function mapByOrder(first: string[]): ColumnMap {
	const map = emptyMap();
	let i = 0;
	if (first[0] !== undefined && periodFrom(first[0])) map.period = i++;
	else {
		map.from = i++;
		map.to = i++;
	}
	map.amount = i++;
	map.withheld = i++;
	if (i < first.length) map.paidOn = i;
	return map;
}

/** A map with what a payment needs (its period, gross and withheld), or a payroll line. */
export function mapComplete(map: ColumnMap, payroll = false): boolean {
	if (payroll)
		return map.table >= 0 && map.tablePeriod >= 0 && map.amount >= 0 && map.withheld >= 0;
	return (
		(map.period >= 0 || (map.from >= 0 && map.to >= 0)) && map.amount >= 0 && map.withheld >= 0
	);
}

/** The separators a list may use, the likeliest first when two fit as well. */
const DELIMITERS = ['\t', ';', ',', '|'] as const;

/**
 * The separator the list uses: of those that split its first lines into more than one column,
 * the one that gives most lines the same number of columns (a spreadsheet's copy is tab-separated,
 * a Norwegian CSV semicolon-separated, where the comma is the decimal sign).
 */
export function guessDelimiter(text: string): string {
	const lines = text
		.split(/\r?\n/u)
		.filter((l) => l.trim() !== '')
		.slice(0, 20);
	let best: { d: string; score: number } = { d: ',', score: 0 };
	for (const d of DELIMITERS) {
		const counts = dsvFormat(d)
			.parseRows(lines.join('\n'))
			.map((r) => r.length);
		const widest = Math.max(0, ...counts);
		if (widest < 2) continue;
		// Lines that have the commonest number of columns, that number above one.
		const tally = new Map<number, number>();
		for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
		const [columns, agree] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
		const score = columns > 1 ? agree * 100 + columns : 0;
		if (score > best.score) best = { d, score };
	}
	return best.d;
}

/** The text read into a table, its columns recognised. */
export function readTable(text: string): ImportOutcome {
	const body = text.replace(/^\uFEFF/u, '');
	const data = dsvFormat(guessDelimiter(body))
		.parseRows(body)
		.filter((r) => r.some((c) => c.trim() !== ''));
	if (data.length === 0) return { ok: false, code: 'empty' };
	const columns = Math.max(...data.map((r) => r.length));
	const fields = data[0]!.map(headingField);
	const hasHeader = fields.some((f) => f !== undefined) && !data[0]!.some((c) => DATE.test(c));
	const rows = (hasHeader ? data.slice(1) : data).map((r) =>
		Array.from({ length: columns }, (_, i) => (r[i] ?? '').trim())
	);
	if (rows.length === 0) return { ok: false, code: 'empty' };
	let map: ColumnMap;
	if (hasHeader) {
		map = emptyMap();
		fields.forEach((f, i) => {
			if (f && map[f] < 0) map[f] = i;
		});
		// "Periode" holding one date is the period's first day.
		if (map.period >= 0 && !periodFrom(rows[0]![map.period]!) && map.from < 0) {
			map.from = map.period;
			map.period = -1;
		}
	} else map = mapByOrder(rows[0]!);
	if (columns < 3 || (!hasHeader && columns < (map.period >= 0 ? 3 : 4)))
		return { ok: false, code: 'shape' };
	return {
		ok: true,
		table: {
			header: hasHeader ? data[0]!.map((c) => c.trim()) : null,
			rows,
			columns,
			map,
			payroll: map.table >= 0
		}
	};
}

/** The table's rows as the form's, through the chosen columns. */
export function rowsFrom(table: ImportTable, map: ColumnMap): CheckRow[] {
	const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '') : '');
	return table.rows.map((r) => {
		const period = map.period >= 0 ? periodFrom(cell(r, map.period)) : null;
		return {
			from: period ? period[0] : isoFrom(cell(r, map.from)),
			to: period ? period[1] : isoFrom(cell(r, map.to)),
			amount: cell(r, map.amount),
			withheld: cell(r, map.withheld),
			paidOn: isoFrom(cell(r, map.paidOn))
		};
	});
}

/** A payroll line as read: each value as it is, for the compute to parse and report. */
export interface PayrollRow {
	table: string;
	period: string;
	amount: string;
	withheld: string;
}

/** The table's rows as payroll lines, through the chosen columns. */
export function payrollFrom(table: ImportTable, map: ColumnMap): PayrollRow[] {
	const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '') : '');
	return table.rows.map((r) => ({
		table: cell(r, map.table),
		period: cell(r, map.tablePeriod),
		amount: cell(r, map.amount),
		withheld: cell(r, map.withheld)
	}));
}
