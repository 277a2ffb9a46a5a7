export default {
	title: 'Etterbetaling: hva skjer med skatten?',
	intro:
		'En etterbetaling fra NAV trekkes ofte med en høy fast sats, og skattlegges i året den utbetales. Se hva som trekkes nå, og hva skatteoppgjøret trolig gjør.',
	payoutYear: 'Året etterbetalingen utbetales',
	benefit: 'Hvilken ytelse gjelder etterbetalingen?',
	finnmark: 'Jeg bor i Finnmark eller Nord-Troms (tiltakssonen)',
	cardLegend: 'Skattekort for utbetalingsåret',
	cardHint:
		'Gjelder etterbetalingen tidligere måneder i år, trekkes prosentsatsen på skattekortet, også med tabellkort. Da trenger vi skattekortet og prosentsatsen.',
	cardKind: {
		none: 'Vet ikke / vanlig (fast sats for tidligere år)',
		table: 'Tabellkort',
		percent: 'Prosentkort',
		kildeskatt: 'Jeg bor i utlandet (kildeskatt)',
		svalbard: 'Svalbard'
	},
	tablePercent: 'Prosentsats på skattekortet',
	partsLegend: 'Hva gjelder etterbetalingen?',
	part: 'Del {{n}}',
	partYear: 'Gjelder året',
	partAmount: 'Beløp før skatt',
	fromMonth: 'Fra måned',
	toMonth: 'Til måned',
	addPart: 'Legg til et år',
	removePart: 'Fjern del {{n}}',
	incomeLegend: 'Din andre inntekt, uten etterbetalingen',
	incomeHint:
		'For utbetalingsåret trenger vi begge (skriv 0 hvis du ikke har noe). For tidligere år kan du la begge stå tomme hvis du ikke vet: da bruker vi inntekten for utbetalingsåret, og sier det i resultatet. Et tomt felt regnes aldri som 0.',
	incomeWage: 'Lønn og ytelser som lønn i {{year}}',
	incomePension: 'Pensjon i {{year}}',
	nowTitle: 'Når etterbetalingen utbetales',
	withheldNow: 'Trekkes nå',
	settlementTitle: 'På skatteoppgjøret',
	inPayout: 'Alt skattlagt i {{year}}',
	spread: 'Fordelt på årene den gjelder',
	extraTax: 'Ekstra skatt',
	sameYearOnly:
		'Hele etterbetalingen gjelder {{year}}. Da er det ingenting å fordele på andre år, og ikke noe fradrag å se etter: den skattlegges med resten av inntekten din i {{year}}, omtrent {{extraTax}} mer i skatt.',
	withheldNowCard:
		'Etterbetalingen gjelder tidligere måneder i år, så NAV trekker prosentsatsen på skattekortet ditt: {{pct}}.',
	relief: 'Fradrag du får automatisk',
	finalTax: 'Skatt på etterbetalingen',
	keep: 'Du beholder',
	differenceMore: 'Trolig mer å betale for etterbetalingen på skatteoppgjøret',
	differenceBack: 'Trolig tilbake for etterbetalingen på skatteoppgjøret',
	difference: 'Forskjell mot det som ble trukket',
	checkTitle: 'Dette kan du sjekke på skatteoppgjøret',
	check:
		'Se etter fradraget for etterbetaling av pensjon og trygd. Stemmer inntekten for tidligere år ikke med det du oppga her, kan tallene bli annerledes.'
};
