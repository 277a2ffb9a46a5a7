import * as z from 'zod/mini';
import { BENEFIT_IDS } from '../../engine/nav/benefits';
import { splitRows } from '../../link/fragment';
import {
	decodeFragment,
	linkHeader,
	typedValue,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { fromMmdd } from '../calculator/fields';
import { CHECK_YEARS, type CheckForm, type CheckRow } from './fields';

/**
 * The check page's link (fields.ts writes it) back into its form, with the link toolkit and zod;
 * anything malformed is `{ ok: false }`, never half a form.
 *
 *   #v=1&s=k&l=nb&y=2026&b=aap&c=f&r=0105~0118~15000~2230!0119~0201~15000~1352~0203
 */

/** At most this many rows in a link (a payroll-sized list is imported, not linked). */
export const MAX_LINK_ROWS = 400;

const schema = z.object({
	...linkHeader('k'),
	y: z.enum(CHECK_YEARS as [string, ...string[]]),
	b: z.enum(BENEFIT_IDS),
	c: z.string().check(z.regex(/^(f|[tp][^~!]{0,40})$/u)),
	r: z.string().check(z.maxLength(MAX_LINK_ROWS * 100))
});
const rowSchema = z.tuple([typedValue, typedValue, typedValue, typedValue, typedValue]);

export function decode(hash: string): FragmentDecode<CheckForm> {
	return decodeFragment(hash, schema, (s) => {
		const raw = splitRows(s.r);
		if (raw.length > MAX_LINK_ROWS) return null;
		const rows: CheckRow[] = [];
		for (const r of raw) {
			const row = rowSchema.safeParse(r.length === 4 ? [...r, ''] : r);
			if (!row.success) return null;
			const [from, to, amount, withheld, paidOn] = row.data;
			rows.push({
				from: fromMmdd(from, s.y),
				to: fromMmdd(to, s.y),
				amount,
				withheld,
				paidOn: fromMmdd(paidOn, s.y)
			});
		}
		const kind = s.c[0] === 'f' ? 'find' : s.c[0] === 't' ? 'table' : 'percent';
		return {
			year: s.y,
			benefit: s.b,
			cardKind: kind,
			table: kind === 'table' ? s.c.slice(1) : '',
			percent: kind === 'percent' ? s.c.slice(1) : '',
			rows
		};
	});
}
