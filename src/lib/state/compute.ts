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

/** Parse, then run the engine; any engine error becomes field issues, never an exception. */
export function computeOutcome(form: CalcForm): Outcome {
	const parsed = parseForm(form);
	if (!parsed.ok) return { kind: 'issues', issues: parsed.issues };
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
