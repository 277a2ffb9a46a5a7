// Steps of a person's income year (src/lib/engine/year/). Kr: kroner, Pct: percent.
export default {
	sourceNav: '{{benefit}} fra NAV: {{amountKr}} i året, NAV trekker {{withheldKr}}.',
	sourceTable:
		'Inntekt {{amountKr}} med tabelltrekk etter tabell {{table}}: {{monthlyKr}} i måneden gir {{perMonthKr}} i trekk, i {{months}} måneder: {{withheldKr}}. Vi regner med at utbetaleren trekker slik hele året.',
	sourcePercent: 'Inntekt {{amountKr}} med prosenttrekk {{ratePct}}: {{withheldKr}} trukket.',
	sourceKnown: 'Inntekt {{amountKr}}, der du vet at det trekkes {{withheldKr}}.',
	sourceBackPay:
		'Etterbetaling for tidligere år ({{benefit}}): {{amountKr}}, trukket {{ratePct}} = {{withheldKr}}. Den skattlegges i år, men ved skatteoppgjøret fordeler Skatteetaten den av seg selv på årene den gjelder når det gir lavere skatt.',
	needs: 'Vi mangler {{count}} opplysninger som avgjør svaret. Fyll dem inn, så regner vi ut året.',
	barnepensjonNotCovered:
		'Barnepensjon skattlegges som kapitalinntekt med eget fradrag og er ikke med i dette anslaget.',
	kildeskatt:
		'Kildeskatt: {{ratePct}} av {{incomeKr}} = {{taxKr}}. Det er skatten for året: ingen fradrag, ikke skattefradrag for pensjonsinntekt, og ingenting tilbake av forskjellen til skatten for bosatte i Norge.',
	kildeskattException:
		'Unntak vi ikke regner ut: krever du en lavere sats etter en skatteavtale, eller skatt som bosatt etter EØS-regelen (minst 90 % av inntekten fra Norge), kan skatten bli en annen.',
	svalbard:
		'Svalbardskatt: {{lowPct}} av inntekten opp til {{limitKr}} (12 G, G = {{gKr}}) og {{highPct}} av det som er over; inntekt {{incomeKr}} gir {{taxKr}}.',
	svalbardGAssumed:
		'Grunnbeløpet fra 1. mai {{year}} er ikke kjent ennå. Vi har brukt G som gjaldt 1. januar, {{gKr}}, så grensen på 12 G er litt for lav.',
	svalbardTrygdeavgift:
		'Trygdeavgift: {{wagePct}} av lønn og ytelser ({{wageKr}}) og {{pensionPct}} av pensjon ({{pensionKr}}) = {{taxKr}}.',
	svalbardFinal:
		'Skatten som trekkes på Svalbard, er endelig: {{totalKr}} for året, uten fradrag og uten skattefradrag for pensjonsinntekt. Det blir ikke noe tilbake ved skatteoppgjøret.',
	pensionMonthsFromPayments:
		'Pensjon fra NAV i {{months}} måneder (måned {{from}} til {{to}}): skattefradraget for pensjonsinntekt og grensene for det gjelder for de månedene.',
	ageLowRate:
		'Du er {{age}} år i år (født {{birthYear}}): trygdeavgift på lønn og ytelser etter lav sats, som for pensjon.',
	backPayRelief:
		'Etterbetalingen på {{amountKr}} gjelder {{forYear}}. Med inntekten din det året ({{earlierIncomeKr}}) gir fordelingen på årene {{reliefKr}} lavere skatt, og det trekkes fra skatten for året.',
	backPayReliefNotCovered:
		'Etterbetalingen gjelder {{forYear}}, et år vi ikke har skattereglene for. Fordelingen på årene er ikke regnet med.',
	withheld: 'Trukket i løpet av året, til sammen: {{withheldKr}}.',
	range: {
		restskatt: 'Avhengig av antakelsene nedenfor: restskatt mellom {{lowKr}} og {{highKr}}.',
		tilgode: 'Avhengig av antakelsene nedenfor: mellom {{lowKr}} og {{highKr}} til gode.',
		mixed:
			'Avhengig av antakelsene nedenfor: alt fra {{tilgodeKr}} til gode til {{restskattKr}} i restskatt.'
	},
	assumption: {
		deductionsFromTable:
			'Tabell {{table}} har et fradrag på {{deductionKr}} innebygd. Skatteetaten regner altså med at du har fradrag (for eksempel renter) på omtrent det, og det har vi også gjort. Har du ikke slike fradrag, blir resultatet {{deltaKr}} dårligere.',
		capitalFromTable:
			'Tabell {{table}} har et tillegg på {{additionKr}} innebygd. Skatteetaten regner altså med annen inntekt (for eksempel renter eller utleie) på omtrent det, og det har vi også gjort. Har du ikke slik inntekt, blir resultatet {{deltaKr}} bedre.',
		noDeductions:
			'Vi vet ikke om du har andre fradrag (for eksempel renter), og har regnet uten. Hver {{stepKr}} i fradrag gir omtrent {{lowerKr}} lavere skatt.',
		pensionCredit:
			'Vi har regnet med skattefradrag for pensjonsinntekt på {{creditKr}}, for {{months}} måneder med pensjon og {{gradePct}} uttaksgrad. Har du lavere uttaksgrad, fyll den inn. Gjelder ikke fradraget deg, blir skatten {{deltaKr}} høyere.',
		pensionTableDeductions:
			'Tabell {{table}} er på en pensjon. Tabellen for en pensjon tar også hensyn til skattefradraget for pensjonsinntekt og den lave trygdeavgiften, så tallet er ikke fradrag du har. Vi har regnet uten andre fradrag. Har du fradrag på {{amountKr}}, blir resultatet {{deltaKr}} bedre.',
		pensionTableAddition:
			'Tabell {{table}} er på en pensjon. Tallet i tabellen er ikke inntekt vi kan slutte oss til, så vi har regnet uten annen inntekt. Har du annen inntekt på {{amountKr}}, blir resultatet {{deltaKr}} dårligere.',
		age: 'Vi regner med at du er mellom 17 og 69 år i år. Er du under 17 eller over 69, er trygdeavgiften på lønn lavere, og skatten {{lowerKr}} lavere: fyll inn fødselsåret.',
		backPayRelief:
			'Etterbetalingen på {{amountKr}} gjelder {{forYear}}. Skatteetaten fordeler den på årene når det gir lavere skatt, men vi kjenner ikke inntekten din i {{forYear}}. Uten den regner vi uten fordeling; med fordeling kan skatten bli inntil {{reliefKr}} lavere. Det mangler: inntekten din i {{forYear}}.'
	},
	driver: {
		twoTables:
			'{{count}} utbetalere trekker etter tabell. Hver av dem gir deg personfradraget og de lave trinnene, men du har bare rett på dem én gang. Dette alene gjør at det trekkes omtrent {{costKr}} for lite over året. Det er ikke resultatet for året: det står over, og der er dette regnet med sammen med alt annet som trekker opp eller ned. Bare én utbetaler skal bruke tabellen; de andre skal trekke prosent.',
		juneDecember:
			'Juni var trekkfri og desember halv, slik tabellen gjør for et helt år. Du fikk utbetaling bare {{months}} måneder, så de andre månedene tar ikke igjen de {{reliefKr}} som ikke ble trukket.',
		percentTooLow:
			'Prosenttrekket på {{ratePct}} er lavere enn skatten du betaler i snitt ({{neededPct}}): det gir omtrent {{costKr}} for lite trukket.',
		backPay:
			'Etterbetalingen på {{amountKr}} ble trukket {{ratePct}} ({{withheldKr}}). Den skattlegges i år, men fordeles av seg selv på årene den gjelder når det gir lavere skatt. Det som trekkes, er derfor ofte mer enn skatten på den.',
		frikortPassed:
			'Du har frikort opp til {{limitKr}}, men inntekten i året er {{incomeKr}}. Skatten på det som er over, kommer ved skatteoppgjøret hvis den ikke trekkes.',
		frikortNoLimit:
			'Med frikort trekkes det ikke skatt, men inntekten i året ({{incomeKr}}) gir skatt. Den kommer ved skatteoppgjøret.'
	},
	deductionsAssumed:
		'Andre fradrag: du har ikke oppgitt noen, så vi antar {{amountKr}} ut fra tabellnummeret {{table}}.',
	capitalIncomeAssumed:
		'Annen alminnelig inntekt: du har ikke oppgitt noen, så vi antar {{amountKr}} ut fra tabellnummeret {{table}}.',
	action: {
		nothing: 'Det ser ut til å gå omtrent opp (innenfor {{nearKr}}). Du trenger ikke gjøre noe.',
		newTaxCard:
			'Endre skattekortet hos Skatteetaten (skatteetaten.no) med inntekten du venter i år, så trekkes det riktig fra {{fromMonth}}, og restskatten på omtrent {{amountKr}} blir mindre.',
		newTaxCardTwoTables:
			'Endre skattekortet hos Skatteetaten og oppgi alle utbetalerne, så bare én bruker tabellen og de andre trekker prosent. Da unngår du det meste av restskatten på omtrent {{amountKr}}.',
		extraWithholding:
			'Eller be NAV om frivillig ekstra skattetrekk: {{perMonthKr}} i måneden i {{months}} måneder fra og med {{fromMonth}} ({{totalKr}} til sammen) bringer resultatet omtrent i null.',
		extraWithholdingLast:
			'Eller be NAV om frivillig ekstra skattetrekk på {{perMonthKr}} i {{fromMonth}}: det bringer resultatet omtrent i null.',
		extraWithholdingPart:
			'Eller be NAV om frivillig ekstra skattetrekk, som begynner måneden etter at NAV har registrert det: utbetalingene som er igjen, tåler høyst {{perMonthKr}} i måneden, i {{months}} måneder fra og med {{fromMonth}} ({{totalKr}} til sammen).',
		extraWithholdingLastPart:
			'Eller be NAV om frivillig ekstra skattetrekk, som begynner måneden etter at NAV har registrert det: utbetalingen i {{fromMonth}} tåler høyst {{perMonthKr}}.',
		advance:
			'Det er ingen måned igjen der et ekstra trekk eller et nytt skattekort rekker å virke i år. Vil du slippe renter på restskatten, kan du betale inn omtrent {{amountKr}} som tilleggsforskudd innen {{deadlineDate}} (Skatteetaten: Tilleggsforskudd, skatteetaten.no).',
		advanceRest:
			'Det som ikke rekker å bli trukket (omtrent {{amountKr}}), kan du betale inn som tilleggsforskudd innen {{deadlineDate}}, så slipper du renter på det (Skatteetaten: Tilleggsforskudd, skatteetaten.no).',
		nextYearCard: 'Sjekk skattekortet for {{nextYear}}, så trekkes det riktig fra januar.',
		lowerWithholding:
			'Du får trolig {{amountKr}} tilbake etter skatteoppgjøret. Vil du heller ha pengene nå, kan du endre skattekortet hos Skatteetaten.',
		yearOverRestskatt:
			'Året er omme, så det kan ikke lenger trekkes mer. Skatteoppgjøret viser trolig en restskatt på omtrent {{amountKr}}; du kan betale den før du får oppgjøret.',
		yearOverTilgode: 'Året er omme. Skatteoppgjøret gir deg trolig omtrent {{amountKr}} tilbake.',
		checkAssumptions:
			'Svaret avhenger av antakelsene nedenfor. Sjekk dem, og fyll inn det du vet, så blir anslaget sikrere.'
	}
};
