// The main flow: what the person enters and what the results say around the engine's steps.
export default {
	title: 'Skattetrekk på utbetalinger fra NAV',
	intro:
		'Fyll inn ytelsen, skattekortet og utbetalingene dine. Du ser trekket på hver utbetaling, og hvorfor det ble som det ble.',
	year: 'Inntektsår',
	benefit: {
		legend: 'Ytelse',
		label: 'Hvilken ytelse får du?',
		choose: 'Velg ytelse',
		monthsHint:
			'Med tabellkort: {{june}} i juni, {{december}} i desember. Tabeller som trekker over 12 måneder (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160) har vanlig trekk i begge månedene.',
		decemberAssumed: 'Desember er vår tolkning: NAV oppgir det ikke.',
		decemberDisputed:
			'Kildene er uenige om desember: NAV (2023) sier halvt trekk, eldre kilder trekkfritt.',
		barnepensjonHint:
			'Barnepensjon: NAV trekker en fast prosent av hver utbetaling, uansett skattekort, også i juni og desember. Du trenger ikke oppgi skattekort.',
		monthRule: {
			ordinary: 'vanlig trekk',
			trekkfri: 'trekkfritt',
			half: 'halvt trekk',
			meldeperioder: 'de første meldeperiodene trekkfrie'
		},
		meldekort: 'Når sender du meldekort?',
		meldekortOdd: 'I uker med oddetall (uke 1, 3, 5 …)',
		meldekortEven: 'I uker med partall (uke 2, 4, 6 …)',
		withUforetrygd: 'Jeg får også uføretrygd'
	},
	card: {
		legend: 'Skattekort',
		hint: 'Det som står på skattekortet ditt hos NAV. Du finner det på skatteetaten.no.',
		kind: {
			table: 'Tabellkort (tabelltrekk)',
			percent: 'Prosentkort',
			frikort: 'Frikort',
			none: 'Jeg har ikke skattekort',
			kildeskatt: 'Jeg bor i utlandet (kildeskatt)',
			svalbard: 'Svalbard'
		},
		table: 'Tabellnummer',
		tableHint: 'Fire sifre, for eksempel 8010. Står på skattekortet.',
		percent: 'Prosentsats',
		tablePercent: 'Prosentsats på skattekortet (valgfritt)',
		tablePercentHint:
			'Overgangsstønad under 50 % trekkes etter prosentsatsen, ikke tabellen. For eksempel 30.',
		tablePercentBackHint:
			'Etterbetaling for tidligere måneder i år trekkes etter prosentsatsen på skattekortet, også med tabellkort. Prosentsatsen står på skattekortet, for eksempel 30.',
		percentHint: 'For eksempel 32 eller 32,5.',
		frikortLimit: 'Frikortbeløp (valgfritt)',
		frikortLimitHint: 'La stå tomt hvis frikortet ikke har noe beløp.'
	},
	extra: {
		legend: 'Frivillig ekstra skattetrekk',
		hint: 'Et ekstra trekk hver måned, også i juni og desember.',
		none: 'Nei',
		kroner: 'Ja, et fast beløp i måneden',
		percent: 'Ja, en prosent av hver utbetaling',
		amount: 'Ekstra trekk i kroner per måned',
		percentValue: 'Ekstra trekk i prosent'
	},
	payments: {
		legend: 'Utbetalinger',
		mode: 'Hvordan vil du fylle inn utbetalingene?',
		modeQuick: 'Omtrent likt beløp hele året',
		modeList: 'Hver utbetaling for seg',
		quickAmount: 'Omtrent hvor mye får du per utbetaling (før skatt)?',
		quickFrequency: 'Hvor ofte?',
		everyMonth: 'Hver måned',
		every14Days: 'Hver 14. dag',
		quickFrom: 'Fra og med måned',
		row: 'Utbetaling {{n}}',
		from: 'Fra og med dato',
		to: 'Til og med dato',
		amount: 'Beløp før skatt',
		paidOn: 'Utbetalt dato (valgfritt)',
		add: 'Legg til utbetaling',
		remove: 'Fjern utbetaling {{n}}',
		useQuickAsList: 'Gjør om til liste jeg kan endre',
		empty: 'Ingen utbetalinger ennå.'
	},
	calculate: 'Beregn trekket',
	results: {
		title: 'Resultat',
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
		how: 'Slik regnet vi',
		restsOn: 'Noen av tallene bygger på en tolkning der de offentlige reglene ikke sier nok:',
		noCardAdvice:
			'Uten skattekort trekker NAV en fast, høy sats (se utbetalingene). Bestill skattekort hos Skatteetaten på skatteetaten.no/skattekort, så trekker NAV etter det. Det som er trukket for mye, får du tilbake i skatteoppgjøret.',
		allPayments: 'alle utbetalingene',
		cardRestsOn: 'Trekket bygger på en tolkning: se utregningen under.',
		interpretationMark: 'Tolkning',
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
		breakdownExtra: '{{kr}} i frivillig tilleggstrekk',
		fixErrors: 'Resultatet vises når feltene over er riktig fylt ut.',
		estimateBadge: 'Anslag'
	},
	share: {
		copy: 'Kopier lenke til denne beregningen',
		copied: 'Lenken er kopiert. Den inneholder det du har fylt inn, etter #-tegnet.',
		copyFailed: 'Kunne ikke kopiere. Merk lenken under og kopier den selv.',
		linkLabel: 'Lenke til denne beregningen',
		broken:
			'Lenken du åpnet, kunne ikke leses. Den kan være ufullstendig eller endret. Kalkulatoren er tom, så du kan fylle inn på nytt.',
		print: 'Skriv ut forklaringen',
		printedOn: 'Skrevet ut {{date}}'
	},
	compact: {
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
		none: 'Ingen'
	},
	terms: {
		title: 'Skattekortet med skattekortets egne ord',
		cardWords: 'Skattekortet',
		plainWords: 'Med vanlige ord',
		trekkode: 'Trekkode',
		trekktype: 'Trekktype',
		tabellnummer: 'Tabellnummer',
		prosentsats: 'Prosentsats',
		antallMaaneder: 'Antall måneder trekk',
		june: 'Juni',
		december: 'Desember',
		code: {
			loennFraNAV: 'Ytelse fra NAV som skattlegges som lønn',
			pensjonFraNAV: 'Pensjon fra NAV',
			ufoeretrygdFraNAV: 'Uføretrygd fra NAV',
			introduksjonsstoenad: 'Introduksjonsstønad'
		},
		type: {
			tabelltrekk: 'Skatten trekkes etter en trekktabell',
			prosenttrekk: 'En fast prosent trekkes av hver utbetaling',
			frikort: 'Frikort: ingen skatt til grensen er nådd',
			utenSkattekort: 'Uten skattekort: høy fast sats',
			kildeskatt: 'Kildeskatt, 15 %',
			svalbard: 'Svalbard-sats'
		},
		months105:
			'Tabellen fordeler årets skatt på 10,5 måneder. Hva det gir i juni og desember, står under.',
		months12: 'Årets skatt trekkes over alle 12 måneder.',
		rule: {
			ordinary: 'Vanlig trekk',
			trekkfri: 'Trekkfri måned',
			half: 'Halvt trekk',
			meldeperioder: 'De første meldeperiodene er trekkfrie'
		}
	},
	period: {
		month: 'månedstabell',
		'14days': '14-dagerstabell',
		week: 'ukestabell',
		'4days': '4-dagerstabell',
		'3days': '3-dagerstabell',
		'2days': '2-dagerstabell',
		'1day': '1-dagstabell',
		none: 'ingen tabell'
	}
};
