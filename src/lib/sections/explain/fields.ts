import type { Lang } from '../../i18n/types';
import type { FieldLabels } from '../../section/labels';
import { FragmentWriter, joinRows, linkValue } from '../../link/fragment';
import { DEFAULT_FORM_YEAR, WITHHOLDING_YEARS } from '../../years';

// The "Explain a payment" form, its defaults and its link writer, without the engine or zod: the
// page's first screen. The compute and the link reader are in form.ts, fetched on demand.

export interface EarlierRow {
	from: string;
	to: string;
	amount: string;
	withheld: string;
	/** The day it was paid, as the notice gives it; blank: NAV's usual day. */
	paidOn: string;
}

export interface ExplainForm {
	year: string;
	benefit: string;
	from: string;
	to: string;
	amount: string;
	withheld: string;
	paidOn: string;
	earlier: EarlierRow[];
	extraKind: 'none' | 'kroner' | 'percent';
	extra: string;
}

/**
 * Every field's label, as the field and the error summary say it. Field ids follow the engine's
 * (`payment.amount`, `withheld`, `earlier.0.withheld`, `extra.kroner`); an earlier payment's
 * fields are its row and column ("Tidligere utbetaling 2, Brutto").
 */
export const EXPLAIN_LABELS: FieldLabels = {
	fields: {
		year: 'explain:year',
		benefit: 'explain:benefit',
		payment: 'explain:noticeLegend',
		'payment.from': 'explain:from',
		'payment.to': 'explain:to',
		'payment.amount': 'explain:amount',
		withheld: 'explain:withheld',
		'payment.paidOn': 'explain:paidOn',
		earlier: 'explain:earlierLegend',
		'extra.kroner': 'explain:extraKroner',
		'extra.percent': 'explain:extraPercent'
	},
	rows: {
		earlier: {
			row: 'explain:earlierRow',
			fields: {
				from: 'explain:from',
				to: 'explain:to',
				amount: 'explain:amount',
				withheld: 'explain:withheld',
				paidOn: 'explain:paidOn'
			}
		}
	},
	fallback: 'explain:amount'
};

// The registry's table years, as the build read them (years.ts), not every year's rules.
export const EXPLAIN_YEARS = WITHHOLDING_YEARS;

export function defaultExplainForm(): ExplainForm {
	return {
		year: DEFAULT_FORM_YEAR,
		benefit: 'uforetrygd',
		from: '',
		to: '',
		amount: '',
		withheld: '',
		paidOn: '',
		earlier: [],
		extraKind: 'none',
		extra: ''
	};
}

export function emptyEarlier(): EarlierRow {
	return { from: '', to: '', amount: '', withheld: '', paidOn: '' };
}

// The page's own link (link.ts reads it back):
//   #v=1&s=x&l=nb&y=2026&b=uforetrygd&p=2026-05-01~2026-05-31~25000~7000~&e=…!…&x=k1000
export function encodeExplain(form: ExplainForm, lang: Lang): string {
	const p = new FragmentWriter(lang, 'x').set('y', form.year).set('b', form.benefit);
	p.set(
		'p',
		joinRows([[form.from, form.to, form.amount, form.withheld, form.paidOn].map(linkValue)])
	);
	if (form.earlier.length > 0)
		p.set(
			'e',
			joinRows(
				form.earlier.map((r) =>
					[r.from, r.to, r.amount, r.withheld, ...(r.paidOn.trim() ? [r.paidOn] : [])].map(
						linkValue
					)
				)
			)
		);
	if (form.extraKind !== 'none')
		p.set('x', (form.extraKind === 'kroner' ? 'k' : 'p') + linkValue(form.extra));
	return p.toString();
}
