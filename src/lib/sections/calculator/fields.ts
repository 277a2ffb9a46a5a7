import type { Card as EngineCard, WithholdInput } from '../../engine/payments';
import { DEFAULT_FORM_YEAR } from '../../years';
import type { Lang } from '../../i18n/types';
import { FIELD, FragmentWriter, joinRows, linkValue } from '../../link/fragment';
import { CARD_LABELS, cardCode, type CardKind } from '../../section/card';
import type { FieldLabels } from '../../section/labels';

/**
 * The calculator's form exactly as typed (strings). `form.ts` is the one place it becomes the
 * engine's input. Only types from the engine and the light year list are imported, so the
 * first page load stays small.
 */

export { CARD_KINDS, type CardKind } from '../../section/card';

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

/**
 * A payment row's columns: each field is labelled by its column alone (the row's legend names
 * the row), and the error summary says both ("Utbetaling 3, Fra og med dato").
 */
export const PAYMENT_COLUMNS = {
	from: 'calc:payments.from',
	to: 'calc:payments.to',
	amount: 'calc:payments.amount',
	paidOn: 'calc:payments.paidOn'
} as const;

/**
 * Every field's label, as the field and the error summary say it: the form's own, each payment
 * row's ("Utbetaling 3, Fra og med dato"), the sykepenger step's (`sp.*`; its three months are
 * labelled by the month they are, from the first day of absence) and the card's.
 */
export const CALC_LABELS: FieldLabels = {
	fields: {
		year: 'calc:year',
		benefit: 'calc:benefit.label',
		extra: 'calc:extra.legend',
		quickAmount: 'calc:payments.quickAmount',
		quickFrequency: 'calc:payments.quickFrequency',
		quickFromMonth: 'calc:payments.quickFrom',
		payments: 'calc:payments.legend',
		'sp.firstDay': 'sykepenger:firstDay',
		'sp.hourlyIncome': 'sykepenger:hourlyIncome',
		'sp.daysWorked': 'sykepenger:daysWorked',
		'sp.g': 'sykepenger:g',
		'sp.grade': 'sykepenger:grade',
		'sp.from': 'sykepenger:from',
		'sp.to': 'sykepenger:to',
		...CARD_LABELS
	},
	rows: {
		payments: {
			row: 'calc:payments.row',
			fields: PAYMENT_COLUMNS
		}
	},
	fallback: 'calc:title'
};

/**
 * A table card's percentage is asked for overgangsstønad (withheld by it below 50 %) and for a
 * list of payments (back payments for earlier months of the year are withheld by it): the field
 * shows, the link carries it and the parse reads it only then.
 */
export function tablePercentAsked(form: Pick<CalcForm, 'benefit' | 'mode'>): boolean {
	return form.benefit === 'overgangsstonad' || form.mode === 'list';
}

export type Card = EngineCard;
export type WithholdInputFromForm = WithholdInput;

/**
 * The calculator's link: the whole scenario in the URL fragment, short enough for an SMS for a
 * typical case, written with the link toolkit (fragment.ts). What is stored is what the person
 * typed (strings), so a link reproduces the same form and therefore the same results.
 *
 *   #v=1&l=nb&y=2026&b=uforetrygd&c=t8010&x=k1000&q=25000~m~1
 *   #v=1&l=nb&y=2026&b=dagpenger&w=o&c=t8000&p=0302~0315~15000!0316~0329~15000~0331
 *
 * Payment rows: MMDD~MMDD~amount[~MMDD paid], dates inside the form's year. Decoding (with zod)
 * is in link.ts, loaded only when a link is opened.
 */

function mmdd(iso: string, year: string): string {
	return iso.startsWith(`${year}-`) ? iso.slice(5).replace('-', '') : iso;
}
export function fromMmdd(v: string, year: string): string {
	return /^\d{4}$/u.test(v) ? `${year}-${v.slice(0, 2)}-${v.slice(2)}` : v;
}

/** The results as the caseworker's table (`vw=t`) rather than cards: kept in the link. */
export type ResultsView = 'cards' | 'table';

export function encodeForm(form: CalcForm, lang: Lang, view: ResultsView = 'cards'): string {
	return writeCalcForm(new FragmentWriter(lang), form, view).toString();
}

/** The calculator's keys into a link being written (your year's links carry them too). */
export function writeCalcForm(
	p: FragmentWriter,
	form: CalcForm,
	view: ResultsView = 'cards'
): FragmentWriter {
	p.set('y', form.year);
	if (form.benefit) p.set('b', form.benefit);
	if (form.benefit === 'aap' || form.benefit === 'dagpenger')
		p.set('w', form.meldekortWeeks === 'odd' ? 'o' : 'e');
	if (form.benefit === 'gjenlevende' && form.withUforetrygd) p.set('u', '1');
	const cardValue =
		form.cardKind === 'table'
			? form.table
			: form.cardKind === 'percent'
				? form.percent
				: form.cardKind === 'frikort'
					? form.frikortLimit
					: '';
	p.set('c', cardCode(form.cardKind) + linkValue(cardValue));
	// A table card's percentage: overgangsstønad below 50 % and back payments are withheld by it.
	if (form.cardKind === 'table' && tablePercentAsked(form) && form.percent.trim())
		p.set('cp', linkValue(form.percent));
	if (form.extraKind !== 'none')
		p.set('x', (form.extraKind === 'kroner' ? 'k' : 'p') + linkValue(form.extra));
	// The sykepenger step, when anything is typed there: ten fields in a fixed order.
	const sp = form.sykepenger;
	const spFields = [
		sp.firstDay,
		sp.kind === 'hourly' ? 'h' : 'm',
		...sp.months,
		sp.hourlyIncome,
		sp.daysWorked,
		sp.g,
		sp.from,
		sp.to,
		...(sp.grade.trim() !== '' ? [sp.grade] : [])
	].map(linkValue);
	if (spFields.some((v, i) => i !== 1 && v !== '')) p.set('sp', spFields.join(FIELD));
	if (form.mode === 'quick') {
		p.set(
			'q',
			[
				linkValue(form.quickAmount),
				form.quickFrequency === 'month' ? 'm' : 'f',
				form.quickFromMonth
			].join(FIELD)
		);
	} else {
		p.set(
			'p',
			joinRows(
				form.payments.map((r) => [
					mmdd(r.from, form.year),
					mmdd(r.to, form.year),
					linkValue(r.amount),
					// The paid date only when given: `0302~0315~15000`.
					...(r.paidOn ? [mmdd(r.paidOn, form.year)] : [])
				])
			)
		);
	}
	if (view === 'table') p.set('vw', 't');
	return p;
}
