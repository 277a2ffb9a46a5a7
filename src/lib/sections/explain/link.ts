import * as z from 'zod/mini';
import { BENEFIT_IDS } from '../../engine/nav/benefits';
import { splitRows } from '../../link/fragment';
import {
	decodeFragment,
	linkHeader,
	typedValue,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { EXPLAIN_YEARS, type EarlierRow, type ExplainForm } from './fields';

/**
 * The explain page's link (fields.ts writes it) back into its form, with the link toolkit and
 * zod; anything malformed is `{ ok: false }`, never half a form.
 *
 *   #v=1&s=x&l=nb&y=2026&b=uforetrygd&p=2026-05-01~2026-05-31~25000~7000~&x=k1000
 */

/** A date as typed into a date field: digits and dashes. */
const dateTyped = z.string().check(z.maxLength(10), z.regex(/^[0-9-]*$/u));

const schema = z.object({
	...linkHeader('x'),
	y: z.enum(EXPLAIN_YEARS as [string, ...string[]]),
	b: z.enum(BENEFIT_IDS),
	p: z.string().check(z.maxLength(200)),
	e: z.optional(z.string().check(z.maxLength(2000))),
	x: z.optional(z.string().check(z.regex(/^[kp][^~!]{0,40}$/u)))
});
const paymentSchema = z.tuple([dateTyped, dateTyped, typedValue, typedValue, dateTyped]);
// The paid date is left out when it was blank (and in links made before it was asked for).
const earlierSchema = z.tuple([dateTyped, dateTyped, typedValue, typedValue, dateTyped]);

export function decode(hash: string): FragmentDecode<ExplainForm> {
	return decodeFragment(hash, schema, (s) => {
		const rows = splitRows(s.p);
		const pay = rows.length === 1 ? paymentSchema.safeParse(rows[0]) : null;
		if (!pay?.success) return null;
		const earlier: EarlierRow[] = [];
		for (const raw of s.e ? splitRows(s.e) : []) {
			const row = earlierSchema.safeParse(raw.length === 4 ? [...raw, ''] : raw);
			if (!row.success) return null;
			const [from, to, amount, withheld, paidOn] = row.data;
			earlier.push({ from, to, amount, withheld, paidOn });
		}
		if (earlier.length > 10) return null;
		const [from, to, amount, withheld, paidOn] = pay.data;
		return {
			year: s.y,
			benefit: s.b,
			from,
			to,
			amount,
			withheld,
			paidOn,
			earlier,
			extraKind: s.x ? (s.x[0] === 'k' ? 'kroner' : 'percent') : 'none',
			extra: s.x ? s.x.slice(1) : ''
		};
	});
}
