// "Forklar en utbetaling" (/forklar): from NAV's payment notice to what caused the withholding.
export default {
	title: 'Forklar en utbetaling',
	intro:
		'Skriv inn det som står på utbetalingsmeldingen fra NAV. Vi finner hvilke skattekort og regler som gir akkurat det trekket, og viser utregningen.',
	year: 'Inntektsår',
	benefit: 'Ytelse',
	noticeLegend: 'Fra utbetalingsmeldingen',
	from: 'Periode fra',
	to: 'Periode til',
	amount: 'Brutto',
	amountHint: 'Beløpet før skatt for denne perioden.',
	withheld: 'Skattetrekk',
	withheldHint: 'Det som er trukket i skatt, med eller uten minus foran.',
	paidOn: 'Utbetalingsdato (kan stå tom)',
	earlierLegend: 'Tidligere utbetalinger for samme måned',
	earlierHint:
		'Fikk du en annen utbetaling for samme måned før denne, eller en annen utbetaling tidligere i måneden denne ble utbetalt? NAV regner da ut trekket for hele måneden på nytt, og tilleggstrekket tas bare én gang i måneden. Skriv den inn fra sin utbetalingsmelding.',
	earlierRow: 'Tidligere utbetaling {{n}}',
	addEarlier: 'Legg til en tidligere utbetaling',
	removeEarlier: 'Fjern tidligere utbetaling {{n}}',
	extraLegend: 'Frivillig tilleggstrekk',
	extraHint:
		'Bare hvis du vet at du har bedt NAV om å trekke ekstra. Vi gjetter aldri på et tilleggstrekk.',
	extraKind: { none: 'Nei', kroner: 'Ja, kroner i måneden', percent: 'Ja, prosent' },
	extraKroner: 'Tilleggstrekk i kroner per måned',
	extraPercent: 'Tilleggstrekk i prosent',
	submit: 'Forklar trekket',
	resultsTitle: 'Hva gir dette trekket?',
	summary: 'Trukket {{withheld}} av {{gross}} for {{days}} dager.',
	found: 'Disse forklaringene gir akkurat dette trekket. Den mest sannsynlige står først.',
	none: 'Ingen regel eller tabell vi kjenner til gir akkurat {{withheld}} av {{gross}}. Dette kommer nærmest:',
	checkTitleFound: 'Ser det feil ut? Dette kan du sjekke',
	checkTitle: 'Dette kan du sjekke',
	check: {
		period:
			'Perioden: trekket avhenger av hvor mange dager utbetalingen gjelder. Sjekk datoene fra og til på meldingen.',
		secondPayer:
			'En annen utbetaler eller ytelse: tabelltrekk brukes på én ytelse, andre ytelser trekkes med prosentsatsen på skattekortet.',
		changedCard:
			'Et endret skattekort: ble skattekortet endret i løpet av måneden, kan trekket være regnet med både gammelt og nytt kort.',
		earlier:
			'Tidligere utbetalinger for samme måned: da regner NAV ut hele måneden på nytt. Legg dem til over.',
		extra: 'Frivillig tilleggstrekk: har du bedt om ekstra trekk, legg det inn over.',
		earlierFigures:
			'Tallene fra de tidligere utbetalingene: sjekk periode, brutto og skattetrekk på hver av dem.',
		paidOn:
			'Utbetalingsdatoen: den avgjør rekkefølgen i måneden, juni og desember og tilleggstrekket. Skriv den inn fra meldingen.',
		frikortPartly:
			'Frikort: ble frikortbeløpet passert med denne utbetalingen, trekkes 50 % av delen over beløpet.'
	},
	cause: {
		table: 'Tabellkort: {{tables}}',
		trekkfri: 'Trekkfri måned: {{tables}}',
		half: 'Halvt trekk: {{tables}}',
		percent: {
			noCard: 'Uten skattekort: {{pct}}',
			noCardPension: 'Pensjon uten skattekort: {{pct}}',
			barnepensjon: 'Barnepensjon: {{pct}}',
			backPayment: 'Etterbetaling for tidligere år: {{pct}}',
			backPaymentFinnmark: 'Etterbetaling for tidligere år, Finnmark og Nord-Troms: {{pct}}',
			kildeskatt: 'Kildeskatt: {{pct}}',
			svalbard: 'Svalbard: {{pct}}',
			percentCard: 'Prosentkort på {{pct}}'
		},
		frikort: {
			within: 'Frikort, ikke brukt opp',
			usedUp: 'Frikort brukt opp: {{pct}}'
		}
	},
	tables: {
		one: 'tabell {{table}}',
		range: 'hvilken som helst tabell fra {{from}} til {{to}}',
		all: 'alle tabeller'
	},
	order: {
		only: 'Regnet som den eneste utbetalingen for måneden.',
		later:
			'Regnet etter de tidligere utbetalingene for måneden: NAV har regnet ut hele måneden på nytt.',
		first:
			'Bare hvis denne utbetalingen ble regnet ut før de tidligere du skrev inn. Sjekk rekkefølgen.'
	},
	recalcTitle: 'Månedens utregning',
	recalc: {
		month: 'Måned',
		days: 'Dager til nå',
		amount: 'Beløp til nå',
		total: 'Trekk for måneden',
		earlier: 'Trukket tidligere',
		now: 'Trekk nå'
	},
	shownFor: 'Utregningen er vist for tabell {{table}}.',
	stepsTitle: 'Slik blir det regnet',
	interpretation: 'Bygger på en tolkning',
	taxAndExtra: 'Skattetrekk {{tax}}, tilleggstrekk {{extra}}.',
	carry: 'Bruk dette i kalkulatoren',
	ownTable: 'Tabellnummeret på skattekortet ditt',
	ownTableHint:
		'Dette trekket passer med {{tables}}. Skriv tabellnummeret ditt, så tar vi det med til kalkulatoren: tabellene gir ulikt trekk i andre måneder.',
	ownTableNoFit: 'Tabell {{table}} gir ikke dette trekket.',
	carryBackPayment: 'Se hva etterbetalingen betyr for skatten',
	reason: {
		benefitMonth: {
			trekkfri: '{{benefit}} er trekkfri i {{month}}: NAV trekker ikke skatt etter tabellen.',
			half: 'For {{benefit}} trekker NAV halv skatt i {{month}}.'
		},
		meldeperiode:
			'Dette er en av de første meldeperiodene som utbetales i {{month}}. For {{benefit}} er de trekkfrie.',
		withUforetrygd:
			'Ytelser til gjenlevende ektefelle sammen med uføretrygd er trekkfrie i {{month}}.'
	},
	twelveMonthExcluded:
		'Tabeller med trekk over 12 måneder (som 7350 og 7500) trekker vanlig i juni og desember, så de er ikke med her.',
	agree: {
		trekkfri: 'Det trekkes ingenting i en trekkfri måned, uansett tabell.',
		noIncomeTax:
			'Ved denne inntekten gir disse tabellene samme trekk: fradraget er større enn inntekten, så bare trygdeavgift og trinnskatt er igjen.',
		nothingDue:
			'Ved denne inntekten gir ingen av disse tabellene trekk: inntekten er under grensene for både skatt og trygdeavgift.',
		capped:
			'Alle disse tabellene ville trukket mer enn utbetalingen, så hele utbetalingen er trukket.',
		rounding: 'Tabellene er ulike, men gir samme trekk på akkurat dette beløpet.'
	},
	unseenTrekkfri:
		'Forutsetter at {{count}} meldeperiode(r) utbetalt tidligere i {{month}}, som du ikke har skrevet inn, var de trekkfrie.',
	assumedTitle: 'Dette har vi lagt til grunn',
	assumed: {
		benefit: 'Ytelse: {{benefit}}',
		year: 'Inntektsår: {{year}}',
		paidOn: 'Utbetalt: {{date}}',
		paidOnAssumed:
			'Utbetalt: {{date}} (antatt: NAVs vanlige utbetalingsdag, datoen var ikke oppgitt)',
		orderOnly: 'Rekkefølge i måneden: regnet som den eneste utbetalingen',
		orderLater:
			'Rekkefølge i måneden: regnet etter de tidligere utbetalingene du skrev inn ({{count}})',
		extraKroner: 'Tilleggstrekk: {{amount}} i måneden',
		extraPercent: 'Tilleggstrekk: {{pct}}',
		extraNone: 'Tilleggstrekk: ingen'
	},
	earlierTitle: 'Tidligere utbetalinger du skrev inn',
	earlierLine: '{{period}}: brutto {{gross}}, trukket {{withheld}}, utbetalt {{date}}',
	earlierLineAssumed:
		'{{period}}: brutto {{gross}}, trukket {{withheld}}, utbetalt {{date}} (antatt)',
	near: {
		table: 'Tabell {{table}}',
		tableHalf: 'Tabell {{table}} med halvt trekk',
		tableTrekkfri: 'Tabell {{table}} i en trekkfri måned',
		more: '{{cause}} gir {{total}}, {{diff}} mer.',
		less: '{{cause}} gir {{total}}, {{diff}} mindre.'
	},
	errors: {
		aboveGross: 'Skattetrekket kan ikke være større enn bruttobeløpet.',
		paidAfterPayment: 'En tidligere utbetaling må være utbetalt før utbetalingen du vil forklare.',
		notSameMonth:
			'En tidligere utbetaling må gjelde samme måned som utbetalingen du vil forklare, eller være utbetalt tidligere i samme måned som den.',
		overlap:
			'Perioden overlapper med utbetalingen du vil forklare eller en annen tidligere utbetaling.'
	}
};
