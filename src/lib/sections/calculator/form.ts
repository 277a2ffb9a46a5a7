import { cardField, engineIssuesToo, refusalIssues } from '../../input/engineIssues';
import * as z from 'zod/mini';
import { generateSchedule } from '../../input/schedule';
import { cleanTable, tableNumberIssue } from '../../input/table';
import { isoDate, kroner, percent, toFormIssues, type FormIssue } from '../../input/zod';
import { isBenefit } from '../../engine/nav/benefits';
import { WITHHOLDING_YEARS } from '../../years';
import { tablePercentAsked, type CalcForm, type Card, type WithholdInputFromForm } from './fields';
import {
	cardTerms,
	withholdPayments,
	yourYear,
	type CardTerms,
	type Step,
	type YearEndKind
} from '../../engine';

/** The calculator's form as typed, its labels, and its parse at the edge (zod), then the engine. */
export { CALC_LABELS as labels, tablePercentAsked } from './fields';

/**
 * The form becomes the engine's input here, validated with zod; the engine validates again
 * (dates, overlaps, tables) and its issues are shown on the same fields.
 */
const optionalDate = z.pipe(
	z.string(),
	z.transform((s: string, ctx) => {
		if (s.trim() === '') return undefined;
		const r = isoDate.safeParse(s);
		if (!r.success) {
			ctx.issues.push({ code: 'custom', message: 'badDate', input: s });
			return z.NEVER;
		}
		return r.data;
	})
);

const rowSchema = z.object({ from: isoDate, to: isoDate, amount: kroner, paidOn: optionalDate });

export type ParseResult =
	| { ok: true; input: WithholdInputFromForm }
	| {
			ok: false;
			issues: FormIssue[];
			/**
			 * What did parse, with harmless stand-ins for what did not, so the engine can check the
			 * rest now: every field's problem shows at the first submit, not in rounds. `rowIndex`
			 * maps its payments back to the form's rows.
			 */
			partial: WithholdInputFromForm;
			rowIndex: number[];
	  };

/** Field ids used in the page are the issue paths: 'benefit', 'table', 'payments.2.to', … */
export function parseForm(form: CalcForm): ParseResult {
	const issues: FormIssue[] = [];
	const collect = <T>(field: string, schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		for (const i of toFormIssues(r.error.issues))
			issues.push({ ...i, field: i.field ? `${field}.${i.field}` : field });
		return undefined;
	};

	const year = Number(form.year);
	if (!(WITHHOLDING_YEARS as readonly string[]).includes(form.year))
		issues.push({
			field: 'year',
			code: 'unknownYear',
			values: { years: WITHHOLDING_YEARS.join(', ') }
		});
	const benefit = isBenefit(form.benefit) ? form.benefit : undefined;
	if (!benefit) issues.push({ field: 'benefit', code: 'unknownBenefit' });

	let card: Card | undefined;
	// Barnepensjon: a fixed rate whatever the card, so none is asked for (the engine knows the
	// years where that holds; it leaves a card out for them).
	const noCardNeeded = form.benefit === 'barnepensjon';
	switch (noCardNeeded ? 'skip' : form.cardKind) {
		case 'skip':
			break;
		case 'table': {
			const table = cleanTable(form.table);
			const issue = tableNumberIssue(table);
			if (issue) issues.push({ field: 'table', code: issue });
			// The card's percentage (optional here): overgangsstønad below 50 % and back payments for
			// earlier months of the year are withheld by it; the engine asks for it when needed.
			// Asked where it can matter (the field is shown): overgangsstønad, or a list of payments.
			const pct =
				tablePercentAsked(form) && form.percent.trim() !== ''
					? collect('percent', percent, form.percent)
					: undefined;
			if (!issue) card = { kind: 'table', table, ...(pct !== undefined ? { percent: pct } : {}) };
			break;
		}
		case 'percent': {
			const p = collect('percent', percent, form.percent);
			if (p !== undefined) card = { kind: 'percent', percent: p };
			break;
		}
		case 'frikort': {
			if (form.frikortLimit.trim() === '') card = { kind: 'frikort' };
			else {
				const limit = collect('frikortLimit', kroner, form.frikortLimit);
				if (limit !== undefined) card = { kind: 'frikort', limit };
			}
			break;
		}
		default:
			card = { kind: form.cardKind as 'none' | 'kildeskatt' | 'svalbard' };
	}

	let extra: WithholdInputFromForm['extra'];
	if (form.extraKind === 'kroner') {
		const k = collect('extra', kroner, form.extra);
		if (k !== undefined) extra = { kroner: k };
	} else if (form.extraKind === 'percent') {
		const p = collect('extra', percent, form.extra);
		if (p !== undefined) extra = { percent: p };
	}

	let payments: WithholdInputFromForm['payments'] = [];
	const rowIndex: number[] = [];
	if (form.mode === 'quick') {
		const amount = collect('quickAmount', kroner, form.quickAmount);
		const fromMonth = Number(form.quickFromMonth);
		if (!(Number.isInteger(fromMonth) && fromMonth >= 1 && fromMonth <= 12))
			issues.push({ field: 'quickFromMonth', code: 'invalid' });
		else if (amount !== undefined && Number.isFinite(year))
			payments = generateSchedule({ year, amount, frequency: form.quickFrequency, fromMonth });
	} else {
		form.payments.forEach((row, i) => {
			const r = collect(`payments.${i}`, rowSchema, row);
			if (!r) return;
			payments.push(r.paidOn ? r : { from: r.from, to: r.to, amount: r.amount });
			rowIndex.push(i);
		});
		if (form.payments.length === 0) issues.push({ field: 'payments', code: 'required' });
	}

	if (issues.length > 0 || !benefit || (!card && !noCardNeeded)) {
		return {
			ok: false,
			issues,
			partial: {
				year,
				benefit: benefit ?? 'alderspensjon',
				card: card ?? { kind: 'none' },
				payments,
				...(extra ? { extra } : {}),
				meldekortWeeks: form.meldekortWeeks,
				withUforetrygd: form.withUforetrygd
			},
			rowIndex
		};
	}
	return {
		ok: true,
		input: {
			year,
			benefit,
			...(card ? { card } : {}),
			payments,
			...(extra ? { extra } : {}),
			meldekortWeeks: form.meldekortWeeks,
			withUforetrygd: form.withUforetrygd
		}
	};
}

