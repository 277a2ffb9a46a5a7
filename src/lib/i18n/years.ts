import { yearStatus } from '../years';
import { t } from './i18n.svelte';
import { MONTH_NUMBERS } from './keys';

/**
 * How a year (and a month) is named wherever people choose one: "2026", or "2027 – forslag" for a year whose
 * rules are still a proposal. The one place year labels come from: every year selector uses
 * `yearOptions`. (The sentence next to a proposal year's figures is `yearNotice`, in yearNotice.ts:
 * it needs the steps' date format, which the first screen does not.)
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

/** The options of a month selector: 1–12, each by its name. */
export function monthOptions(): Array<{ value: string; label: string }> {
	return MONTH_NUMBERS.map((m) => ({ value: String(m), label: t(`common:months.${m}`) }));
}
