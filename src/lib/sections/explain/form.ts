import * as z from 'zod/mini';
import {
	EngineError,
	explainPayment,
	type Benefit,
	type ExplainCause,
	type ExplainResult
} from '../../engine';
import { isoDate, kroner, percent, wholeKroner, type FormIssue } from '../../input/zod';
import { isLang, type Lang } from '../../i18n/types';
import { BENEFIT_IDS as BENEFITS } from '../../engine/nav/benefits';
import { parseFragment } from '../../link/fragment';
import { LINK_VERSION, linkValue } from '../../link/fragment';
import type { FragmentDecode } from '../../link/fragmentSchema';
import { EXPLAIN_YEARS, type EarlierRow, type ExplainForm } from './fields';

/**
 * The "Explain a payment" page: the payment notice (utbetalingsmelding) as typed, parsed with zod
 * at the edge, then `explainPayment`. Field names follow the engine's (`payment.amount`,
 * `withheld`, `earlier.0.withheld`, `extra.kroner`), so engine and form issues land on the same field.
 */
export {
	EXPLAIN_YEARS,
	defaultExplainForm,
	emptyEarlier,
	encodeExplain,
	type EarlierRow,
	type ExplainForm
} from './fields';

export type ExplainOutcome =
	{ kind: 'result'; result: ExplainResult } | { kind: 'issues'; issues: FormIssue[] };

/** NAV's notice shows what is withheld as a deduction ("-3 377"): a leading minus is allowed. */
function unsigned(s: string): string {
	return s.trim().replace(/^[-\u2212\u2012\u2013\u2014]\s*/u, '');
}

export function computeExplain(form: ExplainForm): ExplainOutcome {
	const issues: FormIssue[] = [];
	const field = <T>(
		name: string,
		schema: z.ZodMiniType<T, string>,
		value: string
	): T | undefined => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		issues.push({ field: name, code: r.error.issues[0]?.message ?? 'invalid' });
		return undefined;
	};
	const benefit = (BENEFITS as readonly string[]).includes(form.benefit)
		? (form.benefit as Benefit)
		: undefined;
	if (!benefit) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	const from = field('payment.from', isoDate, form.from);
	const to = field('payment.to', isoDate, form.to);
	const amount = field('payment.amount', kroner, form.amount);
	const withheld = field('withheld', wholeKroner, unsigned(form.withheld));
	const paidOn = form.paidOn.trim() === '' ? '' : field('payment.paidOn', isoDate, form.paidOn);
	const earlier = form.earlier.map((row, i) => ({
		from: field(`earlier.${i}.from`, isoDate, row.from),
		to: field(`earlier.${i}.to`, isoDate, row.to),
		amount: field(`earlier.${i}.amount`, kroner, row.amount),
		withheld: field(`earlier.${i}.withheld`, wholeKroner, unsigned(row.withheld))
	}));
	let extra: { kroner: number } | { percent: number } | undefined;
	if (form.extraKind === 'kroner') {
		const v = field('extra.kroner', kroner, form.extra);
		if (v !== undefined) extra = { kroner: v };
	} else if (form.extraKind === 'percent') {
		const v = field('extra.percent', percent, form.extra);
		if (v !== undefined) extra = { percent: v };
	}
	if (
		issues.length > 0 ||
		!benefit ||
		from === undefined ||
		to === undefined ||
		amount === undefined ||
		withheld === undefined ||
		paidOn === undefined
	)
		return { kind: 'issues', issues };
	try {
		const result = explainPayment({
			year: Number(form.year),
			benefit,
			payment: { from, to, amount, ...(paidOn ? { paidOn } : {}) },
			withheld,
			earlier: earlier.map((e) => ({
				from: e.from!,
				to: e.to!,
				amount: e.amount!,
				withheld: e.withheld!
			})),
			...(extra ? { extra } : {})
		});
		return { kind: 'result', result };
	} catch (e) {
		if (e instanceof EngineError)
			return {
				kind: 'issues',
				issues: e.issues.map((i) => ({
					field: i.field === 'year' ? 'year' : i.field,
					code: i.code,
					...(i.values ? { values: i.values } : {})
				}))
			};
		return { kind: 'issues', issues: [{ field: 'payment.amount', code: 'invalid' }] };
	}
}

