import { ensureNamespaces } from '../../i18n/i18n.svelte';
import { RESULT_NAMESPACES } from '../../i18n/resources';
import type { FormIssue } from '../../input/zod';
import type { computeOutcome, Outcome } from './form';
import { defaultForm, type CalcForm } from './fields';
import { errorSummary } from '../../ui/lazy.svelte';
import type { DecodeResult } from './link';

export type { Outcome } from './form';

// The engine arrives on demand: when the person starts filling in the form or opens a link.
let compute = $state<typeof computeOutcome | null>(null);
let loading: Promise<void> | null = null;

export function loadEngine(): Promise<void> {
	// The results speak through the engine's steps, and its issues through the error messages:
	// their wording arrives with the engine.
	loading ??= Promise.all([
		import('./form'),
		ensureNamespaces(['steps', 'year', 'errors', ...RESULT_NAMESPACES]),
		errorSummary()
	]).then(([m]) => {
		compute = m.computeOutcome;
	});
	return loading;
}

/** The calculator's link decoder (with zod) arrives only when a link is opened. */
export async function decodeLink(hash: string): Promise<DecodeResult> {
	const { decodeForm } = await import('./link');
	return decodeForm(hash);
}

/** The calculator's shared state: the form as typed in, and everything derived from it. */
export class Calculator {
	form = $state<CalcForm>(defaultForm());
	submits = $state(0);
	outcome: Outcome | { kind: 'pending' } = $derived(
		compute ? compute(this.form) : { kind: 'pending' }
	);

	constructor(initial?: CalcForm) {
		if (initial) this.form = initial;
	}

	/**
	 * Issues to show: none until the person first presses calculate (so messages never jump in
	 * while they are still typing or moving to the button), then live as they correct them.
	 */
	visibleIssues: FormIssue[] = $derived(
		this.outcome.kind === 'issues' && this.submits > 0 ? this.outcome.issues : []
	);

	issueFor(field: string): FormIssue | undefined {
		return this.visibleIssues.find((i) => i.field === field);
	}

	async submit(): Promise<void> {
		await loadEngine();
		this.submits += 1;
	}
}
