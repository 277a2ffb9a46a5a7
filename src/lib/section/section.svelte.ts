import type { Lang } from '../i18n/types';
import type { FormIssue } from '../input/zod';
import { syncFragment, type FragmentSync } from '../link/fragmentSync.svelte';
import type { FragmentDecode } from '../link/fragmentSchema';
import { todayIso } from '../years';
import { lazyModule, type LazyModule } from './lazy.svelte';
import { Submission } from './submission.svelte';
import { labelOf, type FieldLabels } from './labels';

/**
 * The one way a section works (the calculator, your year, uføretrygd, etterbetaling, explain,
 * check and the whole table alike). A section declares its wiring once, in its own
 * `sections/<name>/section.ts`, and its page component calls `useSection` with it:
 *
 * - the form as typed (`fields.ts`: its defaults, its link writer and its labels: the first
 *   screen, no engine and no zod);
 * - its engine side (`form.ts`: `compute`, form in, result or field issues out), fetched when the
 *   person starts typing, opens a link or submits, with the messages its results speak in;
 * - its link reader (`link.ts`: `decode`, with zod), fetched only when a link is opened;
 * - submitting and showing issues (`Submission`): none until the first submit, then live; each at
 *   its field and all in the summary, labelled as the field is.
 */

/** What a section's compute gives: a result, or the issues to show at its fields. */
export type SectionOutcome = { kind: 'result' } | { kind: 'issues'; issues: FormIssue[] };

/** A section's engine side, `form.ts`: the compute and whatever its results need besides. */
export interface SectionEngine<F, O extends SectionOutcome> {
	/** Form in, result or issues out; never throws. `today` is the page's date (yyyy-mm-dd). */
	compute(form: F, today: string): O;
}

/** A section's link reader, `link.ts`. */
export interface SectionLink<F> {
	decode(hash: string): FragmentDecode<F>;
}

export interface SectionSpec<F extends object, E extends SectionEngine<F, SectionOutcome>> {
	/** The message namespace of its title and intro. */
	ns: string;
	/** The form as it opens. */
	empty: () => F;
	/** The form into a link (`fields.ts`, no zod). */
	encode: (form: F, lang: Lang) => string;
	/**
	 * The engine side: fetched on demand, or already here for a section whose first screen is
	 * its result (the whole table: the table routine alone).
	 */
	engine: (() => Promise<E>) | { readonly now: E };
	/** The link reader, fetched only when a link is opened. */
	link: () => Promise<SectionLink<F>>;
	/** Message namespaces the results speak in, fetched with the engine side ('errors' always). */
	namespaces?: readonly string[];
	/**
	 * Every field's label (the field's own, read by the summary too); a function of the form
	 * where a label follows another field (a table card's percentage is named as the card's).
	 */
	labels: FieldLabels | ((form: F) => FieldLabels);
	/** An issue's message, when the section words its issues itself (the shared ones else). */
	message?: (issue: FormIssue) => string;
	/**
	 * Issues show as soon as there are any, with no submit to wait for (a form without a button),
	 * once the engine side and the error messages are here (`engine.load()`, run when the form
	 * is first changed or a link opened).
	 */
	live?: boolean;
}

export interface SectionOptions<F> {
	/** The form to open with (an embed's preset), else `empty()`. */
	initial?: F;
	/** Inside an iframe: the host page's address is neither read nor written. */
	embedded?: boolean;
	/** The link when it carries more than the form (the calculator's results view). */
	encode?: (form: F, lang: Lang) => string;
	decode?: (hash: string) => Promise<FragmentDecode<F>>;
	/** Runs whenever the form holds something, besides fetching the engine side. */
	onActive?: () => void;
	/** Runs before a submit counts, besides fetching the engine side. */
	beforeSubmit?: () => Promise<unknown>;
}

type Pending = { kind: 'pending' };

export class Section<F extends object, E extends SectionEngine<F, SectionOutcome>> {
	readonly spec: SectionSpec<F, E>;
	/** The form as typed: bind the fields to it. */
	readonly form: F;
	/** The link: `broken` when the one opened could not be read. */
	readonly link: FragmentSync;
	/** The engine side (`current` once it has arrived). */
	readonly engine: LazyModule<E>;
	/** Submitting: the issues shown, the summary, the results' heading to focus. */
	readonly submission: Submission;
	// The page's date, read once as it opens: nothing renders from the Date itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #today = todayIso(new Date());
	#reader: Promise<SectionLink<F>> | null = null;

	/** The compute's outcome for the form as it is now, or pending until the engine is here. */
	readonly outcome: ReturnType<E['compute']> | Pending = $derived.by(() =>
		this.engine.current
			? (this.engine.current.compute(this.form, this.#today) as ReturnType<E['compute']>)
			: { kind: 'pending' }
	);

	constructor(spec: SectionSpec<F, E>, options: SectionOptions<F> = {}) {
		this.spec = spec;
		this.form = $state(options.initial ?? spec.empty());
		this.engine = lazyModule(spec.engine, spec.namespaces);
		this.link = syncFragment({
			form: this.form,
			encode: options.encode ?? spec.encode,
			decode: options.decode ?? (async (hash) => (await this.reader()).decode(hash)),
			empty: spec.empty,
			embedded: options.embedded ?? false,
			onActive: () => {
				void this.engine.load();
				options.onActive?.();
			}
		});
		this.submission = new Submission({
			outcome: () => this.outcome,
			load: () => Promise.all([this.engine.load(), options.beforeSubmit?.()]),
			label: (field) => this.label(field),
			...(spec.message ? { message: spec.message } : {}),
			live: () => spec.live === true && this.engine.ready
		});
	}

	/** The link reader, fetched once. */
	reader(): Promise<SectionLink<F>> {
		return (this.#reader ??= this.spec.link());
	}

	/** The message at a field, '' when it has none. */
	err = (field: string): string => this.submission.err(field);
	/** The form's submit handler. */
	submit = (e: SubmitEvent): Promise<void> => this.submission.submit(e);
	/** A field's label, as the field and the summary say it. */
	label = (field: string): string => {
		const labels = this.spec.labels;
		return labelOf(typeof labels === 'function' ? labels(this.form) : labels, field);
	};
	/** The result, once there is one. */
	get result(): Extract<ReturnType<E['compute']>, { kind: 'result' }> | null {
		const o = this.outcome;
		return o.kind === 'result'
			? (o as Extract<ReturnType<E['compute']>, { kind: 'result' }>)
			: null;
	}
}

/** A section in a page component: call during its setup. */
export function useSection<F extends object, E extends SectionEngine<F, SectionOutcome>>(
	spec: SectionSpec<F, E>,
	options: SectionOptions<F> = {}
): Section<F, E> {
	return new Section(spec, options);
}

/** Declares a section's wiring (its `section.ts`), typed once for `useSection`. */
export function defineSection<F extends object, E extends SectionEngine<F, SectionOutcome>>(
	spec: SectionSpec<F, E>
): SectionSpec<F, E> {
	return spec;
}
