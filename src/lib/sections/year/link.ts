import * as z from 'zod/mini';
import { fromCodes } from '../../link/fragment';
import {
	decodeFragment,
	linkHeader,
	optionalTyped,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { decode as decodeForm } from '../calculator/link';
import { BY_CODE, KIND_CODE, defaultYearExtras, type YearForm } from './fields';

/**
 * The year's link (fields.ts writes it) back into its form: the calculator's keys through the
 * calculator's own reader, the year's keys here, both with the link toolkit. Anything malformed
 * in either is `{ ok: false }`.
 *
 *   #v=1&s=y&l=nb&y=2026&b=aap&w=o&c=t8010&q=20000~m~1&ok=w&oa=200000&ob=p&ov=30
 */

const KIND_FROM = fromCodes(KIND_CODE);
const BY_FROM = fromCodes(BY_CODE);

const extrasSchema = z.object({
	...linkHeader('y'),
	ok: z.string().check(z.refine((c) => KIND_FROM(c) !== undefined)),
	oa: optionalTyped,
	ob: z.optional(z.string().check(z.refine((c) => BY_FROM(c) !== undefined))),
	ov: optionalTyped,
	ey: optionalTyped,
	ei: optionalTyped,
	d: optionalTyped,
	ci: optionalTyped,
	pm: optionalTyped,
	pg: optionalTyped,
	fa: optionalTyped,
	f: z.optional(z.literal('1')),
	on: z.optional(z.literal('1'))
});

export function decode(hash: string): FragmentDecode<YearForm> {
	const calc = decodeForm(hash);
	return decodeFragment(hash, extrasSchema, (s) => {
		if (!calc.ok) return null;
		const extra = defaultYearExtras();
		extra.otherKind = KIND_FROM(s.ok)!;
		extra.otherAmount = s.oa ?? '';
		extra.backPayYear = s.ey ?? '';
		extra.backPayEarlierIncome = s.ei ?? '';
		extra.otherBy = s.ob ? BY_FROM(s.ob)! : 'percent';
		extra.otherNav = s.on === '1';
		if (extra.otherNav) extra.otherPercent = s.ov ?? '';
		else if (extra.otherBy === 'table') extra.otherTable = s.ov ?? '';
		else if (extra.otherBy === 'percent') extra.otherPercent = s.ov ?? '';
		else extra.otherWithheld = s.ov ?? '';
		extra.deductions = s.d ?? '';
		extra.capitalIncome = s.ci ?? '';
		extra.pensionMonths = s.pm ?? '';
		extra.pensionGrade = s.pg ?? '';
		extra.birthYear = s.fa ?? '';
		extra.finnmark = s.f === '1';
		return { calc: calc.form, extra };
	});
}
