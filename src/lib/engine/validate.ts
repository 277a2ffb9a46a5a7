import { fail, MAX_AMOUNT, type FieldIssue } from './errors';

/**
 * Checks for input that comes from outside the engine (a form, a link, an embed): every module
 * that reads untyped input uses these, so an amount or a percentage is judged the same everywhere.
 * The `…Issue` functions report (one issue, or undefined); `checkAmount` throws.
 */

/** A plain object (not null, not an array). */
export function isObj(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Left out: undefined or null. */
export const absent = (v: unknown): v is undefined | null => v === undefined || v === null;

/** An amount in kroner: a finite number from 0 to MAX_AMOUNT (whole kroner when `integer`). */
export function amountIssue(
	field: string,
	v: unknown,
	opts: { integer?: boolean } = {}
): FieldIssue | undefined {
	if (typeof v !== 'number' || Number.isNaN(v)) return { field, code: 'invalid' };
	if (!Number.isFinite(v)) return { field, code: 'notFinite' };
	if (v < 0) return { field, code: 'negative' };
	if (opts.integer && !Number.isInteger(v)) return { field, code: 'notInteger' };
	if (v > MAX_AMOUNT) return { field, code: 'tooLarge', values: { max: MAX_AMOUNT } };
	return undefined;
}

/** A percentage from 0 to 100. */
export function percentIssue(field: string, v: unknown): FieldIssue | undefined {
	if (typeof v !== 'number' || Number.isNaN(v)) return { field, code: 'invalid' };
	if (!Number.isFinite(v)) return { field, code: 'notFinite' };
	if (v < 0 || v > 100) return { field, code: 'percentRange', values: { min: 0, max: 100 } };
	return undefined;
}

/** The amount, or an EngineError with the one issue `amountIssue` finds. */
export function checkAmount(field: string, v: unknown, opts: { integer?: boolean } = {}): number {
	const bad = amountIssue(field, v, opts);
	if (bad) fail(bad.field, bad.code, bad.values);
	return v as number;
}
