import type nb from '../nb/etterbetaling';
import type { Messages } from '../../types';

export default {
	title: 'Etterbetaling: kva skjer med skatten?',
	intro:
		'Ei etterbetaling frå NAV blir ofte trekt med ein høg fast sats, og skattlagd i året ho blir utbetalt. Sjå kva som blir trekt no, og kva skatteoppgjeret truleg gjer.',
	payoutYear: 'Året etterbetalinga blir utbetalt',
	benefit: 'Kva yting gjeld etterbetalinga?',
	finnmark: 'Eg bur i Finnmark eller Nord-Troms (tiltakssona)',
	cardLegend: 'Skattekort for utbetalingsåret',
	cardHint:
		'Gjeld etterbetalinga tidlegare månader i år, blir prosentsatsen på skattekortet trekt, også med tabellkort. Då treng vi skattekortet og prosentsatsen.',
	cardKind: {
		none: 'Veit ikkje / vanleg (fast sats for tidlegare år)',
		table: 'Tabellkort',
		percent: 'Prosentkort',
		kildeskatt: 'Eg bur i utlandet (kjeldeskatt)',
		svalbard: 'Svalbard'
	},
	tablePercent: 'Prosentsats på skattekortet',
	partsLegend: 'Kva gjeld etterbetalinga?',
	part: 'Del {{n}}',
	partYear: 'Gjeld året',
	partAmount: 'Beløp før skatt',
	fromMonth: 'Frå månad',
	toMonth: 'Til månad',
	addPart: 'Legg til eit år',
	removePart: 'Fjern del {{n}}',
	incomeLegend: 'Den andre inntekta di, utan etterbetalinga',
	incomeHint:
		'For utbetalingsåret treng vi begge (skriv 0 dersom du ikkje har noko). For tidlegare år kan du la begge stå tomme dersom du ikkje veit: då brukar vi inntekta for utbetalingsåret, og seier det i resultatet. Eit tomt felt blir aldri rekna som 0.',
	incomeWage: 'Løn og ytingar som løn i {{year}}',
	incomePension: 'Pensjon i {{year}}',
	nowTitle: 'Når etterbetalinga blir utbetalt',
	withheldNow: 'Blir trekt no',
	settlementTitle: 'På skatteoppgjeret',
	inPayout: 'Alt skattlagt i {{year}}',
	spread: 'Fordelt på åra ho gjeld',
	extraTax: 'Ekstra skatt',
	sameYearOnly:
		'Heile etterbetalinga gjeld {{year}}. Då er det ingenting å fordele på andre år, og ikkje noko frådrag å sjå etter: ho blir skattlagd med resten av inntekta di i {{year}}, om lag {{extraTax}} meir i skatt.',
	withheldNowCard:
		'Etterbetalinga gjeld tidlegare månader i år, så NAV trekkjer prosentsatsen på skattekortet ditt: {{pct}}.',
	relief: 'Frådrag du får automatisk',
	finalTax: 'Skatt på etterbetalinga',
	keep: 'Du held att',
	differenceMore: 'Truleg meir å betale for etterbetalinga på skatteoppgjeret',
	differenceBack: 'Truleg tilbake for etterbetalinga på skatteoppgjeret',
	difference: 'Skilnad mot det som vart trekt',
	checkTitle: 'Dette kan du sjekke på skatteoppgjeret',
	check:
		'Sjå etter frådraget for etterbetaling av pensjon og trygd. Stemmer ikkje inntekta for tidlegare år med det du oppgav her, kan tala bli annleis.'
} satisfies Messages<typeof nb>;
