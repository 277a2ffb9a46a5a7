// "Sjekk utbetalingane" (/sjekk): a year of payments checked line by line.
export default {
	title: 'Sjekk utbetalingane',
	intro:
		'Skriv inn utbetalingane for året frå utbetalingsoversikta eller årsoppgåva frå NAV, eller lim dei inn. Vi finn skattekortet som forklarer dei, sjekkar trekket på kvar linje og viser kva som skil seg ut. Ingenting blir sendt frå eininga di.',
	year: 'Inntektsår',
	benefit: 'Yting',
	cardLegend: 'Skattekort',
	cardKind: { find: 'Finn det for meg', table: 'Tabellkort', percent: 'Prosentkort' },
	table: 'Tabellnummer',
	percent: 'Prosent',
	rowsLegend: 'Utbetalingar',
	row: 'Utbetaling {{n}}',
	from: 'Periode frå',
	to: 'Periode til',
	amount: 'Brutto',
	withheld: 'Skattetrekk',
	paidOn: 'Utbetalingsdato (kan stå tom)',
	addRow: 'Legg til ei utbetaling',
	removeRow: 'Fjern utbetaling {{n}}',
	importLegend: 'Lim inn eller importer ei liste',
	importHint:
		'Kolonnar: periode frå, periode til, brutto, skattetrekk og eventuelt utbetalingsdato, skilde med komma, semikolon eller tabulator (som når du kopierer frå eit rekneark). Overskrifter blir kjende att.',
	paste: 'Lim inn lista her',
	file: 'Eller vel ei fil (CSV eller tekst)',
	read: 'Les lista',
	columnsLegend: 'Kolonnane i lista',
	columnsHint: 'Sjekk at kvar opplysning er henta frå rett kolonne.',
	column: { none: '(ikkje i lista)', n: 'Kolonne {{n}}', named: 'Kolonne {{n}}: {{name}}' },
	field: {
		period: 'Periode (frå–til i éin kolonne)',
		from: 'Periode frå',
		to: 'Periode til',
		amount: 'Brutto',
		withheld: 'Skattetrekk',
		paidOn: 'Utbetalingsdato',
		table: 'Tabellnummer',
		tablePeriod: 'Tabellperiode'
	},
	use: 'Bruk {{n}} rader',
	importError: {
		empty: 'Lista er tom: vi fann ingen rader å lese.',
		shape:
			'Lista har ikkje forma vi ventar: minst kolonnane periode frå, periode til (eller éin kolonne med periode), brutto og skattetrekk, éi utbetaling per rad.',
		columns: 'Vel kolonnar for perioden, brutto og skattetrekk.'
	},
	payroll: {
		title: 'Lønsliste',
		intro:
			'Kvar linje har sitt eige tabellnummer og sin eigen tabellperiode, og blir sjekka mot tabelltrekket linje for linje. Ei lønsliste blir ikkje lagra i lenkja.',
		check: 'Sjekk {{n}} lønslinjer',
		line: 'Linje {{n}}',
		field: { table: 'Tabell', period: 'Tabellperiode', amount: 'Brutto', withheld: 'Skattetrekk' },
		issues: '{{count}} verdiar i lista kan ikkje lesast:',
		summary: '{{ok}} av {{n}} linjer har akkurat tabelltrekket.',
		negative: '{{count}} linjer har negativ netto (meir trekt enn utbetalt).',
		large: '{{count}} linjer har netto over {{kr}}, tre gonger det vanlege i lista.',
		shown: 'Viser dei {{shown}} linjene du bør sjå på først, av {{n}}.',
		flag: { negativeNet: 'Negativ netto', largeNet: 'Stor netto' },
		net: 'Netto',
		tableGives: 'Tabellen gir'
	},
	submit: 'Sjekk utbetalingane',
	resultsTitle: 'Resultat av sjekken',
	cardFound: 'Skattekortet som forklarer flest linjer: {{card}}.',
	cardGiven: 'Sjekka mot skattekortet du oppgav: {{card}}.',
	explains: '{{ok}} av {{n}} linjer stemmer med dette kortet.',
	alternatives: 'Desse korta forklarer like mange linjer: {{cards}}.',
	card: {
		table: 'tabell {{table}}',
		tableBack: 'tabell {{table}} (etterbetalingar {{pct}})',
		percent: 'prosentkort {{pct}}',
		none: 'utan skattekort',
		kildeskatt: 'kjeldeskatt',
		svalbard: 'Svalbard',
		frikort: 'frikort'
	},
	allOk: 'Alle linjene har akkurat det trekket kortet gir.',
	differCount: '{{count}} linjer skil seg ut. Dei står først.',
	linesTitle: 'Linje for linje',
	col: {
		period: 'Periode',
		amount: 'Brutto',
		withheld: 'Trekt',
		expected: 'Kortet gir',
		difference: 'Skilnad',
		status: 'Status'
	},
	status: { ok: 'Stemmer', differs: 'Avvik', unexplained: 'Avvik, uforklart' },
	likely: 'Mogleg årsak: {{cause}}',
	noCause: 'Ingen regel vi kjenner til gir dette trekket.',
	toCheck: 'Sjekk dette',
	orderFirst: ' (som om ho vart rekna før dei andre i månaden)',
	totalsTitle: 'Året samla',
	totals: {
		gross: 'Brutto',
		withheld: 'Trekt',
		expected: 'Kortet gir',
		difference: 'Skilnad',
		net: 'Utbetalt (netto)'
	},
	totalsMore: 'Det er trekt {{kr}} meir enn kortet gir for året.',
	totalsLess: 'Det er trekt {{kr}} mindre enn kortet gir for året.',
	totalsSame: 'Det som er trekt for året, er det kortet gir.',
	yearLink: 'Sjå året ditt med desse utbetalingane',
	yearLinkHint:
		'Utbetalingane og kortet blir tekne med. Året blir rekna med trekket kortet gir, så linjer som avvik, blir rekna slik kortet ville trekt dei.'
};
