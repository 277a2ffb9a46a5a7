import * as z from 'zod/mini';
import {
	cardKindFrom,
	decodeFragment,
	linkHeader,
	optionalTyped,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { yearEnum } from '../../years';
import { UFORE_YEARS, defaultUforeForm, type UforeForm } from './fields';

/**
 * The uføretrygd link's reader (fields.ts writes it), with the link toolkit and zod; fetched only
 * when a link is opened. Values travel as typed; anything malformed is `{ ok: false }`, so a
 * broken link never half-applies.
 *
 *   #v=1&s=u&l=nb&y=2026&m=25000&k=t&t=8010&o=100000&op=30
 */

/** The card kinds uføretrygd's section asks for. */
const KINDS: Record<UforeForm['cardKind'], true> = { table: true, percent: true, kildeskatt: true };

const uforeSchema = z.object({
	...linkHeader('u'),
	y: z.enum(yearEnum(UFORE_YEARS)),
	m: optionalTyped,
	bt: optionalTyped,
	k: z.string().check(z.refine((k) => cardKindFrom(k, KINDS) !== undefined)),
	t: optionalTyped,
	pc: optionalTyped,
	o: optionalTyped,
	op: optionalTyped,
	d: optionalTyped,
	fa: optionalTyped,
	f: z.optional(z.literal('1'))
});

export function decode(hash: string): FragmentDecode<UforeForm> {
	return decodeFragment(hash, uforeSchema, (s) => {
		const form = defaultUforeForm();
		form.year = s.y;
		form.monthly = s.m ?? '';
		form.barnetillegg = s.bt ?? '';
		form.cardKind = cardKindFrom(s.k, KINDS)!;
		form.table = s.t ?? '';
		form.percent = s.pc ?? '';
		form.otherIncome = s.o ?? '';
		form.otherPct = s.op ?? '';
		form.deductions = s.d ?? '';
		form.birthYear = s.fa ?? '';
		form.finnmark = s.f === '1';
		return form;
	});
}
