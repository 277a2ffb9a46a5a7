// "Sjekk utbetalingene" (/sjekk): a year of payments checked line by line.
export default {
	title: 'Sjekk utbetalingene',
	intro:
		'Skriv inn utbetalingene for året fra utbetalingsoversikten eller årsoppgaven fra NAV, eller lim dem inn. Vi finner skattekortet som forklarer dem, sjekker trekket på hver linje og viser hva som skiller seg ut. Ingenting sendes fra enheten din.',
	year: 'Inntektsår',
	benefit: 'Ytelse',
	cardLegend: 'Skattekort',
	cardKind: { find: 'Finn det for meg', table: 'Tabellkort', percent: 'Prosentkort' },
	table: 'Tabellnummer',
	percent: 'Prosent',
	rowsLegend: 'Utbetalinger',
	row: 'Utbetaling {{n}}',
	from: 'Periode fra',
	to: 'Periode til',
	amount: 'Brutto',
	withheld: 'Skattetrekk',
	paidOn: 'Utbetalingsdato (kan stå tom)',
	addRow: 'Legg til en utbetaling',
	removeRow: 'Fjern utbetaling {{n}}',
	importLegend: 'Lim inn eller importer en liste',
	importHint:
		'Kolonner: periode fra, periode til, brutto, skattetrekk og eventuelt utbetalingsdato, skilt med komma, semikolon eller tabulator (som når du kopierer fra et regneark). Overskrifter blir gjenkjent.',
	paste: 'Lim inn listen her',
	file: 'Eller velg en fil (CSV eller tekst)',
	read: 'Les listen',
	columnsLegend: 'Kolonnene i listen',
	columnsHint: 'Sjekk at hver opplysning er hentet fra riktig kolonne.',
	column: { none: '(ikke i listen)', n: 'Kolonne {{n}}', named: 'Kolonne {{n}}: {{name}}' },
	field: {
		period: 'Periode (fra–til i én kolonne)',
		from: 'Periode fra',
		to: 'Periode til',
		amount: 'Brutto',
		withheld: 'Skattetrekk',
		paidOn: 'Utbetalingsdato',
		table: 'Tabellnummer',
		tablePeriod: 'Tabellperiode'
	},
	use: 'Bruk {{n}} rader',
	importError: {
		empty: 'Listen er tom: vi fant ingen rader å lese.',
		shape:
			'Listen har ikke formen vi venter: minst kolonnene periode fra, periode til (eller én kolonne med periode), brutto og skattetrekk, én utbetaling per rad.',
		columns: 'Velg kolonner for perioden, brutto og skattetrekk.'
	},
	payroll: {
		title: 'Lønnsliste',
		intro:
			'Hver linje har sitt eget tabellnummer og sin egen tabellperiode, og sjekkes mot tabelltrekket linje for linje. En lønnsliste lagres ikke i lenken.',
		check: 'Sjekk {{n}} lønnslinjer',
		line: 'Linje {{n}}',
		field: { table: 'Tabell', period: 'Tabellperiode', amount: 'Brutto', withheld: 'Skattetrekk' },
		issues: '{{count}} verdier i listen kan ikke leses:',
		summary: '{{ok}} av {{n}} linjer har akkurat tabelltrekket.',
		negative: '{{count}} linjer har negativ netto (mer trukket enn utbetalt).',
		large: '{{count}} linjer har netto over {{kr}}, tre ganger det vanlige i listen.',
		shown: 'Viser de {{shown}} linjene du bør se på først, av {{n}}.',
		flag: { negativeNet: 'Negativ netto', largeNet: 'Stor netto' },
		net: 'Netto',
		tableGives: 'Tabellen gir'
	},
	submit: 'Sjekk utbetalingene',
	resultsTitle: 'Resultat av sjekken',
	cardFound: 'Skattekortet som forklarer flest linjer: {{card}}.',
	cardGiven: 'Sjekket mot skattekortet du oppga: {{card}}.',
	explains: '{{ok}} av {{n}} linjer stemmer med dette kortet.',
	alternatives: 'Disse kortene forklarer like mange linjer: {{cards}}.',
	card: {
		table: 'tabell {{table}}',
		tableBack: 'tabell {{table}} (etterbetalinger {{pct}})',
		percent: 'prosentkort {{pct}}',
		none: 'uten skattekort',
		kildeskatt: 'kildeskatt',
		svalbard: 'Svalbard',
		frikort: 'frikort'
	},
	allOk: 'Alle linjene har akkurat det trekket kortet gir.',
	differCount: '{{count}} linjer skiller seg ut. De står først.',
	linesTitle: 'Linje for linje',
	col: {
		period: 'Periode',
		amount: 'Brutto',
		withheld: 'Trukket',
		expected: 'Kortet gir',
		difference: 'Forskjell',
		status: 'Status'
	},
	status: { ok: 'Stemmer', differs: 'Avviker', unexplained: 'Avviker, uforklart' },
	likely: 'Mulig årsak: {{cause}}',
	noCause: 'Ingen regel vi kjenner til gir dette trekket.',
	toCheck: 'Sjekk dette',
	orderFirst: ' (som om den ble regnet før de andre i måneden)',
	totalsTitle: 'Året samlet',
	totals: {
		gross: 'Brutto',
		withheld: 'Trukket',
		expected: 'Kortet gir',
		difference: 'Forskjell',
		net: 'Utbetalt (netto)'
	},
	totalsMore: 'Det er trukket {{kr}} mer enn kortet gir for året.',
	totalsLess: 'Det er trukket {{kr}} mindre enn kortet gir for året.',
	totalsSame: 'Det som er trukket for året, er det kortet gir.',
	yearLink: 'Se året ditt med disse utbetalingene',
	yearLinkHint:
		'Utbetalingene og kortet tas med. Året regnes med trekket kortet gir, så linjer som avviker, regnes slik kortet ville trukket dem.'
};
