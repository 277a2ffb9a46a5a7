import type { Lang } from '../../i18n/types';
import { FragmentWriter } from '../../link/fragment';
import { DEFAULT_FORM_YEAR } from '../../years';

// The table page's form and its link writer, without zod: the page loads its link reader
// (decodeTable in link.ts) only when a link is opened.

export interface TableForm {
	year: string;
	table: string;
	period: string;
	search: string;
}

export function defaultTableForm(): TableForm {
	return {
		year: DEFAULT_FORM_YEAR,
		table: '8010',
		period: 'month',
		search: ''
	};
}

export function encodeTable(form: TableForm, lang: Lang): string {
	return new FragmentWriter(lang, 't')
		.set('y', form.year)
		.typed('t', form.table)
		.set('p', form.period)
		.typed('q', form.search)
		.toString();
}
