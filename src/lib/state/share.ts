import type { Lang } from '../i18n/types';
import type { CalcForm } from './form';

/**
 * The whole scenario in the URL fragment (`#…`, never sent to a server), short enough for an SMS
 * for a typical case, versioned, and parsed with zod on load. What is stored is what the person
 * typed (strings), so a link reproduces the same form and therefore the same results.
 *
 *   #v=1&l=nb&y=2026&b=uforetrygd&c=t8010&x=k1000&q=25000,m,1
 *   #v=1&y=2026&b=dagpenger&c=t8000&p=0302-0315-15000,0316-0329-15000
 *
 * Payment rows: MMDD~MMDD~amount[~MMDD paid], dates inside the form's year. Decoding (with zod)
 * is in shareDecode.ts, loaded only when a link is opened.
 */
export const SHARE_VERSION = '1';

const CARD_CODE: Record<CalcForm['cardKind'], string> = {
	table: 't',
	percent: 'p',
	frikort: 'f',
	none: 'n',
	kildeskatt: 'k',
	svalbard: 's'
};
export const CARD_FROM_CODE = Object.fromEntries(
	Object.entries(CARD_CODE).map(([k, v]) => [v, k])
) as Record<string, CalcForm['cardKind']>;

function mmdd(iso: string, year: string): string {
	return iso.startsWith(`${year}-`) ? iso.slice(5).replace('-', '') : iso;
}
export function fromMmdd(v: string, year: string): string {
	return /^\d{4}$/u.test(v) ? `${year}-${v.slice(0, 2)}-${v.slice(2)}` : v;
}
/** Values travel as typed (so a reload keeps even a mistake), without spaces and list separators. */
export function amountOut(s: string): string {
	return s.replace(/[\s\u00a0\u202f~!]/gu, '').slice(0, 40);
}

/** Percent-encode only what a fragment cannot carry as it is, so links stay short and readable. */
function encodeValue(v: string): string {
	return v.replace(/[^A-Za-z0-9\-._~!,*:()]/gu, (c) => encodeURIComponent(c));
}

class Params {
	private readonly pairs: Array<[string, string]> = [];
	set(k: string, v: string): void {
		this.pairs.push([k, v]);
	}
	toString(): string {
		return this.pairs.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
	}
}

/** The results as the caseworker's table (`vw=t`) rather than cards: kept in the link. */
export type ResultsView = 'cards' | 'table';

export function encodeForm(form: CalcForm, lang: Lang, view: ResultsView = 'cards'): string {
	const p = new Params();
	p.set('v', SHARE_VERSION);
	p.set('l', lang);
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
	p.set('c', CARD_CODE[form.cardKind] + amountOut(cardValue));
	// A table card's percentage matters only for overgangsstønad (below 50 %: withheld by it).
	if (form.cardKind === 'table' && form.benefit === 'overgangsstonad' && form.percent.trim())
		p.set('cp', amountOut(form.percent));
	if (form.extraKind !== 'none')
		p.set('x', (form.extraKind === 'kroner' ? 'k' : 'p') + amountOut(form.extra));
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
	].map(amountOut);
	if (spFields.some((v, i) => i !== 1 && v !== '')) p.set('sp', spFields.join('~'));
	if (form.mode === 'quick') {
		p.set(
			'q',
			[
				amountOut(form.quickAmount),
				form.quickFrequency === 'month' ? 'm' : 'f',
				form.quickFromMonth
			].join('~')
		);
	} else {
		p.set(
			'p',
			form.payments
				.map((r) =>
					[
						mmdd(r.from, form.year),
						mmdd(r.to, form.year),
						amountOut(r.amount),
						r.paidOn ? mmdd(r.paidOn, form.year) : ''
					]
						.join('~')
						.replace(/~$/u, '')
				)
				.join('!')
		);
	}
	if (view === 'table') p.set('vw', 't');
	return p.toString();
}
