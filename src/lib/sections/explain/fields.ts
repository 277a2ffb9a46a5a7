import type { Lang } from '../../i18n/types';
import { LINK_VERSION, linkValue } from '../../link/fragment';
import { DEFAULT_FORM_YEAR, WITHHOLDING_YEARS } from '../../years';

// The "Explain a payment" form, its defaults and its link writer, without the engine or zod: the
// page's first screen. The compute and the link reader are in form.ts, fetched on demand.

export interface EarlierRow {
	from: string;
	to: string;
	amount: string;
	withheld: string;
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
	return { from: '', to: '', amount: '', withheld: '' };
}

// The page's own share fragment (form.ts reads it).
function enc(v: string): string {
	return encodeURIComponent(v).replace(/%7E/giu, '~').replace(/%21/gu, '!').replace(/%2C/giu, ',');
}

export function encodeExplain(form: ExplainForm, lang: Lang): string {
	const p: string[] = [`v=${LINK_VERSION}`, 's=x', `l=${lang}`, `y=${enc(form.year)}`];
	p.push(`b=${enc(form.benefit)}`);
	p.push(
		'p=' +
			enc(
				[form.from, form.to, form.amount, form.withheld, form.paidOn]
					.map((v) => linkValue(v))
					.join('~')
			)
	);
	if (form.earlier.length > 0)
		p.push(
			'e=' +
				enc(
					form.earlier
						.map((r) => [r.from, r.to, r.amount, r.withheld].map((v) => linkValue(v)).join('~'))
						.join('!')
				)
		);
	if (form.extraKind !== 'none')
		p.push(`x=${form.extraKind === 'kroner' ? 'k' : 'p'}${enc(linkValue(form.extra))}`);
	return p.join('&');
}
