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
			'Desember er trekkfri etter skattebetalingslova § 5-7; éi NAV-side frå 2023 seier halvt trekk.',
		barnepensjonHint:
			'Barnepensjon: NAV trekkjer ein fast prosent av kvar utbetaling, same kva skattekort, også i juni og desember. Du treng ikkje oppgi skattekort.',
		monthRule: {
			ordinary: 'vanleg trekk',
			trekkfri: 'trekkfritt',
			half: 'halvt trekk',
			meldeperioderJune: 'dei to første meldeperiodane trekkfrie',
			meldeperioderDecember: 'éin meldeperiode trekkfri'
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
		tablePercent: 'Prosentsats på skattekortet',
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
		how: 'Slik rekna vi',
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
