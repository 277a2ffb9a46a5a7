import * as z from 'zod/mini';
import { parseAmount, parsePercent } from './number';

type Parser = (s: string) => { ok: true; value: number } | { ok: false; code: string };

/**
 * zod schemas for what people type. Each failure carries the `errors:` message code as its
 * message, so the UI can word it in the user's language next to the field.
 */
function fromParser(parse: Parser) {
	return z.pipe(
		z.string(),
		z.transform((s: string, ctx) => {
			const r = parse(s);
			if (!r.ok) {
				ctx.issues.push({ code: 'custom', message: r.code, input: s });
				return z.NEVER;
			}
			return r.value;
		})
	);
}

export const kroner = fromParser((s) => parseAmount(s));
export const wholeKroner = fromParser((s) => parseAmount(s, { decimals: 0 }));
export const percent = fromParser(parsePercent);

/** An optional field: blank is `undefined`, anything else must pass the parser. */
function optionalOf(parse: Parser) {
	return z.pipe(
		z.string(),
		z.transform((s: string, ctx) => {
			if (s.trim() === '') return undefined;
			const r = parse(s);
			if (!r.ok) {
				ctx.issues.push({ code: 'custom', message: r.code, input: s });
				return z.NEVER;
			}
			return r.value;
		})
	);
}

export const optionalKroner = optionalOf((s) => parseAmount(s));
export const optionalPercent = optionalOf(parsePercent);

export const isoDate = z.pipe(
	z.string(),
	z.transform((s: string, ctx) => {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s.trim());
		const d = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : null;
		if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s.trim()) {
			ctx.issues.push({
				code: 'custom',
				message: s.trim() === '' ? 'required' : 'badDate',
				input: s
			});
			return z.NEVER;
		}
		return s.trim();
	})
);

export interface FormIssue {
	field: string;
	code: string;
	values?: Record<string, string | number>;
}

/** zod issues as field issues: path joined with dots, message as the code. */
export function toFormIssues(
	issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>
): FormIssue[] {
	return issues.map((i) => ({
		field: i.path.map(String).join('.'),
		code: i.code === 'custom' ? i.message : i.code === 'invalid_value' ? 'required' : 'invalid'
	}));
}
