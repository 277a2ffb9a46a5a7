import type nb from '../nb/explain';
import type { Messages } from '../../types';

export default {
	title: 'Forklar ei utbetaling',
	intro:
		'Skriv inn det som står på utbetalingsmeldinga frå NAV. Vi finn kva skattekort og reglar som gir akkurat det trekket, og viser utrekninga.',
	year: 'Inntektsår',
	benefit: 'Yting',
	noticeLegend: 'Frå utbetalingsmeldinga',
	from: 'Periode frå',
	to: 'Periode til',
	amount: 'Brutto',
	amountHint: 'Beløpet før skatt for denne perioden.',
	withheld: 'Skattetrekk',
	withheldHint: 'Det som er trekt i skatt, med eller utan minus framfor.',
	paidOn: 'Utbetalingsdato (kan stå tom)',
	earlierLegend: 'Tidlegare utbetalingar for same månad',
	earlierHint:
		'Fekk du ei anna utbetaling for same månad før denne, eller ei anna utbetaling tidlegare i månaden denne vart utbetalt? NAV reknar då ut trekket for heile månaden på nytt, og tilleggstrekket blir berre teke éin gong i månaden. Skriv ho inn frå utbetalingsmeldinga hennar.',
	earlierRow: 'Tidlegare utbetaling {{n}}',
	addEarlier: 'Legg til ei tidlegare utbetaling',
	removeEarlier: 'Fjern tidlegare utbetaling {{n}}',
	extraLegend: 'Friviljug tilleggstrekk',
	extraHint:
		'Berre viss du veit at du har bede NAV om å trekkje ekstra. Vi gjettar aldri på eit tilleggstrekk.',
	extraKind: { none: 'Nei', kroner: 'Ja, kroner i månaden', percent: 'Ja, prosent' },
	extraKroner: 'Tilleggstrekk i kroner per månad',
	extraPercent: 'Tilleggstrekk i prosent',
	submit: 'Forklar trekket',
	resultsTitle: 'Kva gir dette trekket?',
	summary: 'Trekt {{withheld}} av {{gross}} for {{days}} dagar.',
	found: 'Desse forklaringane gir akkurat dette trekket. Den mest sannsynlege står først.',
	none: 'Ingen regel eller tabell vi kjenner til, gir akkurat {{withheld}} av {{gross}}. Dette kjem nærast:',
	checkTitleFound: 'Ser det feil ut? Dette kan du sjekke',
	checkTitle: 'Dette kan du sjekke',
	check: {
		period:
			'Perioden: trekket heng av kor mange dagar utbetalinga gjeld. Sjekk datoane frå og til på meldinga.',
		secondPayer:
			'Ein annan utbetalar eller ei anna yting: tabelltrekk blir brukt på éi yting, andre ytingar blir trekte med prosentsatsen på skattekortet.',
		changedCard:
			'Eit endra skattekort: vart skattekortet endra i løpet av månaden, kan trekket vere rekna med både gammalt og nytt kort.',
		earlier:
			'Tidlegare utbetalingar for same månad: då reknar NAV ut heile månaden på nytt. Legg dei til over.',
		extra: 'Friviljug tilleggstrekk: har du bede om ekstra trekk, legg det inn over.',
		earlierFigures:
			'Tala frå dei tidlegare utbetalingane: sjekk periode, brutto og skattetrekk på kvar av dei.',
		paidOn:
			'Utbetalingsdatoen: han avgjer rekkjefølgja i månaden, juni og desember og tilleggstrekket. Skriv han inn frå meldinga.',
		frikortPartly:
			'Frikort: vart frikortbeløpet passert med denne utbetalinga, blir 50 % av delen over beløpet trekt.'
	},
	cause: {
		table: 'Tabellkort: {{tables}}',
		trekkfri: 'Trekkfri månad: {{tables}}',
		half: 'Halvt trekk: {{tables}}',
		percent: {
			noCard: 'Utan skattekort: {{pct}}',
			noCardPension: 'Pensjon utan skattekort: {{pct}}',
			barnepensjon: 'Barnepensjon: {{pct}}',
			backPayment: 'Etterbetaling for tidlegare år: {{pct}}',
			backPaymentFinnmark: 'Etterbetaling for tidlegare år, Finnmark og Nord-Troms: {{pct}}',
			kildeskatt: 'Kjeldeskatt: {{pct}}',
			svalbard: 'Svalbard: {{pct}}',
			percentCard: 'Prosentkort på {{pct}}'
		},
		frikort: {
			within: 'Frikort, ikkje brukt opp',
			usedUp: 'Frikort brukt opp: {{pct}}'
		}
	},
	tables: {
		one: 'tabell {{table}}',
		range: 'kva tabell som helst frå {{from}} til {{to}}',
		all: 'alle tabellar'
	},
	order: {
		only: 'Rekna som den einaste utbetalinga for månaden.',
		later:
			'Rekna etter dei tidlegare utbetalingane for månaden: NAV har rekna ut heile månaden på nytt.',
		first:
			'Berre viss denne utbetalinga vart rekna ut før dei tidlegare du skreiv inn. Sjekk rekkjefølgja.'
	},
	recalcTitle: 'Utrekninga for månaden',
	recalc: {
		month: 'Månad',
		days: 'Dagar til no',
		amount: 'Beløp til no',
		total: 'Trekk for månaden',
		earlier: 'Trekt tidlegare',
		now: 'Trekk no'
	},
	shownFor: 'Utrekninga er vist for tabell {{table}}.',
	stepsTitle: 'Slik blir det rekna',
	interpretation: 'Byggjer på ei tolking',
	taxAndExtra: 'Skattetrekk {{tax}}, tilleggstrekk {{extra}}.',
	carry: 'Bruk dette i kalkulatoren',
	ownTable: 'Tabellnummeret på skattekortet ditt',
	ownTableHint:
		'Dette trekket passar med {{tables}}. Skriv tabellnummeret ditt, så tek vi det med til kalkulatoren: tabellane gir ulikt trekk i andre månader.',
	ownTableNoFit: 'Tabell {{table}} gir ikkje dette trekket.',
	carryBackPayment: 'Sjå kva etterbetalinga tyder for skatten',
	reason: {
		benefitMonth: {
			trekkfri: '{{benefit}} er trekkfri i {{month}}: NAV trekkjer ikkje skatt etter tabellen.',
			half: 'For {{benefit}} trekkjer NAV halv skatt i {{month}}.'
		},
		meldeperiode:
			'Dette er ein av dei første meldeperiodane som blir utbetalte i {{month}}. For {{benefit}} er dei trekkfrie.',
		withUforetrygd:
			'Ytingar til attlevande ektefelle saman med uføretrygd er trekkfrie i {{month}}.'
	},
	twelveMonthExcluded:
		'Tabellar med trekk over 12 månader (som 7350 og 7500) trekkjer vanleg i juni og desember, så dei er ikkje med her.',
	agree: {
		trekkfri: 'Det blir ikkje trekt noko i ein trekkfri månad, same kva tabell.',
		noIncomeTax:
			'Ved denne inntekta gir desse tabellane same trekk: frådraget er større enn inntekta, så berre trygdeavgift og trinnskatt er att.',
		nothingDue:
			'Ved denne inntekta gir ingen av desse tabellane trekk: inntekta er under grensene for både skatt og trygdeavgift.',
		capped:
			'Alle desse tabellane ville ha trekt meir enn utbetalinga, så heile utbetalinga er trekt.',
		rounding: 'Tabellane er ulike, men gir same trekk på akkurat dette beløpet.'
	},
	unseenTrekkfri:
		'Føreset at {{count}} meldeperiode(ar) utbetalt tidlegare i {{month}}, som du ikkje har skrive inn, var dei trekkfrie.',
	assumedTitle: 'Dette har vi lagt til grunn',
	assumed: {
		benefit: 'Yting: {{benefit}}',
		year: 'Inntektsår: {{year}}',
		paidOn: 'Utbetalt: {{date}}',
		paidOnAssumed:
			'Utbetalt: {{date}} (rekna med: den vanlege utbetalingsdagen til NAV, datoen var ikkje oppgitt)',
		orderOnly: 'Rekkjefølgje i månaden: rekna som den einaste utbetalinga',
		orderLater:
			'Rekkjefølgje i månaden: rekna etter dei tidlegare utbetalingane du skreiv inn ({{count}})',
		extraKroner: 'Tilleggstrekk: {{amount}} i månaden',
		extraPercent: 'Tilleggstrekk: {{pct}}',
		extraNone: 'Tilleggstrekk: inga'
	},
	earlierTitle: 'Tidlegare utbetalingar du skreiv inn',
	earlierLine: '{{period}}: brutto {{gross}}, trekt {{withheld}}, utbetalt {{date}}',
	earlierLineAssumed:
		'{{period}}: brutto {{gross}}, trekt {{withheld}}, utbetalt {{date}} (rekna med)',
	near: {
		table: 'Tabell {{table}}',
		tableHalf: 'Tabell {{table}} med halvt trekk',
		tableTrekkfri: 'Tabell {{table}} i ein trekkfri månad',
		more: '{{cause}} gir {{total}}, {{diff}} meir.',
		less: '{{cause}} gir {{total}}, {{diff}} mindre.'
	},
	errors: {
		aboveGross: 'Skattetrekket kan ikkje vere større enn bruttobeløpet.',
		paidAfterPayment: 'Ei tidlegare utbetaling må vere utbetalt før utbetalinga du vil forklare.',
		notSameMonth:
			'Ei tidlegare utbetaling må gjelde same månad som utbetalinga du vil forklare, eller vere utbetalt tidlegare i same månad som ho.',
		overlap:
			'Perioden overlappar med utbetalinga du vil forklare eller ei anna tidlegare utbetaling.'
	}
} satisfies Messages<typeof nb>;
