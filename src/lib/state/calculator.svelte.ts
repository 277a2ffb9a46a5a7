import { EngineError, withholdPayments } from '../engine';
import type { FormIssue } from '../input/zod';
import { defaultForm, parseForm, type CalcForm } from './form';

/** Engine field paths as the form's field ids (the same issue shows at the field people typed in). */
export function engineFieldToForm(field: string, mode: CalcForm['mode']): string {
	if (field === 'card.table') return 'table';
	if (field === 'card.percent') return 'percent';
	if (field === 'card.limit') return 'frikortLimit';
	if (field.startsWith('extra')) return 'extra';
	if (field.startsWith('payments')) return mode === 'quick' ? 'quickAmount' : field;
	return field;
}

export type Outcome =
	| { kind: 'result'; result: ReturnType<typeof withholdPayments>; year: number }
	| { kind: 'issues'; issues: FormIssue[] };

/** Parse, then run the engine; any engine error becomes field issues, never an exception. */
export function computeOutcome(form: CalcForm): Outcome {
	const parsed = parseForm(form);
	if (!parsed.ok) return { kind: 'issues', issues: parsed.issues };
	try {
		return { kind: 'result', result: withholdPayments(parsed.input), year: parsed.input.year };
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

/** The calculator's shared state: the form as typed in, and everything derived from it. */
export class Calculator {
	form = $state<CalcForm>(defaultForm());
	submits = $state(0);
	outcome = $derived(computeOutcome(this.form));

	constructor(initial?: CalcForm) {
		if (initial) this.form = initial;
	}

	/**
	 * Issues to show: none until the person first presses calculate (so messages never jump in
	 * while they are still typing or moving to the button), then live as they correct them.
	 */
	visibleIssues = $derived(
		this.outcome.kind === 'issues' && this.submits > 0 ? this.outcome.issues : []
	);

	issueFor(field: string): FormIssue | undefined {
		return this.visibleIssues.find((i) => i.field === field);
	}

	submit(): void {
		this.submits += 1;
	}
}
