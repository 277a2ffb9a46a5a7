import * as z from 'zod/mini';
import { explainPayment, type ExplainCause, type ExplainResult } from '../../engine';
import { runEngine } from '../../input/runEngine';
import { isoDate, kroner, percent, wholeKroner, type FormIssue } from '../../input/zod';
import type { Lang } from '../../i18n/types';
import { isBenefit } from '../../engine/nav/benefits';
import { defaultForm, encodeForm, type CardKind } from '../calculator/fields';
import type { ExplainForm } from './fields';

/**
 * The "Explain a payment" page: the payment notice (utbetalingsmelding) as typed, parsed with zod
 * at the edge, then `explainPayment`. Field names follow the engine's (`payment.amount`,
 * `withheld`, `earlier.0.withheld`, `extra.kroner`), so engine and form issues land on the same field.
 */
export {
	EXPLAIN_LABELS as labels,
	EXPLAIN_YEARS,
	defaultExplainForm,
	emptyEarlier,
	encodeExplain,
	type EarlierRow,
	type ExplainForm
} from './fields';

export type ExplainOutcome =
	{ kind: 'result'; result: ExplainResult } | { kind: 'issues'; issues: FormIssue[] };

/** NAV's notice shows what is withheld as a deduction ("-3 377"): a leading minus is allowed. */
function unsigned(s: string): string {
	return s.trim().replace(/^[-\u2212\u2012\u2013\u2014]\s*/u, '');
}

/**
 * The field map: the engine's field as this form's. The form's fields are named as the engine's
 * (the notice has no tax card), so each is its own.
 */
export function fieldOf(engineField: string): string {
	return engineField;
}

export function compute(form: ExplainForm): ExplainOutcome {
	const issues: FormIssue[] = [];
	const field = <T>(
		name: string,
		schema: z.ZodMiniType<T, string>,
		value: string
	): T | undefined => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		issues.push({ field: name, code: r.error.issues[0]?.message ?? 'invalid' });
		return undefined;
	};
	const benefit = isBenefit(form.benefit) ? form.benefit : undefined;
	if (!benefit) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	const from = field('payment.from', isoDate, form.from);
	const to = field('payment.to', isoDate, form.to);
	const amount = field('payment.amount', kroner, form.amount);
	const withheld = field('withheld', wholeKroner, unsigned(form.withheld));
	const paidOn = form.paidOn.trim() === '' ? '' : field('payment.paidOn', isoDate, form.paidOn);
	const earlier = form.earlier.map((row, i) => ({
		from: field(`earlier.${i}.from`, isoDate, row.from),
		to: field(`earlier.${i}.to`, isoDate, row.to),
		amount: field(`earlier.${i}.amount`, kroner, row.amount),
		withheld: field(`earlier.${i}.withheld`, wholeKroner, unsigned(row.withheld)),
		...(row.paidOn.trim() === ''
			? {}
			: { paidOn: field(`earlier.${i}.paidOn`, isoDate, row.paidOn) })
	}));
	let extra: { kroner: number } | { percent: number } | undefined;
	if (form.extraKind === 'kroner') {
		const v = field('extra.kroner', kroner, form.extra);
		if (v !== undefined) extra = { kroner: v };
	} else if (form.extraKind === 'percent') {
		const v = field('extra.percent', percent, form.extra);
		if (v !== undefined) extra = { percent: v };
	}
	if (!benefit) return { kind: 'issues', issues };
	// What did parse; a field that did not is left out, and the engine's issue on it is the form's.
	const input = {
		year: Number(form.year),
		benefit,
		payment: { from, to, amount, ...(paidOn ? { paidOn } : {}) },
		withheld,
		earlier,
		...(extra ? { extra } : {})
	} as Parameters<typeof explainPayment>[0];
	// The engine's own checks (dates outside the year, an earlier payment for another month, …)
	// show with the form's, at the first submit.
	const run = runEngine(() => explainPayment(input), issues, fieldOf, 'payment.amount');
	if ('issues' in run) return { kind: 'issues', issues: run.issues };
	return { kind: 'result', result: run.result };
}

// ---------------------------------------------------------------------------------------------
// Carrying a found card into the calculator, written by the calculator's own link writer (quick
// mode from this month on).

/** The calculator's card for a flat rate NAV applies whatever the card (none it takes: undefined). */
const FLAT_CARD: Partial<Record<string, CardKind>> = {
	noCard: 'none',
	noCardPension: 'none',
	barnepensjon: 'none',
	kildeskatt: 'kildeskatt',
	svalbard: 'svalbard'
};

/**
 * The calculator's link (without `#`) for a cause, or undefined when the cause is no card the
 * calculator takes (a back payment for earlier years, or "any table").
 */
export function calculatorFragment(
	form: ExplainForm,
	result: ExplainResult,
	cause: ExplainCause,
	lang: Lang
): string | undefined {
	const month = Number(form.from.slice(5, 7));
	if (!(month >= 1 && month <= 12)) return undefined;
	const calc = defaultForm();
	if (cause.kind === 'percent' && cause.why === 'percentCard') {
		calc.cardKind = 'percent';
		calc.percent = String(cause.percent);
	} else if (cause.kind === 'percent') {
		const kind = FLAT_CARD[cause.why];
		if (!kind) return undefined;
		calc.cardKind = kind;
	} else if (cause.kind === 'frikort') calc.cardKind = 'frikort';
	else if (!cause.allTables) {
		calc.cardKind = 'table';
		calc.table = cause.shownTable;
	} else return undefined;
	calc.year = String(result.year);
	calc.benefit = result.benefit;
	if (form.extraKind !== 'none' && form.extra.trim()) {
		calc.extraKind = form.extraKind;
		calc.extra = form.extra;
	}
	calc.quickAmount = String(result.gross);
	calc.quickFrequency = result.days >= 25 ? 'month' : '14days';
	calc.quickFromMonth = String(month);
	return encodeForm(calc, lang);
}
