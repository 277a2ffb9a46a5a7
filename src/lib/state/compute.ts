import {
	cardTerms,
	EngineError,
	withholdPayments,
	yourYear,
	type CardTerms,
	type YearEndKind
} from '../engine';
import type { FormIssue } from '../input/zod';
import type { CalcForm } from './form';
import { parseForm } from './parse';

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
			yearEnd?: { kind: YearEndKind; amount: number };
	  }
	| { kind: 'issues'; issues: FormIssue[] };

/** Engine field paths as the form's field ids (the same issue shows at the field people typed in). */
export function engineFieldToForm(field: string, mode: CalcForm['mode']): string {
	if (field === 'card.table') return 'table';
	if (field === 'card.percent') return 'percent';
	if (field === 'card.limit') return 'frikortLimit';
	if (field === 'card') return 'cardKind';
	if (field.startsWith('extra')) return 'extra';
	if (field.startsWith('payments')) return mode === 'quick' ? 'quickAmount' : field;
	return field;
}

/**
 * The engine's checks on what did parse, for fields the form's parsing found nothing wrong with:
 * shown together with the parsing's own issues, so one submit shows every problem.
 */
function engineIssuesToo(
	parsed: Extract<ReturnType<typeof parseForm>, { ok: false }>,
	form: CalcForm
): FormIssue[] {
	try {
		withholdPayments(parsed.partial);
		return [];
	} catch (e) {
		if (!(e instanceof EngineError)) return [];
		const flagged = new Set(parsed.issues.map((i) => i.field));
		const out: FormIssue[] = [];
		for (const i of e.issues) {
			// Payments are numbered in the partial input; back to the form's own rows.
			const m = /^payments\.(\d+)(.*)$/u.exec(i.field);
			const engineField =
				m && form.mode === 'list' ? `payments.${parsed.rowIndex[Number(m[1])]}${m[2]}` : i.field;
			const field = engineFieldToForm(engineField, form.mode);
			if (flagged.has(field) || flagged.has(field.split('.').slice(0, 2).join('.'))) continue;
			// The stand-ins (benefit, card) are never reported: their own fields already are.
			if (field === 'benefit' || field === 'card') continue;
			flagged.add(field);
			out.push({ ...i, field });
		}
		return out;
	}
}

/** Parse, then run the engine; any engine error becomes field issues, never an exception. */
export function computeOutcome(form: CalcForm): Outcome {
	const parsed = parseForm(form);
	if (!parsed.ok)
		return { kind: 'issues', issues: [...parsed.issues, ...engineIssuesToo(parsed, form)] };
	try {
		const { input } = parsed;
		const result = withholdPayments(input);
		return {
			kind: 'result',
			result,
			year: input.year,
			terms: cardTerms(input.benefit, input.card, input.withUforetrygd, input.year),
			...yearEndOf(input)
		};
	} catch (e) {
		if (e instanceof EngineError) {
			return {
				kind: 'issues',
				issues: e.issues.map((i) => ({ ...i, field: engineFieldToForm(i.field, form.mode) }))
			};
		}
		return { kind: 'issues', issues: [{ field: 'form', code: 'invalid' }] };
	}
}

/** The teaser's year-end outcome; none where the year cannot be estimated (barnepensjon, …). */
function yearEndOf(input: Parameters<typeof withholdPayments>[0]): {
	yearEnd?: { kind: YearEndKind; amount: number };
} {
	if (input.benefit === 'barnepensjon') return {};
	try {
		const y = yourYear({ year: input.year, sources: [{ withholding: { by: 'nav', ...input } }] });
		return y.outcome ? { yearEnd: { kind: y.outcome.kind, amount: y.outcome.amount } } : {};
	} catch {
		return {};
	}
}
