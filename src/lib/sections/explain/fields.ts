import type { Lang } from '../../i18n/types';
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
