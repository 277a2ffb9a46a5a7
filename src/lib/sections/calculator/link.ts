import * as z from 'zod/mini';
import { BENEFIT_IDS } from '../../engine/nav/benefits';
import { CARD_KINDS, defaultForm, type CalcForm, type PaymentRow } from './fields';
import { FIELD, linkValue, splitRows } from '../../link/fragment';
import {
	cardKindFrom,
	decodeFragment,
	linkHeader,
	typedValue as typed,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { fromMmdd } from './fields';

/** The calculator's link (fields.ts writes it) back into its form, with the link toolkit's zod half. */

const dateish = z.string().check(z.regex(/^(\d{4}|\d{4}-\d{2}-\d{2}|)$/u));

const shareSchema = z.object({
	...linkHeader(),
	y: z.string().check(z.regex(/^\d{4}$/u)),
	b: z.optional(z.enum(BENEFIT_IDS)),
	w: z.optional(z.enum(['o', 'e'])),
	u: z.optional(z.literal('1')),
	// The card's code (its first letter, section/card.ts), then its value.
	c: z.string().check(z.regex(/^[a-z][^~!]{0,40}$/u)),
	cp: z.optional(typed),
	sp: z.optional(z.string().check(z.maxLength(400))),
	x: z.optional(z.string().check(z.regex(/^[kp][^~!]{0,40}$/u))),
	q: z.optional(z.string().check(z.regex(/^[^~!]{0,40}~[mf]~(1[0-2]|[1-9])$/u))),
	p: z.optional(z.string().check(z.maxLength(8000))),
	vw: z.optional(z.literal('t'))
});

/** A decoded calculator link; `view: 'table'` when it was shared showing the caseworker's table. */
export type DecodeResult = FragmentDecode<CalcForm> & { view?: 'table' };

/** A fragment back into a form; anything malformed, truncated or tampered gives `{ ok: false }`. */
export function decode(hash: string): DecodeResult {
	let view: 'table' | undefined;
	const r = decodeFragment(hash, shareSchema, (s) => {
		if (s.vw === 't') view = 'table';
		return build(s);
	});
	return r.ok && view ? { ...r, view } : r;
}

function build(s: z.infer<typeof shareSchema>): CalcForm | null {
	if (s.q === undefined && s.p === undefined) return null;
	const form = defaultForm();
	form.year = s.y;
	form.benefit = s.b ?? '';
	form.meldekortWeeks = s.w === 'e' ? 'even' : 'odd';
	form.withUforetrygd = s.u === '1';
	const kind = cardKindFrom(s.c[0]!, CARD_KINDS);
	if (!kind) return null;
	form.cardKind = kind;
	const cardValue = linkValue(s.c.slice(1));
	if (kind === 'table') {
		form.table = cardValue;
		form.percent = s.cp ?? '';
	}
	if (kind === 'percent') form.percent = cardValue;
	if (kind === 'frikort') form.frikortLimit = cardValue;
	if (s.sp !== undefined) {
		const f = s.sp.split(FIELD);
		const dates = [f[0], f[8], f[9]];
		if (
			(f.length !== 10 && f.length !== 11) ||
			!f.every((v) => typed.safeParse(v).success) ||
			!dates.every((d) => dateish.safeParse(d).success) ||
			(f[1] !== 'm' && f[1] !== 'h')
		)
			return null;
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
		form.extra = linkValue(s.x.slice(1));
	}
	if (s.q !== undefined) {
		const [amount, freq, month] = s.q.split(FIELD) as [string, string, string];
		form.mode = 'quick';
		form.quickAmount = linkValue(amount);
		form.quickFrequency = freq === 'm' ? 'month' : '14days';
		form.quickFromMonth = month;
	} else {
		form.mode = 'list';
		const rows: PaymentRow[] = [];
		for (const parts of splitRows(s.p!)) {
			if (parts.length < 3 || parts.length > 4) return null;
			const [from, to, amount, paidOn = ''] = parts as [string, string, string, string?];
			if (![from, to, paidOn].every((d) => dateish.safeParse(d).success)) return null;
			if (!typed.safeParse(amount).success) return null;
			rows.push({
				from: fromMmdd(from, s.y),
				to: fromMmdd(to, s.y),
				amount: linkValue(amount),
				paidOn: paidOn ? fromMmdd(paidOn, s.y) : ''
			});
		}
		if (rows.length > 400) return null;
		form.payments = rows;
	}
	return form;
}
