import type { Lang } from '../../i18n/types';
import { CARD_LABELS, cardCode } from '../../section/card';
import { withLabels, type FieldLabels } from '../../section/labels';
import { FragmentWriter, joinRows, linkValue } from '../../link/fragment';
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

/**
 * A part's fields as its row shows them, under the row's own legend ("Del 2"); the summary says
 * the row's name before them ("Del 2, Beløp før skatt").
 */
export const PART_LABELS = {
	year: 'etterbetaling:partYear',
	amount: 'etterbetaling:partAmount',
	fromMonth: 'etterbetaling:fromMonth',
	toMonth: 'etterbetaling:toMonth'
} as const;

/**
 * Every field's label, as the field and the error summary say it. The card's fields are the
 * card's own (`CARD_LABELS`) but for the kind of card, asked for the payout year here.
 */
export const ETTERBETALING_LABELS: FieldLabels = {
	fields: {
		benefit: 'etterbetaling:benefit',
		payoutYear: 'etterbetaling:payoutYear',
		...CARD_LABELS,
		cardKind: 'etterbetaling:cardLegend'
	},
	rows: {
		parts: { row: 'etterbetaling:part', fields: PART_LABELS },
		income: {
			key: 'year',
			fields: { wage: 'etterbetaling:incomeWage', pension: 'etterbetaling:incomePension' }
		}
	},
	fallback: 'etterbetaling:partsLegend'
};

const TABLE_CARD_LABELS = withLabels(ETTERBETALING_LABELS, {
	fields: { percent: 'etterbetaling:tablePercent' }
});

/**
 * The labels for the form as it is: a table card's percentage (for earlier months of the payout
 * year) is "the percentage on the tax card", a percentage card's its percentage.
 */
export function etterbetalingLabels(form: EtterbetalingForm): FieldLabels {
	return form.cardKind === 'table' ? TABLE_CARD_LABELS : ETTERBETALING_LABELS;
}

// ---------------------------------------------------------------------------------------------
// Link writer: #v=1&s=e&l=nb&y=2026&b=uforetrygd&k=n&p=2025~200000~1~12&i=2025~250000~!2026~300000~

// The card's code in the link (link.ts reads it back).

export function encodeEtterbetaling(form: EtterbetalingForm, lang: Lang): string {
	const p = new FragmentWriter(lang, 'e')
		.set('y', form.payoutYear)
		.set('b', form.benefit)
		.set('k', cardCode(form.cardKind));
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
