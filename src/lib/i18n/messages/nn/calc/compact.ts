// The calc namespace's compact view of the results:
// loaded with the results, not with the first screen.
export default {
	title: 'Alle utbetalingar',
	period: 'Periode',
	reason: 'Kvifor',
	view: 'Vising',
	cards: 'Forklaring per utbetaling',
	table: 'Kompakt tabell (saksbehandlar)',
	inputsTitle: 'Opplysningar som er brukte',
	benefit: 'Yting',
	card: 'Skattekort',
	extra: 'Friviljug tilleggstrekk',
	none: 'Ingen',
	paidOn: 'Utbetalt {{date}}',
	paidOnAssumed: 'Utbetalt {{date}} (rekna med: den vanlege datoen til NAV)'
};
