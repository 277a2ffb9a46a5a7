import { yearStatus } from '../years';
import { t } from './i18n.svelte';
import { formatDate } from './steps';

/**
 * How a year is named wherever people choose one: "2026", or "2027 – forslag" for a year whose
 * rules are still a proposal. The one place year labels come from: every year selector uses
 * `yearOptions`.
 */
export function yearLabel(year: number | string): string {
	return yearStatus(year)?.kind === 'proposal'
		? t('common:yearProposal', { year: String(year) })
		: String(year);
}

/** The options of a year selector, each labelled by `yearLabel`. */
export function yearOptions(
	years: readonly (number | string)[]
): Array<{ value: string; label: string }> {
	return years.map((y) => ({ value: String(y), label: yearLabel(y) }));
}

/** The namespace of `yearNotice`, loaded only when a proposal year's result shows. */
export const NOTICE_NAMESPACE = 'proposal';

/**
 * The sentence that goes next to every figure of a proposal year (which document, which day,
 * and that the figures are estimates), or '' for an adopted or unknown year. Needs the
 * `proposal` namespace (`NOTICE_NAMESPACE`) loaded.
 */
export function yearNotice(year: number | string): string {
	const status = yearStatus(year);
	if (status?.kind !== 'proposal') return '';
	return t('proposal:note', {
		year: String(year),
		document: status.document,
		date: formatDate(status.date)
	});
}
