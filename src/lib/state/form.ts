import { BENEFIT_IDS, type Benefit } from '../engine/nav/benefits';
import type { Card as EngineCard, WithholdInput } from '../engine/payments';
import { DEFAULT_FORM_YEAR, WITHHOLDING_YEARS } from './years';

/**
 * The calculator's form exactly as typed (strings). `parse.ts` is the one place it becomes the
 * engine's input. Only the engine's benefit list and its light year list are imported, so the
 * first page load stays small.
 */

export const BENEFITS = BENEFIT_IDS;
export type BenefitId = Benefit;

export const CARD_KINDS = [
	'table',
	'percent',
	'frikort',
	'none',
	'kildeskatt',
	'svalbard'
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** The years the calculator offers: every year with a withholding routine (engine registry). */
export const TABLE_YEARS = WITHHOLDING_YEARS;

export interface PaymentRow {
	from: string;
	to: string;
	amount: string;
	paidOn: string;
}

export interface CalcForm {
	year: string;
	benefit: string;
	meldekortWeeks: 'odd' | 'even';
	withUforetrygd: boolean;
	cardKind: CardKind;
	table: string;
	percent: string;
	frikortLimit: string;
	extraKind: 'none' | 'kroner' | 'percent';
	extra: string;
	mode: 'quick' | 'list';
	quickAmount: string;
	quickFrequency: 'month' | '14days';
	quickFromMonth: string;
	payments: PaymentRow[];
	/** The sykepenger step (from pay to the daily rate), kept so a reload loses nothing. */
	sykepenger: SykepengerForm;
}

/** The sykepenger step's form as typed. */
export interface SykepengerForm {
	firstDay: string;
	kind: 'monthly' | 'hourly';
	months: [string, string, string];
	hourlyIncome: string;
	daysWorked: string;
	g: string;
	from: string;
	to: string;
	/** Graded sick leave, percent; blank is 100 %. */
	grade: string;
}

export function defaultSykepengerForm(): SykepengerForm {
	return {
		firstDay: '',
		kind: 'monthly',
		months: ['', '', ''],
		hourlyIncome: '',
		daysWorked: '',
		g: '',
		from: '',
		to: '',
		grade: ''
	};
}

export function defaultForm(): CalcForm {
	return {
		year: DEFAULT_FORM_YEAR,
		benefit: '',
		meldekortWeeks: 'odd',
		withUforetrygd: false,
		cardKind: 'table',
		table: '',
		percent: '',
		frikortLimit: '',
		extraKind: 'none',
		extra: '',
		mode: 'quick',
		quickAmount: '',
		quickFrequency: 'month',
		quickFromMonth: '1',
		payments: [{ from: '', to: '', amount: '', paidOn: '' }],
		sykepenger: defaultSykepengerForm()
	};
}

export type Card = EngineCard;
export type WithholdInputFromForm = WithholdInput;
