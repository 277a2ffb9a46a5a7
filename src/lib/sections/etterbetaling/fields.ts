import type { Lang } from '../../i18n/types';
import { FragmentWriter, fromCodes, joinRows, linkValue } from '../../link/fragment';
import { DEFAULT_FORM_YEAR, INCOME_YEARS, yearBefore } from '../../years';

// The back-payment form, its defaults and its link writer, without the engine or zod: the page's
// first screen. The compute (form.ts) and the link reader (link.ts) are
// fetched on demand.

export interface PartRow {
	year: string;
	amount: string;
	fromMonth: string;
	toMonth: string;
}

export interface EtterbetalingForm {
	payoutYear: string;
	benefit: string;
	finnmark: boolean;
	cardKind: 'table' | 'percent' | 'none' | 'kildeskatt' | 'svalbard';
	table: string;
	/** The card's percentage (a table card's too): earlier months of the payout year use it. */
	percent: string;
	parts: PartRow[];
	/** Other income per year (wage, pension), as typed; blank means unknown. */
	income: Record<string, { wage: string; pension: string }>;
}

/** Every year with annual tax rules (engine registry): the payout year and the years paid for. */
export const ANNUAL_YEARS = INCOME_YEARS;

export function defaultEtterbetalingForm(): EtterbetalingForm {
	return {
		payoutYear: DEFAULT_FORM_YEAR,
		benefit: 'uforetrygd',
		finnmark: false,
		cardKind: 'none',
		table: '',
		percent: '',
		// The common case: a back payment for the whole of last year.
		parts: [
			{
				year: yearBefore(ANNUAL_YEARS, DEFAULT_FORM_YEAR),
				amount: '',
				fromMonth: '1',
				toMonth: '12'
			}
		],
		income: {}
	};
}

/** The years whose other income matters: the payout year and every year a part is for. */
export function incomeYears(form: EtterbetalingForm): string[] {
	return [...new Set([form.payoutYear, ...form.parts.map((p) => p.year)])].sort();
}

// ---------------------------------------------------------------------------------------------
// Link writer: #v=1&s=e&l=nb&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2025~250000~!2026~300000~

// The card's code in the link (link.ts reads it back).
const ETTER_CARD: Record<EtterbetalingForm['cardKind'], string> = {
	table: 't',
	percent: 'p',
	none: 'n',
	kildeskatt: 'k',
	svalbard: 's'
};
export const ETTER_CARD_FROM = fromCodes(ETTER_CARD);

export function encodeEtterbetaling(form: EtterbetalingForm, lang: Lang): string {
	const p = new FragmentWriter(lang, 'e')
		.set('y', form.payoutYear)
		.set('b', form.benefit)
		.set('k', ETTER_CARD[form.cardKind]);
	if (form.cardKind === 'table') p.typed('t', form.table);
	if (form.cardKind === 'table' || form.cardKind === 'percent') p.typed('pc', form.percent);
	if (form.finnmark) p.set('f', '1');
	p.set(
		'p',
		joinRows(form.parts.map((r) => [r.year, linkValue(r.amount), r.fromMonth, r.toMonth]))
	);
	const income = Object.entries(form.income)
		.filter(([, v]) => v.wage.trim() !== '' || v.pension.trim() !== '')
		.map(([y, v]) => [y, linkValue(v.wage), linkValue(v.pension)]);
	if (income.length > 0) p.set('i', joinRows(income));
	return p.toString();
}
