import { yearStatus } from '../years';
import { t } from './i18n.svelte';
import { formatDate } from './steps';

// Apart from years.ts, whose year labels every first screen uses: this sentence shows only with
// a proposal year's results, so it and the steps' formats load with them (to keep the first load small).

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
