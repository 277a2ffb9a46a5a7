import type { Cited } from './rules/source';

/**
 * The step model explanations are made from. The engine records steps while it computes
 * (never in a second pass); the UI words each step through i18n as `steps.<id>` with `values`
 * as the interpolation values.
 */
export type StepValue = number | string | boolean;

export interface Step {
	/** Stable id; the i18n key is `steps.<id>` in the `steps` namespace. */
	id: string;
	/** Numbers (whole kroner unless the id says otherwise) and short codes used in the sentence. */
	values: Record<string, StepValue>;
	/** True when the step rests on a rule docs/ marks as an interpretation. */
	interpretation?: boolean;
	/**
	 * Where the rule comes from: the public documents as data (title, the place in it, its
	 * address), so a page can link each; a short written-out citation only where a rule rests on no
	 * document with a title of its own (our reading in docs/). `cite` writes either as one line.
	 */
	source?: StepSourceOf;
}

/** What a step cites: structured sources, or a written-out citation where no document has one. */
export type StepSourceOf = Cited | string;

/** A step, carrying its source as given (structured sources stay structured). */
export function step(
	id: string,
	values: Record<string, StepValue>,
	extra: { interpretation?: boolean; source?: StepSourceOf } = {}
): Step {
	const { source, ...rest } = extra;
	return { id, values, ...rest, ...(source !== undefined ? { source } : {}) };
}
