import { cite, type Cited } from './rules/source';

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
	 * Where the rule comes from: a short citation (not user-facing prose) naming public documents
	 * and, for the rule in our words, the repo's docs/ (never a file outside the repo).
	 */
	source?: string;
}

/** A step; a structured source (rules data) is cited as its short string. */
export function step(
	id: string,
	values: Record<string, StepValue>,
	extra: { interpretation?: boolean; source?: string | Cited } = {}
): Step {
	const { source, ...rest } = extra;
	return { id, values, ...rest, ...(source !== undefined ? { source: cite(source) } : {}) };
}
