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
			'Desember er trekkfri etter skattebetalingsloven § 5-7; én NAV-side fra 2023 sier halvt trekk.',
		barnepensjonHint:
			'Barnepensjon: NAV trekker en fast prosent av hver utbetaling, uansett skattekort, også i juni og desember. Du trenger ikke oppgi skattekort.',
		monthRule: {
			ordinary: 'vanlig trekk',
			trekkfri: 'trekkfritt',
			half: 'halvt trekk',
			meldeperioderJune: 'de to første meldeperiodene trekkfrie',
			meldeperioderDecember: 'én meldeperiode trekkfri'
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
		tablePercent: 'Prosentsats på skattekortet',
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
		how: 'Slik regnet vi',
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
