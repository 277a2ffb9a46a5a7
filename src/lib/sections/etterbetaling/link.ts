import * as z from 'zod/mini';
import { BENEFIT_IDS } from '../../engine/nav/benefits';
import { splitRows } from '../../link/fragment';
import {
	cardKindFrom,
	decodeFragment,
	linkHeader,
	optionalTyped,
	typedValue,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { yearEnum } from '../../years';
import {
	ANNUAL_YEARS,
	defaultEtterbetalingForm,
	type EtterbetalingForm,
	type PartRow
} from './fields';

/**
 * The back-payment link's reader (fields.ts writes it), with the link toolkit and zod; fetched
 * only when a link is opened. Anything malformed is `{ ok: false }`, never half a form.
 *
 *   #v=1&s=e&l=nb&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2025~250000~!2026~300000~
 */

const year = z.string().check(z.regex(/^\d{4}$/u));
const month = z.string().check(z.regex(/^(1[0-2]|[1-9])$/u));
/** The card kinds the back-payment section asks for. */
const KINDS: Record<EtterbetalingForm['cardKind'], true> = {
	table: true,
	percent: true,
	none: true,
	kildeskatt: true,
	svalbard: true
};

const etterSchema = z.object({
	...linkHeader('e'),
	y: z.enum(yearEnum(ANNUAL_YEARS)),
	b: z.enum(BENEFIT_IDS),
	k: z.string().check(z.refine((k) => cardKindFrom(k, KINDS) !== undefined)),
	t: optionalTyped,
	pc: optionalTyped,
	f: z.optional(z.literal('1')),
	p: z.string().check(z.maxLength(2000)),
	i: z.optional(z.string().check(z.maxLength(2000)))
});
const partSchema = z.tuple([year, typedValue, month, month]);
const incomeSchema = z.tuple([year, typedValue, typedValue]);

export function decode(hash: string): FragmentDecode<EtterbetalingForm> {
	return decodeFragment(hash, etterSchema, (s) => {
		const parts: PartRow[] = [];
		for (const raw of splitRows(s.p)) {
			const row = partSchema.safeParse(raw);
			if (!row.success) return null;
			const [y, amount, fromMonth, toMonth] = row.data;
			parts.push({ year: y, amount, fromMonth, toMonth });
		}
		if (parts.length > 20) return null;
		const income: EtterbetalingForm['income'] = {};
		for (const raw of s.i ? splitRows(s.i) : []) {
			const row = incomeSchema.safeParse(raw);
			if (!row.success || Object.hasOwn(income, row.data[0])) return null;
			income[row.data[0]] = { wage: row.data[1], pension: row.data[2] };
		}
		const form = defaultEtterbetalingForm();
		form.payoutYear = s.y;
		form.benefit = s.b;
		form.cardKind = cardKindFrom(s.k, KINDS)!;
		form.table = s.t ?? '';
		form.percent = s.pc ?? '';
		form.finnmark = s.f === '1';
		form.parts = parts;
		form.income = income;
		return form;
	});
}
