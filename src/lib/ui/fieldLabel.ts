import { t } from '$lib/i18n/i18n.svelte';
import { keyFromData, type MessageKey } from '$lib/i18n/keys';
import { fieldId } from './fieldId';

/** The visible label of a calculator field, for the error summary. */
export function fieldLabel(field: string): string {
	const row = /^payments\.(\d+)\.(\w+)$/u.exec(field);
	if (row)
		return `${t('calc:payments.row', { n: Number(row[1]) + 1 })}, ${t(keyFromData('calc', `payments.${row[2]}`))}`;
	const labels: Record<string, MessageKey> = {
		year: 'calc:year',
		benefit: 'calc:benefit.label',
		cardKind: 'calc:card.legend',
		table: 'calc:card.table',
		percent: 'calc:card.percent',
		frikortLimit: 'calc:card.frikortLimit',
		extra: 'calc:extra.legend',
		quickAmount: 'calc:payments.quickAmount',
		quickFromMonth: 'calc:payments.quickFrom',
		payments: 'calc:payments.legend'
	};
	const own = labels[field];
	if (own) return t(own);
	// Any other field (sykepenger's, …): its label as the page shows it, never the page's title.
	const shown = globalThis.document
		?.querySelector(`label[for="${fieldId(field)}"]`)
		?.textContent?.trim();
	return shown || t('calc:title');
}
