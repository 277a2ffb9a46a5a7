import type nb from '../nb/calc';
import type { Messages } from '../../types';

export default {
	title: 'Skattetrekk på utbetalingar frå NAV',
	intro:
		'Fyll inn ytinga, skattekortet og utbetalingane dine. Du ser trekket på kvar utbetaling, og kvifor det vart som det vart.',
	year: 'Inntektsår',
	benefit: {
		legend: 'Yting',
		label: 'Kva yting får du?',
		choose: 'Vel yting',
		monthsHint:
			'Med tabellkort: {{june}} i juni, {{december}} i desember. Tabellar som trekkjer over 12 månader (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160) har vanleg trekk i begge månadene.',
		decemberAssumed: 'Desember er vår tolking: NAV oppgir det ikkje.',
		decemberDisputed:
			'Kjeldene er usamde om desember: NAV (2023) seier halvt trekk, eldre kjelder trekkfritt.',
		barnepensjonHint:
			'Barnepensjon: NAV trekkjer ein fast prosent av kvar utbetaling, same kva skattekort, også i juni og desember. Du treng ikkje oppgi skattekort.',
		monthRule: {
			ordinary: 'vanleg trekk',
			trekkfri: 'trekkfritt',
			half: 'halvt trekk',
			meldeperioder: 'dei første meldeperiodane trekkfrie'
		},
		meldekort: 'Når sender du meldekort?',
		meldekortOdd: 'I veker med oddetal (veke 1, 3, 5 …)',
		meldekortEven: 'I veker med partal (veke 2, 4, 6 …)',
		withUforetrygd: 'Eg får også uføretrygd'
	},
	card: {
		legend: 'Skattekort',
		hint: 'Det som står på skattekortet ditt hos NAV. Du finn det på skatteetaten.no.',
		kind: {
			table: 'Tabellkort (tabelltrekk)',
			percent: 'Prosentkort',
			frikort: 'Frikort',
			none: 'Eg har ikkje skattekort',
			kildeskatt: 'Eg bur i utlandet (kjeldeskatt)',
			svalbard: 'Svalbard'
		},
		table: 'Tabellnummer',
		tableHint: 'Fire siffer, til dømes 8010. Står på skattekortet.',
		percent: 'Prosentsats',
		tablePercent: 'Prosentsats på skattekortet (valfritt)',
		tablePercentHint:
			'Overgangsstønad under 50 % blir trekt etter prosentsatsen, ikkje tabellen. Til dømes 30.',
		tablePercentBackHint:
			'Etterbetaling for tidlegare månader i år blir trekt etter prosentsatsen på skattekortet, også med tabellkort. Prosentsatsen står på skattekortet, til dømes 30.',
		percentHint: 'Til dømes 32 eller 32,5.',
		frikortLimit: 'Frikortbeløp (valfritt)',
		frikortLimitHint: 'La stå tomt dersom frikortet ikkje har noko beløp.'
	},
	extra: {
		legend: 'Friviljug ekstra skattetrekk',
		hint: 'Eit ekstra trekk kvar månad, også i juni og desember.',
		none: 'Nei',
		kroner: 'Ja, eit fast beløp i månaden',
		percent: 'Ja, ein prosent av kvar utbetaling',
		amount: 'Ekstra trekk i kroner per månad',
		percentValue: 'Ekstra trekk i prosent'
	},
	payments: {
		legend: 'Utbetalingar',
		mode: 'Korleis vil du fylle inn utbetalingane?',
		modeQuick: 'Omtrent likt beløp heile året',
		modeList: 'Kvar utbetaling for seg',
		quickAmount: 'Omtrent kor mykje får du per utbetaling (før skatt)?',
		quickFrequency: 'Kor ofte?',
		everyMonth: 'Kvar månad',
		every14Days: 'Kvar 14. dag',
		quickFrom: 'Frå og med månad',
		row: 'Utbetaling {{n}}',
		from: 'Frå og med dato',
		to: 'Til og med dato',
		amount: 'Beløp før skatt',
		paidOn: 'Utbetalt dato (valfritt)',
		add: 'Legg til utbetaling',
		remove: 'Fjern utbetaling {{n}}',
		useQuickAsList: 'Gjer om til liste eg kan endre',
		empty: 'Ingen utbetalingar enno.'
	},
	calculate: 'Rekn ut trekket',
	results: {
		title: 'Resultat',
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
		how: 'Slik rekna vi',
		restsOn: 'Nokre av tala byggjer på ei tolking der dei offentlege reglane ikkje seier nok:',
		noCardAdvice:
			'Utan skattekort trekkjer NAV ein fast, høg sats (sjå utbetalingane). Bestill skattekort hos Skatteetaten på skatteetaten.no/skattekort, så trekkjer NAV etter det. Det som er trekt for mykje, får du tilbake i skatteoppgjeret.',
		allPayments: 'alle utbetalingane',
		cardRestsOn: 'Trekket byggjer på ei tolking: sjå utrekninga under.',
		interpretationMark: 'Tolking',
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
		breakdownExtra: '{{kr}} i friviljug tilleggstrekk',
		fixErrors: 'Resultatet blir vist når felta over er rett fylte ut.',
		estimateBadge: 'Overslag'
	},
	share: {
		copy: 'Kopier lenkje til denne utrekninga',
		copied: 'Lenkja er kopiert. Ho inneheld det du har fylt inn, etter #-teiknet.',
		copyFailed: 'Kunne ikkje kopiere. Merk lenkja under og kopier ho sjølv.',
		linkLabel: 'Lenkje til denne utrekninga',
		broken:
			'Lenkja du opna, kunne ikkje lesast. Ho kan vere ufullstendig eller endra. Kalkulatoren er tom, så du kan fylle inn på nytt.',
		print: 'Skriv ut forklaringa',
		printedOn: 'Skrive ut {{date}}'
	},
	compact: {
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
		none: 'Ingen'
	},
	terms: {
		title: 'Skattekortet med orda til skattekortet',
		cardWords: 'Skattekortet',
		plainWords: 'Med vanlege ord',
		trekkode: 'Trekkode',
		trekktype: 'Trekktype',
		tabellnummer: 'Tabellnummer',
		prosentsats: 'Prosentsats',
		antallMaaneder: 'Talet på månader med trekk',
		june: 'Juni',
		december: 'Desember',
		code: {
			loennFraNAV: 'Yting frå NAV som blir skattlagd som løn',
			pensjonFraNAV: 'Pensjon frå NAV',
			ufoeretrygdFraNAV: 'Uføretrygd frå NAV',
			introduksjonsstoenad: 'Introduksjonsstønad'
		},
		type: {
			tabelltrekk: 'Skatten blir trekt etter ein trekktabell',
			prosenttrekk: 'Ein fast prosent blir trekt av kvar utbetaling',
			frikort: 'Frikort: ingen skatt til grensa er nådd',
			utenSkattekort: 'Utan skattekort: høg fast sats',
			kildeskatt: 'Kjeldeskatt, 15 %',
			svalbard: 'Svalbard-sats'
		},
		months105:
			'Tabellen fordeler skatten for året på 10,5 månader. Kva det gir i juni og desember, står under.',
		months12: 'Skatten for året blir trekt over alle 12 månadene.',
		rule: {
			ordinary: 'Vanleg trekk',
			trekkfri: 'Trekkfri månad',
			half: 'Halvt trekk',
			meldeperioder: 'Dei første meldeperiodane er trekkfrie'
		}
	},
	period: {
		month: 'månadstabell',
		'14days': '14-dagarstabell',
		week: 'vekestabell',
		'4days': '4-dagarstabell',
		'3days': '3-dagarstabell',
		'2days': '2-dagarstabell',
		'1day': '1-dagstabell',
		none: 'ingen tabell'
	}
} satisfies Messages<typeof nb>;
