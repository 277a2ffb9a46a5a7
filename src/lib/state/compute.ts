import { cardTerms, EngineError, withholdPayments, type CardTerms } from '../engine';
import type { FormIssue } from '../input/zod';
import type { CalcForm } from './form';
import { parseForm } from './parse';

/**
 * Form in, result or field issues out. Loaded on demand (it brings the engine, decimal.js and
 * zod), so the first page load is only what the first screen needs.
 */
export type Outcome =
	| { kind: 'result'; result: ReturnType<typeof withholdPayments>; year: number; terms: CardTerms }
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
		return {
			kind: 'result',
			result: withholdPayments(input),
			year: input.year,
			terms: cardTerms(input.benefit, input.card, input.withUforetrygd, input.year)
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
