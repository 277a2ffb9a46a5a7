import * as z from 'zod/mini';
import { PERIODS, TABLE_YEARS } from '../engine';
import { isLang, type Lang } from '../i18n/types';
import { BENEFITS } from './form';
import {
	ANNUAL_YEARS,
	defaultEtterbetalingForm,
	type EtterbetalingForm,
	type PartRow
} from './etterbetalingForm';
import { parseFragment } from './fragment';
import { SHARE_VERSION, amountOut } from './share';
import { UFORE_YEARS, defaultUforeForm, type UforeForm } from './uforeForm';

/**
 * The uføretrygd, etterbetaling and table pages keep what was typed in the URL fragment too, like
 * the main calculator (share.ts): a reload, a shared link, back and forward all restore it.
 *
 *   #v=1&s=u&l=nb&y=2026&m=25000&k=t&t=8010&o=100000&op=30
 *   #v=1&s=e&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2026~300000~!2025~250000~
 *   #v=1&s=t&y=2026&t=8010&p=month&q=30000
 *
 * Values travel as typed (strings); decoding checks their shape with zod and gives
 * `{ ok: false }` for anything malformed, so a broken link never half-applies.
 */
export type SectionDecode<F> = { ok: true; form: F; lang?: Lang } | { ok: false };

const typed = z.string().check(z.maxLength(40), z.regex(/^[^~!]*$/u));
const optionalTyped = z.optional(typed);
const year = z.string().check(z.regex(/^\d{4}$/u));
const langField = z.optional(z.string().check(z.refine(isLang)));

function start(section: 'u' | 'e' | 't', lang: Lang): URLSearchParams {
	const p = new URLSearchParams();
	p.set('v', SHARE_VERSION);
	p.set('s', section);
	p.set('l', lang);
	return p;
}
function setIf(p: URLSearchParams, key: string, value: string): void {
	const v = amountOut(value);
	if (v !== '') p.set(key, v);
}
function text(p: URLSearchParams): string {
	// Commas, tildes and exclamation marks stay readable in the link.
	return p.toString().replace(/%7E/giu, '~').replace(/%21/gu, '!').replace(/%2C/giu, ',');
}

// ---------------------------------------------------------------------------------------------
// Uføretrygd

const UFORE_CARD: Record<UforeForm['cardKind'], string> = {
	table: 't',
	percent: 'p',
	kildeskatt: 'k'
};

export function encodeUfore(form: UforeForm, lang: Lang): string {
	const p = start('u', lang);
	p.set('y', form.year);
	setIf(p, 'm', form.monthly);
	setIf(p, 'bt', form.barnetillegg);
	p.set('k', UFORE_CARD[form.cardKind]);
	if (form.cardKind === 'table') setIf(p, 't', form.table);
	if (form.cardKind === 'percent') setIf(p, 'pc', form.percent);
	setIf(p, 'o', form.otherIncome);
	setIf(p, 'op', form.otherPct);
	setIf(p, 'd', form.deductions);
	if (form.finnmark) p.set('f', '1');
	return text(p);
}

const uforeSchema = z.object({
	v: z.literal(SHARE_VERSION),
	s: z.literal('u'),
	l: langField,
	y: z.enum(UFORE_YEARS),
	m: optionalTyped,
	bt: optionalTyped,
	k: z.enum(['t', 'p', 'k']),
	t: optionalTyped,
	pc: optionalTyped,
	o: optionalTyped,
	op: optionalTyped,
	d: optionalTyped,
	f: z.optional(z.literal('1'))
});

