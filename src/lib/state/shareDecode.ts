import * as z from 'zod/mini';
import { isLang, type Lang } from '../i18n/types';
import { BENEFITS, CARD_KINDS, defaultForm, type CalcForm, type PaymentRow } from './form';
import { parseFragment } from './fragment';
import { CARD_FROM_CODE, SHARE_VERSION, amountOut, fromMmdd } from './share';

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
	cp: z.optional(typed),
	sp: z.optional(z.string().check(z.maxLength(400))),
	x: z.optional(z.string().check(z.regex(/^[kp][^~!]{0,40}$/u))),
	q: z.optional(z.string().check(z.regex(/^[^~!]{0,40}~[mf]~(1[0-2]|[1-9])$/u))),
	p: z.optional(z.string().check(z.maxLength(8000))),
	vw: z.optional(z.literal('t'))
});

export type DecodeResult =
	{ ok: true; form: CalcForm; lang?: Lang; view?: 'table' } | { ok: false };

/** A fragment back into a form; anything malformed, truncated or tampered gives `{ ok: false }`. */
export function decodeForm(hash: string): DecodeResult {
	try {
		const obj = parseFragment(hash);
		if (!obj) return { ok: false };
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
		if (kind === 'table') {
			form.table = cardValue;
			form.percent = s.cp ?? '';
		}
		if (kind === 'percent') form.percent = cardValue;
		if (kind === 'frikort') form.frikortLimit = cardValue;
		if (s.sp !== undefined) {
			const f = s.sp.split('~');
			const dates = [f[0], f[8], f[9]];
			if (
				(f.length !== 10 && f.length !== 11) ||
				!f.every((v) => typed.safeParse(v).success) ||
				!dates.every((d) => dateish.safeParse(d).success) ||
				(f[1] !== 'm' && f[1] !== 'h')
			)
				return { ok: false };
			const [firstDay, kind, m1, m2, m3, hourlyIncome, daysWorked, g, from, to, grade] = f as [
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string,
				string
			];
			form.sykepenger = {
				firstDay,
				kind: kind === 'h' ? 'hourly' : 'monthly',
				months: [m1, m2, m3],
				hourlyIncome,
				daysWorked,
				g,
				from,
				to,
				grade: grade ?? ''
			};
		}
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
		return {
			ok: true,
			form,
			...(s.l && isLang(s.l) ? { lang: s.l } : {}),
			...(s.vw === 't' ? { view: 'table' as const } : {})
		};
	} catch {
		return { ok: false };
	}
}
