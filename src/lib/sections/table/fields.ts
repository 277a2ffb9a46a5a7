import type { Lang } from '../../i18n/types';
import { FragmentWriter } from '../../link/fragment';
import { CARD_LABELS } from '../../section/card';
import type { FieldLabels } from '../../section/labels';
import { DEFAULT_FORM_YEAR } from '../../years';

// The table page's form, its labels and its link writer, without zod: the page loads its link
// reader (decode in link.ts) only when a link is opened.

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

/** Every field's label, as the field says it and its issue is named. */
export const TABLE_LABELS: FieldLabels = {
	fields: {
		year: 'calc:year',
		table: CARD_LABELS.table,
		period: 'table:period',
		search: 'table:search'
	},
	fallback: CARD_LABELS.table
};

export function encodeTable(form: TableForm, lang: Lang): string {
	return new FragmentWriter(lang, 't')
		.set('y', form.year)
		.typed('t', form.table)
		.set('p', form.period)
		.typed('q', form.search)
		.toString();
}
