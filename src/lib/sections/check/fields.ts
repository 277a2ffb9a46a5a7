import type { Lang } from '../../i18n/types';
import { CARD_LABELS } from '../../section/card';
import type { FieldLabels } from '../../section/labels';
import { FragmentWriter, joinRows, linkValue } from '../../link/fragment';
import { DEFAULT_FORM_YEAR, WITHHOLDING_YEARS } from '../../years';

// The "Check the payments" form, its defaults and its link writer, without the engine, zod or the
// CSV parser: the page's first screen. The compute (form.ts), the link reader (link.ts) and the
// import (import.ts, with d3-dsv) are fetched on demand.

export interface CheckRow {
	from: string;
	to: string;
	/** Gross, as typed. */
	amount: string;
	/** Tax withheld, as typed (a leading minus allowed, as the overview shows it). */
	withheld: string;
	/** The day it was paid; blank: NAV's usual day. */
	paidOn: string;
}

export interface CheckForm {
	year: string;
	benefit: string;
	/** `find`: the card that explains the most lines is found; otherwise the card given. */
	cardKind: 'find' | 'table' | 'percent';
	table: string;
	percent: string;
	rows: CheckRow[];
}

export const CHECK_YEARS = WITHHOLDING_YEARS;
export const CARD_KINDS = ['find', 'table', 'percent'] as const;

/**
 * Every field's label, as the field and the error summary say it: the card's as every section
 * names them, a payment's by its row and column ("Utbetaling 3, Brutto"), and a payroll list's
 * values by their line and column ("Linje 12, Tabell").
 */
export const CHECK_LABELS: FieldLabels = {
	fields: {
		year: 'check:year',
		benefit: 'check:benefit',
		rows: 'check:rowsLegend',
		lines: 'check:payroll.title',
		...CARD_LABELS
	},
	rows: {
		rows: {
			row: 'check:row',
			fields: {
				from: 'check:from',
				to: 'check:to',
				amount: 'check:amount',
				withheld: 'check:withheld',
				paidOn: 'check:paidOn'
			}
		},
		payroll: {
			row: 'check:payroll.line',
			fields: {
				table: 'check:payroll.field.table',
				period: 'check:payroll.field.period',
				amount: 'check:payroll.field.amount',
				withheld: 'check:payroll.field.withheld'
			}
		}
	},
	fallback: 'check:rowsLegend'
};

export function emptyRow(): CheckRow {
	return { from: '', to: '', amount: '', withheld: '', paidOn: '' };
}

export function defaultCheckForm(): CheckForm {
	return {
		year: DEFAULT_FORM_YEAR,
		benefit: 'uforetrygd',
		cardKind: 'find',
		table: '',
		percent: '',
		rows: [emptyRow()]
	};
}

/** A date of the form's year as MMDD (shorter links); any other text as typed. */
function mmdd(iso: string, year: string): string {
	return iso.startsWith(`${year}-`) ? iso.slice(5).replace('-', '') : linkValue(iso);
}

// The page's own link (link.ts reads it back). Rows: MMDD~MMDD~gross~withheld[~MMDD paid]. A
// year's list (26 rows) is about 1 KB, so it travels as it is, not compressed.
//   #v=1&s=k&l=nb&y=2026&b=aap&c=f&r=0105~0118~15000~2230!0119~0201~15000~1352~0203
export function encodeCheck(form: CheckForm, lang: Lang): string {
	const p = new FragmentWriter(lang, 'k').set('y', form.year).set('b', form.benefit);
	p.set(
		'c',
		form.cardKind === 'find'
			? 'f'
			: form.cardKind === 'table'
				? `t${linkValue(form.table)}`
				: `p${linkValue(form.percent)}`
	);
	p.set(
		'r',
		joinRows(
			form.rows.map((r) => [
				mmdd(r.from, form.year),
				mmdd(r.to, form.year),
				linkValue(r.amount),
				linkValue(r.withheld),
				...(r.paidOn.trim() ? [mmdd(r.paidOn, form.year)] : [])
			])
		)
	);
	return p.toString();
}

/** The fields an imported list's columns can be (import.ts reads them; the page maps them). */
export const IMPORT_FIELDS = [
	'period',
	'from',
	'to',
	'amount',
	'withheld',
	'paidOn',
	'table',
	'tablePeriod'
] as const;
/** The fields of a payment list, and of a payroll list (each line its own table and period). */
export const PAYMENT_FIELDS = ['period', 'from', 'to', 'amount', 'withheld', 'paidOn'] as const;
export const PAYROLL_FIELDS = ['table', 'tablePeriod', 'amount', 'withheld'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
