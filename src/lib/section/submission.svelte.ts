import { errorText } from '../i18n/errors';
import type { FormIssue } from '../input/zod';

/** What a section's compute gives: issues to show at fields (`kind: 'issues'`), or a result. */
type Outcome = { kind: string; issues?: FormIssue[] };

export interface SubmissionOptions {
	/** The section's current outcome (reactive). */
	outcome: () => Outcome;
	/** Brings the section's engine side before the first submit counts. */
	load: () => Promise<unknown>;
	/** A field's name as the error summary says it. */
	label: (field: string) => string;
	/** An issue's message; the shared error messages by default. */
	message?: (issue: FormIssue) => string;
	/**
	 * Issues show as soon as there are any while this holds (a form without a submit button, once
	 * the words of its messages are there).
	 */
	live?: () => boolean;
}

/**
 * How every section's form submits (section.svelte.ts) and shows its issues: none until the first submit (messages
 * never jump in while the person is still typing), then live as they correct them; a message at
 * each field and all of them in the error summary at once; after a submit with a result, focus
 * on the results' heading.
 */
export class Submission {
	submits = $state(0);
	resultsHeading: HTMLElement | undefined = $state();
	readonly #options: SubmissionOptions;

	constructor(options: SubmissionOptions) {
		this.#options = options;
	}

	readonly issues: FormIssue[] = $derived.by(() => {
		const o = this.#options.outcome();
		return o.kind === 'issues' && (this.submits > 0 || this.#options.live?.() === true)
			? (o.issues ?? [])
			: [];
	});

	readonly summary = $derived(
		this.issues.map((i) => ({
			field: i.field,
			label: this.#options.label(i.field),
			message: this.#message(i)
		}))
	);

	#message(issue: FormIssue): string {
		return (this.#options.message ?? errorText)(issue);
	}

	/** The message for a field, '' when it has none. */
	err = (field: string): string => {
		const i = this.issues.find((x) => x.field === field);
		return i ? this.#message(i) : '';
	};

	submit = async (e: SubmitEvent): Promise<void> => {
		e.preventDefault();
		await this.attempt();
		if (this.#options.outcome().kind === 'result')
			queueMicrotask(() => this.resultsHeading?.focus());
	};

	/**
	 * A try by a button of the form's own that is no submit (a step inside a form, such as
	 * sykepenger's "use these payments"): from now on its issues show, as after a submit.
	 */
	attempt = async (): Promise<void> => {
		await this.#options.load();
		this.submits += 1;
	};
}