/**
 * Form in, result or field issues out. Loaded on demand (it brings the engine, decimal.js and
 * zod), so the first page load is only what the first screen needs.
 */
export type Outcome =
	| {
			kind: 'result';
			result: ReturnType<typeof withholdPayments>;
			year: number;
			terms: CardTerms;
			/** The year-end outcome if these payments were the year's only income (`yourYear`). */
			yearEnd?: YearEnd;
	  }
	| { kind: 'issues'; issues: FormIssue[] };

/**
 * The field map: an engine field path as the form's field id, so the same issue shows at the
 * field people typed in (the card's paths as every section maps them, section/card.ts). In quick
 * mode the payments are generated from the amount, so theirs show there.
 */
export function fieldOf(field: string, mode: CalcForm['mode']): string {
	const card = cardField(field);
	if (card) return card;
	if (field.startsWith('extra')) return 'extra';
	if (field.startsWith('payments')) return mode === 'quick' ? 'quickAmount' : field;
	return field;
}

/** The engine's checks on what did parse, on the form's own fields and rows. */
function calcEngineIssues(
	parsed: Extract<ReturnType<typeof parseForm>, { ok: false }>,
	form: CalcForm
): FormIssue[] {
	return engineIssuesToo(
		() => withholdPayments(parsed.partial),
		parsed.issues,
		(engineField) => {
			// Payments are numbered in the partial input; back to the form's own rows.
			const m = /^payments\.(\d+)(.*)$/u.exec(engineField);
			const field = fieldOf(
				m && form.mode === 'list'
					? `payments.${parsed.rowIndex[Number(m[1])]}${m[2]}`
					: engineField,
				form.mode
			);
			// The stand-ins (benefit, card) are never reported: their own fields already are.
			return field === 'benefit' || field === 'card' ? undefined : field;
		}
	);
}

/**
 * Parse, then run the engine; any engine error becomes field issues, never an exception. (The
 * page's date, which the section contract passes, changes nothing here: the payments are withheld
 * as their year's rules say, whatever the day.)
 */
export function compute(form: CalcForm): Outcome {
	const parsed = parseForm(form);
	if (!parsed.ok)
		return { kind: 'issues', issues: [...parsed.issues, ...calcEngineIssues(parsed, form)] };
	try {
		const { input } = parsed;
		const result = withholdPayments(input);
		return {
			kind: 'result',
			result,
			year: input.year,
			terms: cardTerms(input.benefit, input.card, input.withUforetrygd, input.year),
			// Wages typed into the sykepenger step are income these payments do not show.
			...yearEndOf(
				input,
				form.benefit === 'sykepenger' &&
					(form.sykepenger.months.some((m) => m.trim() !== '') ||
						form.sykepenger.hourlyIncome.trim() !== '')
			)
		};
	} catch (e) {
		return { kind: 'issues', issues: refusalIssues(e, (f) => fieldOf(f, form.mode), 'form') };
	}
}

/**
 * The teaser's year-end outcome, or none where the year cannot be estimated (barnepensjon, …).
 * `months`: the months of the year NAV pays in; a figure stands only for a whole year of these
 * payments and nothing else known (no wages in the sykepenger step): otherwise the page says what
 * the payments cover and offers the year page instead.
 */
export interface YearEnd {
	kind: YearEndKind;
	amount: number;
	months: number;
	whole: boolean;
	/** The outcome's range over the assumptions (the year page's own step), when there is one. */
	range?: Step;
}
function yearEndOf(
	input: Parameters<typeof withholdPayments>[0],
	moreKnown: boolean
): { yearEnd?: YearEnd } {
	if (input.benefit === 'barnepensjon') return {};
	try {
		const y = yourYear({ year: input.year, sources: [{ withholding: { by: 'nav', ...input } }] });
		const months = y.sources[0]?.withholding?.months.filter((m) => m.gross > 0).length ?? 0;
		const range = y.steps.find((s) => s.id.startsWith('year.range.'));
		return y.outcome
			? {
					yearEnd: {
						kind: y.outcome.kind,
						amount: y.outcome.amount,
						months,
						whole: months === 12 && !moreKnown,
						...(range ? { range } : {})
					}
				}
			: {};
	} catch {
		return {};
	}
}