export function decodeUfore(hash: string): SectionDecode<UforeForm> {
	const obj = parseFragment(hash);
	const r = obj ? uforeSchema.safeParse(obj) : null;
	if (!r?.success) return { ok: false };
	const s = r.data;
	const form = defaultUforeForm();
	form.year = s.y;
	form.monthly = s.m ?? '';
	form.barnetillegg = s.bt ?? '';
	form.cardKind = s.k === 't' ? 'table' : s.k === 'p' ? 'percent' : 'kildeskatt';
	form.table = s.t ?? '';
	form.percent = s.pc ?? '';
	form.otherIncome = s.o ?? '';
	form.otherPct = s.op ?? '';
	form.deductions = s.d ?? '';
	form.finnmark = s.f === '1';
	return { ok: true, form, ...(s.l && isLang(s.l) ? { lang: s.l } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Etterbetaling

const ETTER_CARD: Record<EtterbetalingForm['cardKind'], string> = {
	table: 't',
	none: 'n',
	kildeskatt: 'k'
};

export function encodeEtterbetaling(form: EtterbetalingForm, lang: Lang): string {
	const p = start('e', lang);
	p.set('y', form.payoutYear);
	p.set('b', form.benefit);
	p.set('k', ETTER_CARD[form.cardKind]);
	if (form.cardKind === 'table') setIf(p, 't', form.table);
	if (form.finnmark) p.set('f', '1');
	p.set(
		'p',
		form.parts.map((r) => [r.year, amountOut(r.amount), r.fromMonth, r.toMonth].join('~')).join('!')
	);
	const income = Object.entries(form.income)
		.filter(([, v]) => v.wage.trim() !== '' || v.pension.trim() !== '')
		.map(([y, v]) => [y, amountOut(v.wage), amountOut(v.pension)].join('~'));
	if (income.length > 0) p.set('i', income.join('!'));
	return text(p);
}

const month = z.string().check(z.regex(/^(1[0-2]|[1-9])$/u));
const etterSchema = z.object({
	v: z.literal(SHARE_VERSION),
	s: z.literal('e'),
	l: langField,
	y: z.enum(ANNUAL_YEARS),
	b: z.enum(BENEFITS),
	k: z.enum(['t', 'n', 'k']),
	t: optionalTyped,
	f: z.optional(z.literal('1')),
	p: z.string().check(z.maxLength(2000)),
	i: z.optional(z.string().check(z.maxLength(2000)))
});
const partSchema = z.tuple([year, typed, month, month]);
const incomeSchema = z.tuple([year, typed, typed]);

export function decodeEtterbetaling(hash: string): SectionDecode<EtterbetalingForm> {
	const obj = parseFragment(hash);
	const r = obj ? etterSchema.safeParse(obj) : null;
	if (!r?.success) return { ok: false };
	const s = r.data;
	const parts: PartRow[] = [];
	for (const raw of s.p.split('!')) {
		const row = partSchema.safeParse(raw.split('~'));
		if (!row.success) return { ok: false };
		const [y, amount, fromMonth, toMonth] = row.data;
		parts.push({ year: y, amount, fromMonth, toMonth });
	}
	if (parts.length > 20) return { ok: false };
	const income: EtterbetalingForm['income'] = {};
	for (const raw of s.i ? s.i.split('!') : []) {
		const row = incomeSchema.safeParse(raw.split('~'));
		if (!row.success || Object.hasOwn(income, row.data[0])) return { ok: false };
		income[row.data[0]] = { wage: row.data[1], pension: row.data[2] };
	}
	const form = defaultEtterbetalingForm();
	form.payoutYear = s.y;
	form.benefit = s.b;
	form.cardKind = s.k === 't' ? 'table' : s.k === 'n' ? 'none' : 'kildeskatt';
	form.table = s.t ?? '';
	form.finnmark = s.f === '1';
	form.parts = parts;
	form.income = income;
	return { ok: true, form, ...(s.l && isLang(s.l) ? { lang: s.l } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Whole tables

export interface TableForm {
	year: string;
	table: string;
	period: string;
	search: string;
}

export function defaultTableForm(): TableForm {
	return {
		year: String(TABLE_YEARS[TABLE_YEARS.length - 1] ?? 2026),
		table: '8010',
		period: 'month',
		search: ''
	};
}

export function encodeTable(form: TableForm, lang: Lang): string {
	const p = start('t', lang);
	p.set('y', form.year);
	setIf(p, 't', form.table);
	p.set('p', form.period);
	setIf(p, 'q', form.search);
	return text(p);
}

const tableSchema = z.object({
	v: z.literal(SHARE_VERSION),
	s: z.literal('t'),
	l: langField,
	y: z.enum(TABLE_YEARS.map(String) as [string, ...string[]]),
	t: optionalTyped,
	p: z.enum(PERIODS as readonly string[] as [string, ...string[]]),
	q: optionalTyped
});

export function decodeTable(hash: string): SectionDecode<TableForm> {
	const obj = parseFragment(hash);
	const r = obj ? tableSchema.safeParse(obj) : null;
	if (!r?.success) return { ok: false };
	const s = r.data;
	const form: TableForm = { year: s.y, table: s.t ?? '', period: s.p, search: s.q ?? '' };
	return { ok: true, form, ...(s.l && isLang(s.l) ? { lang: s.l } : {}) };
}
