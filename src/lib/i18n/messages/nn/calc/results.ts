// The calc namespace's results wording (calc.ts keeps the few words a first screen shows):
// loaded with the results, not with the first screen.
export default {
	paidNextYear:
		'{{gross}} for {{year}} blir utbetalt i {{nextYear}}, med {{trekk}} i trekk. Det er inntekt i {{nextYear}} og er halde utanfor summane over.',
	januaryAfterFree:
		'Desember er trekkfri, så utbetalinga i desember blir høgare enn vanleg. I januar {{year}} blir det trekt vanleg igjen, så januarutbetalinga blir lågare enn desemberutbetalinga.',
	januaryAfterHalf:
		'Desember har halvt trekk, så utbetalinga i desember blir høgare enn vanleg. I januar {{year}} blir det trekt vanleg igjen, så januarutbetalinga blir lågare enn desemberutbetalinga.',
	yearTotal: 'For heile året',
	gross: 'Utbetalt før skatt',
	trekk: 'Trekt skatt',
	net: 'Utbetalt til deg',
	paymentTitle: 'Utbetaling {{n}}: {{period}}',
	paidOn: 'Utbetalt {{date}}',
	paidOnAssumed: 'Rekna som utbetalt {{date}} (datoen er ikkje oppgitt)',
	restsOn: 'Nokre av tala byggjer på ei tolking der dei offentlege reglane ikkje seier nok:',
	noCardAdvice:
		'Utan skattekort trekkjer NAV ein fast, høg sats (sjå utbetalingane). Bestill skattekort hos Skatteetaten på skatteetaten.no/skattekort, så trekkjer NAV etter det. Det som er trekt for mykje, får du tilbake i skatteoppgjeret.',
	allPayments: 'alle utbetalingane',
	cardRestsOn: 'Trekket byggjer på ei tolking: sjå utrekninga under.',
	interpretationMark: 'Tolking',
	/** Before the documents a step of the working cites. */
	source_one: 'Kjelde',
	source_other: 'Kjelder',
	interpretationExplained:
		'Merket «Tolking» betyr at dei offentlege reglane ikkje seier nok, og at vi har valt den mest sannsynlege lesinga.',
	timelineTitle: 'Månad for månad',
	timelineDesc: 'Trekt skatt per månad i {{year}}. Trekkfrie og halve månader er merkte.',
	timelineTable: 'Vis som tabell',
	month: 'Månad',
	/** Column headers of the month table, narrow enough for a phone. */
	short: { gross: 'Før skatt', trekk: 'Trekt', net: 'Til deg' },
	amountsInKr: 'Beløp i kroner',
	monthPaid: 'Utbetalt i',
	byMonthPaid:
		'Månadene her er månadene pengane vart utbetalte i. Korta seier kva månad kvar utbetaling gjeld.',
	mixedExplained:
		'Blanda: utbetalingane i månaden følgde ulike reglar (til dømes éi trekkfri og éi med vanleg trekk).',
	paymentsNumbered_one: 'Utbetaling {{list}}',
	paymentsNumbered_other: 'Utbetaling {{list}}',
	rule: 'Regel',
	ruleName: {
		ordinary: 'Vanleg trekk',
		trekkfri: 'Trekkfri',
		half: 'Halvt trekk',
		mixed: 'Blanda'
	},
	noPayments: 'Inga utbetaling',
	firstVsLaterTitle: 'Kvifor første utbetaling i {{month}} vart trekt meir',
	firstVsLater:
		'NAV reknar trekket for heile {{month}} på nytt ved kvar utbetaling. Utbetaling {{firstN}} ({{firstKr}} for {{firstDays}} i {{month}}) vart trekt {{firstTrekkKr}} for {{month}} etter tabellen for {{firstDays}}. Då utbetaling {{secondN}} kom, var det betalt {{totalKr}} for {{totalDays}} i {{month}}, og trekket for heile månaden vart {{monthTrekkKr}}. Difor vart utbetaling {{secondN}} trekt {{secondTrekkKr}} for {{month}}: {{monthTrekkKr}} minus dei {{firstTrekkKr}} som alt var trekte.',
	cardBreakdown: 'Kortet for utbetaling {{n}} viser {{cardKr}} trekt i alt: {{parts}}.',
	breakdownMonth: '{{kr}} for {{month}}',
	breakdownExtra: '{{kr}} i friviljug tilleggstrekk'
};
