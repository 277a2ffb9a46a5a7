// The calc namespace's compact view of the results:
// loaded with the results, not with the first screen.
export default {
	title: 'Alle utbetalinger',
	period: 'Periode',
	reason: 'Hvorfor',
	view: 'Visning',
	cards: 'Forklaring per utbetaling',
	table: 'Kompakt tabell (saksbehandler)',
	inputsTitle: 'Opplysninger brukt',
	benefit: 'Ytelse',
	card: 'Skattekort',
	extra: 'Frivillig tilleggstrekk',
	none: 'Ingen',
	paidOn: 'Utbetalt {{date}}',
	paidOnAssumed: 'Utbetalt {{date}} (antatt: NAVs vanlige dato)'
};
