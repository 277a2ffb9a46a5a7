import { MAX_INPUT_AMOUNT } from '../input/limits';
import { formatKr, formatNumber, t } from './i18n.svelte';
import { keyFromData } from './keys';

/** What an error message is made from: the code and the values the engine or the edge gave. */
export interface ErrorLike {
	code: string;
	values?: Record<string, string | number>;
}

/**
 * The one place an error code becomes a sentence. Every value is formatted here (kroner as
 * kroner), and a value a message needs but the issue lacks is filled in, so no message ever shows
 * an unfilled placeholder: "tooLarge" from the form's own parsing carries no `max`.
 */
export function errorText(issue: ErrorLike): string {
	const values: Record<string, string | number> = { ...issue.values };
	if (issue.code === 'tooLarge' && values.max === undefined) values.max = MAX_INPUT_AMOUNT;
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(values)) {
		if (typeof v !== 'number') out[k] = v;
		else if (k === 'year' || k.endsWith('Year')) out[k] = String(v);
		else if ((k === 'max' && issue.code === 'tooLarge') || k.endsWith('Kr')) out[k] = formatKr(v);
		else out[k] = formatNumber(v, Number.isInteger(v) ? 0 : 2);
	}
	// A code is data (the engine's or the edge's): errors.test.ts asks that every one has words.
	return t(keyFromData('errors', issue.code), out);
}
