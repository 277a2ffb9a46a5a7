import { t } from '$lib/i18n/i18n.svelte';

/** The visible label of a calculator field, for the error summary. */
export function fieldLabel(field: string): string {
	const row = /^payments\.(\d+)\.(\w+)$/u.exec(field);
	if (row)
		return `${t('calc:payments.row', { n: Number(row[1]) + 1 })}, ${t(`calc:payments.${row[2]}`)}`;
	const months = /^sp\.months\.(\d)$/u.exec(field);
	if (months) return t('sykepenger:monthN', { n: Number(months[1]) + 1 });
	const labels: Record<string, string> = {
		year: 'calc:year',
		benefit: 'calc:benefit.label',
		cardKind: 'calc:card.legend',
		'sp.firstDay': 'sykepenger:firstDay',
		'sp.hourlyIncome': 'sykepenger:hourlyIncome',
		'sp.daysWorked': 'sykepenger:daysWorked',
		'sp.g': 'sykepenger:g',
		'sp.grade': 'sykepenger:grade',
		'sp.from': 'sykepenger:from',
		'sp.to': 'sykepenger:to',
		table: 'calc:card.table',
		percent: 'calc:card.percent',
		frikortLimit: 'calc:card.frikortLimit',
		extra: 'calc:extra.legend',
		quickAmount: 'calc:payments.quickAmount',
		quickFromMonth: 'calc:payments.quickFrom',
		payments: 'calc:payments.legend'
	};
	return t(labels[field] ?? 'calc:title');
}