// ---------------------------------------------------------------------------------------------
// Carrying a found card into the calculator (the calculator's link format, calculator/fields.ts, quick mode from this month on).

const CALC_CARD: Partial<Record<string, string>> = {
	noCard: 'n',
	noCardPension: 'n',
	barnepensjon: 'n',
	kildeskatt: 'k',
	svalbard: 's'
};

/**
 * The calculator's share fragment (without `#`) for a cause, or undefined when the cause is no
 * card the calculator takes (a back payment for earlier years, or "any table").
 */
export function calculatorFragment(
	form: ExplainForm,
	result: ExplainResult,
	cause: ExplainCause,
	lang: Lang
): string | undefined {
	let card: string | undefined;
	if (cause.kind === 'percent')
		card = cause.why === 'percentCard' ? `p${cause.percent}` : CALC_CARD[cause.why];
	else if (cause.kind === 'frikort') card = 'f';
	else if (!cause.allTables) card = `t${cause.shownTable}`;
	if (!card) return undefined;
	const month = Number(form.from.slice(5, 7));
	if (!(month >= 1 && month <= 12)) return undefined;
	const parts = [
		'v=' + LINK_VERSION,
		'l=' + lang,
		'y=' + result.year,
		'b=' + result.benefit,
		'c=' + encodeURIComponent(card),
		...(form.extraKind !== 'none' && form.extra.trim()
			? [
					'x=' +
						(form.extraKind === 'kroner' ? 'k' : 'p') +
						encodeURIComponent(linkValue(form.extra))
				]
			: []),
		'q=' +
			[encodeURIComponent(String(result.gross)), result.days >= 25 ? 'm' : 'f', String(month)].join(
				'~'
			)
	];
	return parts.join('&');
}

// ---------------------------------------------------------------------------------------------
// The page's own share fragment:
//   #v=1&s=x&l=nb&y=2026&b=uforetrygd&p=2026-05-01~2026-05-31~25000~7000~&e=…!…&x=k1000

const typed = z.string().check(z.maxLength(40), z.regex(/^[^~!]*$/u));
const dateTyped = z.string().check(z.maxLength(10), z.regex(/^[0-9-]*$/u));

const schema = z.object({
	v: z.literal(LINK_VERSION),
	s: z.literal('x'),
	l: z.optional(z.string().check(z.refine(isLang))),
	y: z.enum(EXPLAIN_YEARS as [string, ...string[]]),
	b: z.enum(BENEFITS),
	p: z.string().check(z.maxLength(200)),
	e: z.optional(z.string().check(z.maxLength(2000))),
	x: z.optional(z.string().check(z.regex(/^[kp][^~!]{0,40}$/u)))
});
const paymentSchema = z.tuple([dateTyped, dateTyped, typed, typed, dateTyped]);
const earlierSchema = z.tuple([dateTyped, dateTyped, typed, typed]);

export function decodeExplain(hash: string): FragmentDecode<ExplainForm> {
	const obj = parseFragment(hash);
	const r = obj ? schema.safeParse(obj) : null;
	if (!r?.success) return { ok: false };
	const s = r.data;
	const pay = paymentSchema.safeParse(s.p.split('~'));
	if (!pay.success) return { ok: false };
	const earlier: EarlierRow[] = [];
	for (const raw of s.e ? s.e.split('!') : []) {
		const row = earlierSchema.safeParse(raw.split('~'));
		if (!row.success) return { ok: false };
		const [from, to, amount, withheld] = row.data;
		earlier.push({ from, to, amount, withheld });
	}
	if (earlier.length > 10) return { ok: false };
	const [from, to, amount, withheld, paidOn] = pay.data;
	const form: ExplainForm = {
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
	return { ok: true, form, ...(s.l && isLang(s.l) ? { lang: s.l } : {}) };
}
