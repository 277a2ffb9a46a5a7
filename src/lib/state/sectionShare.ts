import * as z from 'zod/mini';
import { PERIODS } from '../engine/tabelltrekk';
import { BENEFITS } from './form';
import {
	ANNUAL_YEARS,
	ETTER_CARD_FROM,
	defaultEtterbetalingForm,
	type EtterbetalingForm,
	type PartRow
} from './etterbetalingFields';
import { splitRows } from './fragment';
import {
	decodeFragment,
	linkHeader,
	typedValue as typed,
	type FragmentDecode
} from './fragmentSchema';
import type { TableForm } from './tableForm';
import { UFORE_CARD_FROM, UFORE_YEARS, defaultUforeForm, type UforeForm } from './uforeFields';
import { WITHHOLDING_YEARS, yearEnum } from './years';

/**
 * The uføretrygd, etterbetaling and table pages keep what was typed in the URL fragment too, like
 * the main calculator (share.ts), written and read with the same link toolkit (fragment.ts,
 * fragmentSchema.ts): a reload, a shared link, back and forward all restore it.
 *
 *   #v=1&s=u&l=nb&y=2026&m=25000&k=t&t=8010&o=100000&op=30
 *   #v=1&s=e&l=nb&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2025~250000~!2026~300000~
 *   #v=1&s=t&l=nb&y=2026&t=8010&p=month&q=30000
 *
 * Values travel as typed (strings); decoding checks their shape with zod and gives
 * `{ ok: false }` for anything malformed, so a broken link never half-applies.
 */
export type SectionDecode<F> = FragmentDecode<F>;

const optionalTyped = z.optional(typed);
const year = z.string().check(z.regex(/^\d{4}$/u));

// ---------------------------------------------------------------------------------------------
// Uføretrygd

export { encodeUfore } from './uforeFields';

const uforeSchema = z.object({
	...linkHeader('u'),
	y: z.enum(yearEnum(UFORE_YEARS)),
	m: optionalTyped,
	bt: optionalTyped,
	k: z.string().check(z.refine((k) => UFORE_CARD_FROM(k) !== undefined)),
	t: optionalTyped,
	pc: optionalTyped,
	o: optionalTyped,
	op: optionalTyped,
	d: optionalTyped,
	f: z.optional(z.literal('1'))
});

export function decodeUfore(hash: string): SectionDecode<UforeForm> {
	return decodeFragment(hash, uforeSchema, (s) => {
		const form = defaultUforeForm();
		form.year = s.y;
		form.monthly = s.m ?? '';
		form.barnetillegg = s.bt ?? '';
		form.cardKind = UFORE_CARD_FROM(s.k)!;
		form.table = s.t ?? '';
		form.percent = s.pc ?? '';
		form.otherIncome = s.o ?? '';
		form.otherPct = s.op ?? '';
		form.deductions = s.d ?? '';
		form.finnmark = s.f === '1';
		return form;
	});
}

// ---------------------------------------------------------------------------------------------
// Etterbetaling

export { encodeEtterbetaling } from './etterbetalingFields';

const month = z.string().check(z.regex(/^(1[0-2]|[1-9])$/u));
const etterSchema = z.object({
	...linkHeader('e'),
	y: z.enum(yearEnum(ANNUAL_YEARS)),
	b: z.enum(BENEFITS),
	k: z.string().check(z.refine((k) => ETTER_CARD_FROM(k) !== undefined)),
	t: optionalTyped,
	pc: optionalTyped,
	f: z.optional(z.literal('1')),
	p: z.string().check(z.maxLength(2000)),
	i: z.optional(z.string().check(z.maxLength(2000)))
});
const partSchema = z.tuple([year, typed, month, month]);
const incomeSchema = z.tuple([year, typed, typed]);

export function decodeEtterbetaling(hash: string): SectionDecode<EtterbetalingForm> {
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
		form.cardKind = ETTER_CARD_FROM(s.k)!;
		form.table = s.t ?? '';
		form.percent = s.pc ?? '';
		form.finnmark = s.f === '1';
		form.parts = parts;
		form.income = income;
		return form;
	});
}

// ---------------------------------------------------------------------------------------------
// Whole tables

export { defaultTableForm, encodeTable, type TableForm } from './tableForm';

const tableSchema = z.object({
	...linkHeader('t'),
	y: z.enum(yearEnum(WITHHOLDING_YEARS)),
	t: optionalTyped,
	p: z.enum(PERIODS as readonly string[] as [string, ...string[]]),
	q: optionalTyped
});

export function decodeTable(hash: string): SectionDecode<TableForm> {
	return decodeFragment(hash, tableSchema, (s) => ({
		year: s.y,
		table: s.t ?? '',
		period: s.p,
		search: s.q ?? ''
	}));
}
