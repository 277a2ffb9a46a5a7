import { yearStatus } from '../engine/rules/years';
import { t } from './i18n.svelte';
import { formatDate } from './steps';

/**
 * How a year is named wherever people choose one: "2026", or "2027 – forslag" for a year whose
 * rules are still a proposal. The one place year labels come from: every year selector uses
 * `yearOptions`.
 */
export function yearLabel(year: number | string): string {
	const status = yearStatus(year);
	return status?.kind === 'proposal'
		? t('common:yearStatus.proposalOption', { year: String(year) })
		: String(year);
}

/** The options of a year selector, each labelled by `yearLabel`. */
export function yearOptions(
	years: readonly (number | string)[]
): Array<{ value: string; label: string }> {
	return years.map((y) => ({ value: String(y), label: yearLabel(y) }));
}

/**
 * The sentence that goes next to every figure of a proposal year (which document, which day,
 * and that the figures are estimates), or '' for an adopted or unknown year.
 */
export function yearNotice(year: number | string): string {
	const status = yearStatus(year);
	if (status?.kind !== 'proposal') return '';
	return t('common:yearStatus.proposalNote', {
		year: String(year),
		document: status.document,
		date: formatDate(status.date)
	});
}
