import * as z from 'zod/mini';
import { isLang, type Lang } from '../i18n/types';
import { BENEFITS, CARD_KINDS, defaultForm, type CalcForm, type PaymentRow } from './form';

/**
 * The whole scenario in the URL fragment (`#…`, never sent to a server), short enough for an SMS
 * for a typical case, versioned, and parsed with zod on load. What is stored is what the person
 * typed (strings), so a link reproduces the same form and therefore the same results.
 *
 *   #v=1&l=nb&y=2026&b=uforetrygd&c=t8010&x=k1000&q=25000,m,1
 *   #v=1&y=2026&b=dagpenger&c=t8000&p=0302-0315-15000,0316-0329-15000
 *
 * Payment rows: MMDD-MMDD-amount[-MMDD paid], dates inside the form's year.
 */
export const SHARE_VERSION = '1';

const CARD_CODE: Record<CalcForm['cardKind'], string> = {
	table: 't',
	percent: 'p',
	frikort: 'f',
	none: 'n',
	kildeskatt: 'k',
	svalbard: 's'
};
const CARD_FROM_CODE = Object.fromEntries(
	Object.entries(CARD_CODE).map(([k, v]) => [v, k])
) as Record<string, CalcForm['cardKind']>;

function mmdd(iso: string, year: string): string {
	return iso.startsWith(`${year}-`) ? iso.slice(5).replace('-', '') : iso;
}
function fromMmdd(v: string, year: string): string {
	return /^\d{4}$/u.test(v) ? `${year}-${v.slice(0, 2)}-${v.slice(2)}` : v;
}
/** Values travel as typed (so a reload keeps even a mistake), without spaces and list separators. */
function amountOut(s: string): string {
	return s.replace(/[\s\u00a0\u202f~!]/gu, '').slice(0, 40);
}

/** Percent-encode only what a fragment cannot carry as it is, so links stay short and readable. */
function encodeValue(v: string): string {
	return v.replace(/[^A-Za-z0-9\-._~!,*:()]/gu, (c) => encodeURIComponent(c));
}

class Params {
	private readonly pairs: Array<[string, string]> = [];
	set(k: string, v: string): void {
		this.pairs.push([k, v]);
	}
	toString(): string {
		return this.pairs.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
	}
}

export function encodeForm(form: CalcForm, lang: Lang): string {
	const p = new Params();
	p.set('v', SHARE_VERSION);
	p.set('l', lang);
	p.set('y', form.year);
	if (form.benefit) p.set('b', form.benefit);
	if (form.benefit === 'aap' || form.benefit === 'dagpenger')
		p.set('w', form.meldekortWeeks === 'odd' ? 'o' : 'e');
	if (form.benefit === 'gjenlevende' && form.withUforetrygd) p.set('u', '1');
	const cardValue =
		form.cardKind === 'table'
			? form.table
			: form.cardKind === 'percent'
				? form.percent
				: form.cardKind === 'frikort'
					? form.frikortLimit
					: '';
	p.set('c', CARD_CODE[form.cardKind] + amountOut(cardValue));
	if (form.extraKind !== 'none')
		p.set('x', (form.extraKind === 'kroner' ? 'k' : 'p') + amountOut(form.extra));
	if (form.mode === 'quick') {
		p.set(
			'q',
			[
				amountOut(form.quickAmount),
				form.quickFrequency === 'month' ? 'm' : 'f',
				form.quickFromMonth
			].join('~')
		);
	} else {
		p.set(
			'p',
			form.payments
				.map((r) =>
					[
						mmdd(r.from, form.year),
						mmdd(r.to, form.year),
						amountOut(r.amount),
						r.paidOn ? mmdd(r.paidOn, form.year) : ''
					]
						.join('~')
						.replace(/~$/u, '')
				)
				.join('!')
		);
	}
	return p.toString();
}

const typed = z.string().check(z.maxLength(40), z.regex(/^[^~!]*$/u));
const dateish = z.string().check(z.regex(/^(\d{4}|\d{4}-\d{2}-\d{2}|)$/u));

const shareSchema = z.object({
	v: z.literal(SHARE_VERSION),
	l: z.optional(z.string().check(z.refine(isLang))),
	y: z.string().check(z.regex(/^\d{4}$/u)),
	b: z.optional(z.enum(BENEFITS)),
	w: z.optional(z.enum(['o', 'e'])),
	u: z.optional(z.literal('1')),
	c: z.string().check(z.regex(/^[tpfnks][^~!]{0,40}$/u)),
	x: z.optional(z.string().check(z.regex(/^[kp][^~!]{0,40}$/u))),
	q: z.optional(z.string().check(z.regex(/^[^~!]{0,40}~[mf]~(1[0-2]|[1-9])$/u))),
	p: z.optional(z.string().check(z.maxLength(8000)))
});

export type DecodeResult = { ok: true; form: CalcForm; lang?: Lang } | { ok: false };

/** A fragment back into a form; anything malformed, truncated or tampered gives `{ ok: false }`. */
export function decodeForm(hash: string): DecodeResult {
	try {
		const raw = hash.replace(/^#/u, '');
		if (raw === '') return { ok: false };
		const obj: Record<string, string> = {};
		for (const pair of raw.split('&')) {
			const eq = pair.indexOf('=');
			if (eq < 1) return { ok: false };
			const k = pair.slice(0, eq);
			if (k in obj) return { ok: false };
			obj[k] = decodeURIComponent(pair.slice(eq + 1));
		}
		const r = shareSchema.safeParse(obj);
		if (!r.success) return { ok: false };
		const s = r.data;
		if (s.q === undefined && s.p === undefined) return { ok: false };
		const form = defaultForm();
		form.year = s.y;
		form.benefit = s.b ?? '';
		form.meldekortWeeks = s.w === 'e' ? 'even' : 'odd';
		form.withUforetrygd = s.u === '1';
		const kind = CARD_FROM_CODE[s.c[0]!];
		if (!kind || !(CARD_KINDS as readonly string[]).includes(kind)) return { ok: false };
		form.cardKind = kind;
		const cardValue = amountOut(s.c.slice(1));
		if (kind === 'table') form.table = cardValue;
		if (kind === 'percent') form.percent = cardValue;
		if (kind === 'frikort') form.frikortLimit = cardValue;
		if (s.x) {
			form.extraKind = s.x[0] === 'k' ? 'kroner' : 'percent';
			form.extra = amountOut(s.x.slice(1));
		}
		if (s.q !== undefined) {
			const [amount, freq, month] = s.q.split('~') as [string, string, string];
			form.mode = 'quick';
			form.quickAmount = amountOut(amount);
			form.quickFrequency = freq === 'm' ? 'month' : '14days';
			form.quickFromMonth = month;
		} else {
			form.mode = 'list';
			const rows: PaymentRow[] = [];
			for (const item of s.p!.split('!')) {
				const parts = item.split('~');
				if (parts.length < 3 || parts.length > 4) return { ok: false };
				const [from, to, amount, paidOn = ''] = parts as [string, string, string, string?];
				if (![from, to, paidOn].every((d) => dateish.safeParse(d).success)) return { ok: false };
				if (!typed.safeParse(amount).success) return { ok: false };
				rows.push({
					from: fromMmdd(from, s.y),
					to: fromMmdd(to, s.y),
					amount: amountOut(amount),
					paidOn: paidOn ? fromMmdd(paidOn, s.y) : ''
				});
			}
			if (rows.length > 400) return { ok: false };
			form.payments = rows;
		}
		return { ok: true, form, ...(s.l && isLang(s.l) ? { lang: s.l } : {}) };
	} catch {
		return { ok: false };
	}
}
