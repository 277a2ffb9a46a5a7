import { cardField } from '../../input/engineIssues';
import { runEngine } from '../../input/runEngine';
import * as z from 'zod/mini';
import {
	EngineError,
	checkPayments,
	type Card,
	type CheckInput,
	type CheckResult,
	checkPayroll,
	type Period,
	type PayrollResult
} from '../../engine';
import type { PayrollRow } from './import';
import { isBenefit } from '../../engine/nav/benefits';
import type { Lang } from '../../i18n/types';
import { isoDate, kroner, percent, wholeKroner, type FormIssue } from '../../input/zod';
import { cleanTable, tableNumberIssue } from '../../input/table';
import { defaultForm } from '../calculator/fields';
import { defaultYearForm, encodeYear } from '../year/fields';
import type { CheckForm } from './fields';

/**
 * "Check the payments" (/sjekk): the list as typed, pasted or imported, parsed with zod at the
 * edge, then `checkPayments`. Field names are the form's (`rows.2.withheld`, `table`), the
 * engine's (`payments.2.withheld`, `card.table`) mapped to them, so every problem shows at its row
 * and column, the form's and the engine's at the same submit.
 */
export {
	CHECK_LABELS as labels,
	CARD_KINDS,
	CHECK_YEARS,
	defaultCheckForm,
	emptyRow,
	encodeCheck,
	type CheckForm,
	type CheckRow
} from './fields';

export type CheckOutcome =
	| {
			kind: 'result';
			result: CheckResult;
			/** Lines in the order shown: those that differ first. */
			order: number[];
			/** Each line's gross as read. */
			gross: number[];
	  }
	| { kind: 'issues'; issues: FormIssue[] };

/** The overview shows what is withheld as a deduction ("-3 377"): a leading minus is allowed. */
function unsigned(s: string): string {
	return s.trim().replace(/^[-\u2212\u2012\u2013\u2014]\s*/u, '');
}

/** The field map: the engine's field as this form's (the list's rows, the card's fields). */
export function fieldOf(engineField: string): string {
	if (engineField === 'payments') return 'rows';
	if (engineField.startsWith('payments.')) return `rows.${engineField.slice('payments.'.length)}`;
	return cardField(engineField) ?? engineField;
}

export function compute(form: CheckForm): CheckOutcome {
	const issues: FormIssue[] = [];
	const field = <T>(name: string, schema: z.ZodMiniType<T, string>, value: string) => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		issues.push({ field: name, code: r.error.issues[0]?.message ?? 'invalid' });
		return undefined;
	};
	const benefit = isBenefit(form.benefit) ? form.benefit : undefined;
	if (!benefit) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	let card: Card | undefined;
	if (form.cardKind === 'table') {
		const table = cleanTable(form.table);
		const issue = tableNumberIssue(table);
		// An unknown four-digit table is the engine's to say, at the same field.
		if (issue && issue !== 'unknownTable') issues.push({ field: 'table', code: issue });
		else card = { kind: 'table', table };
	} else if (form.cardKind === 'percent') {
		const p = field('percent', percent, form.percent);
		if (p !== undefined) card = { kind: 'percent', percent: p };
	}
	const payments = form.rows.map((row, i) => ({
		from: field(`rows.${i}.from`, isoDate, row.from),
		to: field(`rows.${i}.to`, isoDate, row.to),
		amount: field(`rows.${i}.amount`, kroner, row.amount),
		withheld: field(`rows.${i}.withheld`, wholeKroner, unsigned(row.withheld)),
		...(row.paidOn.trim() === '' ? {} : { paidOn: field(`rows.${i}.paidOn`, isoDate, row.paidOn) })
	}));
	if (form.rows.length === 0) issues.push({ field: 'rows', code: 'required' });
	if (!benefit) return { kind: 'issues', issues };
	const input = {
		year: Number(form.year),
		benefit,
		...(card ? { card } : {}),
		payments
	} as CheckInput;
	const run = runEngine(() => checkPayments(input), issues, fieldOf, 'rows');
	if ('issues' in run) return { kind: 'issues', issues: run.issues };
	const result = run.result;
	// Lines that differ first (the largest difference first), then the rest in list order.
	const order = result.lines
		.map((l) => l.index)
		.sort((a, b) => {
			const la = result.lines[a]!;
			const lb = result.lines[b]!;
			const da = la.status === 'ok' ? 0 : 1;
			const db = lb.status === 'ok' ? 0 : 1;
			return db - da || Math.abs(lb.differenceKr) - Math.abs(la.differenceKr) || a - b;
		});
	return { kind: 'result', result, order, gross: payments.map((p) => p.amount ?? 0) };
}

