import type { Lang } from '../../i18n/types';
import { CARD_LABELS, cardCode } from '../../section/card';
import type { FieldLabels } from '../../section/labels';
import { FragmentWriter } from '../../link/fragment';
import { DEFAULT_FORM_YEAR, WITHHOLDING_YEARS } from '../../years';

// The uføretrygd form, its defaults and its link writer, without the engine or zod: the page's
// first screen. The compute (form.ts) and the link reader (link.ts) are fetched on
// demand.

export interface UforeForm {
	year: string;
	monthly: string;
	barnetillegg: string;
	cardKind: 'table' | 'percent' | 'kildeskatt';
	table: string;
	percent: string;
	otherIncome: string;
	otherPct: string;
	/** Other deductions; blank: the table's built-in deduction or none, said. */
	deductions: string;
	/** Year of birth: the low trygdeavgift on wages under 17 and over 69; blank: 17–69, said. */
	birthYear: string;
	finnmark: boolean;
}

export function defaultUforeForm(): UforeForm {
	return {
		year: DEFAULT_FORM_YEAR,
		monthly: '',
		barnetillegg: '',
		cardKind: 'table',
		table: '',
		percent: '',
		otherIncome: '',
		otherPct: '',
		deductions: '',
		birthYear: '',
		finnmark: false
	};
}

/** Every field's label, as the field and the error summary say it. */
export const UFORE_LABELS: FieldLabels = {
	fields: {
		year: 'calc:year',
		monthly: 'ufore:monthly',
		barnetillegg: 'ufore:barnetillegg',
		otherIncome: 'ufore:otherIncome',
		otherPct: 'ufore:otherPct',
		deductions: 'year:deductions',
		birthYear: 'year:birthYear',
		...CARD_LABELS
	},
	fallback: 'ufore:monthly'
};

/** Years whose withholding tables we have: the month-by-month part needs them. */
export const UFORE_YEARS = WITHHOLDING_YEARS;

// ---------------------------------------------------------------------------------------------
// Link writer: #v=1&s=u&l=nb&y=2026&m=25000&k=t&t=8010&o=100000&op=30&fa=1980
// (`fa`, the year of birth, is newer: a link without it opens with the field blank)

// The card's code in the link (link.ts reads it back).

export function encodeUfore(form: UforeForm, lang: Lang): string {
	const p = new FragmentWriter(lang, 'u')
		.set('y', form.year)
		.typed('m', form.monthly)
		.typed('bt', form.barnetillegg)
		.set('k', cardCode(form.cardKind));
	if (form.cardKind === 'table') p.typed('t', form.table);
	if (form.cardKind === 'percent') p.typed('pc', form.percent);
	p.typed('o', form.otherIncome).typed('op', form.otherPct).typed('d', form.deductions);
	p.typed('fa', form.birthYear);
	if (form.finnmark) p.set('f', '1');
	return p.toString();
}
