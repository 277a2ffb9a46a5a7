// The calc namespace's results wording (calc.ts keeps the few words a first screen shows):
// loaded with the results, not with the first screen.
export default {
	paidNextYear:
		'{{gross}} for {{year}} utbetales i {{nextYear}}, med {{trekk}} i trekk. Det er inntekt i {{nextYear}} og er holdt utenfor summene over.',
	januaryAfterFree:
		'Desember er trekkfri, så utbetalingen i desember blir høyere enn vanlig. I januar {{year}} trekkes det vanlig igjen, så januar-utbetalingen blir lavere enn desember-utbetalingen.',
	januaryAfterHalf:
		'Desember har halvt trekk, så utbetalingen i desember blir høyere enn vanlig. I januar {{year}} trekkes det vanlig igjen, så januar-utbetalingen blir lavere enn desember-utbetalingen.',
	yearTotal: 'For hele året',
	gross: 'Utbetalt før skatt',
	trekk: 'Trukket skatt',
	net: 'Utbetalt til deg',
	paymentTitle: 'Utbetaling {{n}}: {{period}}',
	paidOn: 'Utbetalt {{date}}',
	paidOnAssumed: 'Antatt utbetalt {{date}} (datoen er ikke oppgitt)',
	restsOn: 'Noen av tallene bygger på en tolkning der de offentlige reglene ikke sier nok:',
	noCardAdvice:
		'Uten skattekort trekker NAV en fast, høy sats (se utbetalingene). Bestill skattekort hos Skatteetaten på skatteetaten.no/skattekort, så trekker NAV etter det. Det som er trukket for mye, får du tilbake i skatteoppgjøret.',
	allPayments: 'alle utbetalingene',
	cardRestsOn: 'Trekket bygger på en tolkning: se utregningen under.',
	interpretationMark: 'Tolkning',
	/** Before the documents a step of the working cites. */
	source_one: 'Kilde',
	source_other: 'Kilder',
	interpretationExplained:
		'Merket «Tolkning» betyr at de offentlige reglene ikke sier nok, og at vi har valgt den mest sannsynlige lesningen.',
	timelineTitle: 'Måned for måned',
	timelineDesc: 'Trukket skatt per måned i {{year}}. Trekkfrie og halve måneder er merket.',
	timelineTable: 'Vis som tabell',
	month: 'Måned',
	/** Column headers of the month table, narrow enough for a phone. */
	short: { gross: 'Før skatt', trekk: 'Trukket', net: 'Til deg' },
	amountsInKr: 'Beløp i kroner',
	monthPaid: 'Utbetalt i',
	byMonthPaid:
		'Månedene her er månedene pengene ble utbetalt i. Kortene sier hvilken måned hver utbetaling gjelder.',
	mixedExplained:
		'Blandet: utbetalingene i måneden fulgte ulike regler (for eksempel én trekkfri og én med vanlig trekk).',
	paymentsNumbered_one: 'Utbetaling {{list}}',
	paymentsNumbered_other: 'Utbetaling {{list}}',
	rule: 'Regel',
	ruleName: {
		ordinary: 'Vanlig trekk',
		trekkfri: 'Trekkfri',
		half: 'Halvt trekk',
		mixed: 'Blandet'
	},
	noPayments: 'Ingen utbetaling',
	firstVsLaterTitle: 'Hvorfor første utbetaling i {{month}} ble trukket mer',
	firstVsLater:
		'NAV regner trekket for hele {{month}} på nytt ved hver utbetaling. Utbetaling {{firstN}} ({{firstKr}} for {{firstDays}} i {{month}}) ble trukket {{firstTrekkKr}} for {{month}} etter tabellen for {{firstDays}}. Da utbetaling {{secondN}} kom, var det betalt {{totalKr}} for {{totalDays}} i {{month}}, og trekket for hele måneden ble {{monthTrekkKr}}. Derfor ble utbetaling {{secondN}} trukket {{secondTrekkKr}} for {{month}}: {{monthTrekkKr}} minus de {{firstTrekkKr}} som alt var trukket.',
	cardBreakdown: 'Kortet for utbetaling {{n}} viser {{cardKr}} trukket i alt: {{parts}}.',
	breakdownMonth: '{{kr}} for {{month}}',
	breakdownExtra: '{{kr}} i frivillig tilleggstrekk'
};