/**
 * "Your year" with these payments carried over: the calculator's list of payments (period, gross,
 * paid date) and the card found, in the year page's own link. What was in fact withheld does not
 * travel: the year page withholds by the card, which for the lines that are ok is the same.
 */
export function yearFragment(form: CheckForm, result: CheckResult, lang: Lang): string {
	const y = defaultYearForm();
	const calc = { ...defaultForm(), year: form.year, benefit: form.benefit, mode: 'list' as const };
	const c = result.card;
	if (c.kind === 'table') {
		calc.cardKind = 'table';
		calc.table = c.table;
		if (c.percent !== undefined) calc.percent = String(c.percent);
	} else if (c.kind === 'percent') {
		calc.cardKind = 'percent';
		calc.percent = String(c.percent);
	} else if (c.kind === 'frikort') calc.cardKind = 'frikort';
	else calc.cardKind = c.kind;
	calc.payments = form.rows.map((r) => ({
		from: r.from,
		to: r.to,
		amount: r.amount,
		paidOn: r.paidOn
	}));
	y.calc = calc;
	return encodeYear(y, lang);
}

// ---------------------------------------------------------------------------------------------
// A payroll list: each line its own table and table period, checked against the table routine.

/** Table periods as a payroll list may name them (bokmål, nynorsk, English, or the engine's). */
const PERIOD_NAMES: Record<string, Period> = {
	month: 'month',
	maned: 'month',
	mnd: 'month',
	m: 'month',
	'14days': '14days',
	'14dager': '14days',
	'14dagar': '14days',
	fortnight: '14days',
	'2weeks': '14days',
	'14': '14days',
	week: 'week',
	uke: 'week',
	veke: 'week',
	'7': 'week',
	'4days': '4days',
	'4dager': '4days',
	'4dagar': '4days',
	'3days': '3days',
	'3dager': '3days',
	'3dagar': '3days',
	'2days': '2days',
	'2dager': '2days',
	'2dagar': '2days',
	'1day': '1day',
	'1dag': '1day',
	day: '1day',
	dag: '1day'
};

export function periodOf(s: string): Period | undefined {
	const key = s
		.toLowerCase()
		.replace(/å/gu, 'a')
		.replace(/[^a-z0-9]/gu, '');
	return PERIOD_NAMES[key];
}

export type PayrollOutcome =
	| { kind: 'result'; result: PayrollResult; gross: number[]; order: number[] }
	| { kind: 'issues'; issues: FormIssue[]; lines: number };

/** Every line parsed (each problem at its line and column), then `checkPayroll`. */
export function computePayroll(rows: PayrollRow[], year: string): PayrollOutcome {
	const issues: FormIssue[] = [];
	const lines = rows.map((r, i) => {
		const amount = kroner.safeParse(r.amount);
		const withheld = wholeKroner.safeParse(unsigned(r.withheld));
		if (!amount.success)
			issues.push({
				field: `payroll.${i}.amount`,
				code: amount.error.issues[0]?.message ?? 'invalid'
			});
		if (!withheld.success)
			issues.push({
				field: `payroll.${i}.withheld`,
				code: withheld.error.issues[0]?.message ?? 'invalid'
			});
		const period = periodOf(r.period);
		if (!period) issues.push({ field: `payroll.${i}.period`, code: 'unknownPeriod' });
		return {
			table: r.table.trim(),
			period: period ?? ('month' as Period),
			amount: amount.success ? amount.data : 0,
			withheld: withheld.success ? withheld.data : 0
		};
	});
	try {
		const result = checkPayroll({ year: Number(year), lines });
		if (issues.length > 0) return { kind: 'issues', issues, lines: rows.length };
		// Lines to look at first: a negative or large net, then the largest difference.
		const weight = (i: number) => {
			const l = result.lines[i]!;
			return (l.flags.length > 0 ? 2 : 0) + (l.status === 'differs' ? 1 : 0);
		};
		const order = result.lines
			.map((l) => l.index)
			.sort(
				(a, b) =>
					weight(b) - weight(a) ||
					Math.abs(result.lines[b]!.differenceKr) - Math.abs(result.lines[a]!.differenceKr) ||
					a - b
			);
		return { kind: 'result', result, gross: lines.map((l) => l.amount), order };
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		const seen = new Set(issues.map((i) => i.field));
		for (const i of e.issues) {
			const field = i.field.replace(/^lines\./u, 'payroll.');
			if (!seen.has(field))
				issues.push({ field, code: i.code, ...(i.values ? { values: i.values } : {}) });
		}
		return { kind: 'issues', issues, lines: rows.length };
	}
}

// The table runs as the explain page words them.
export { tableRanges } from '../../engine';
