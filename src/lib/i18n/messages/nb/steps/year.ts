// Steps of a person's income year (src/lib/engine/year.ts). Kr: kroner, Pct: percent.
export default {
	sourceNav: '{{benefit}} fra NAV: {{amountKr}} i året, NAV trekker {{withheldKr}}.',
	sourceTable:
		'Inntekt {{amountKr}} med tabelltrekk etter tabell {{table}}: {{monthlyKr}} i måneden gir {{perMonthKr}} i trekk, i {{months}} måneder: {{withheldKr}}. Vi regner med at utbetaleren trekker slik hele året.',
	sourcePercent: 'Inntekt {{amountKr}} med prosenttrekk {{ratePct}}: {{withheldKr}} trukket.',
	sourceKnown: 'Inntekt {{amountKr}}, der du vet at det trekkes {{withheldKr}}.',
	sourceBackPay:
		'Etterbetaling for tidligere år ({{benefit}}): {{amountKr}}, trukket {{ratePct}} = {{withheldKr}}.',
	needs: 'Vi mangler {{count}} opplysninger som avgjør svaret. Fyll dem inn, så regner vi ut året.',
	barnepensjonNotCovered:
		'Barnepensjon skattlegges som kapitalinntekt med eget fradrag og er ikke med i dette anslaget.',
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
			'Vi har regnet med skattefradrag for pensjonsinntekt på {{creditKr}}, som for {{months}} måneder med {{gradePct}} alderspensjon. Gjelder ikke fradraget deg, blir skatten {{deltaKr}} høyere.'
	},
	driver: {
		twoTables:
			'{{count}} utbetalere trekker etter tabell. Hver av dem gir deg personfradraget og de lave trinnene, men du har bare rett på dem én gang: det koster omtrent {{costKr}} i restskatt. Bare én utbetaler skal bruke tabellen; de andre skal trekke prosent.',
		juneDecember:
			'Juni var trekkfri og desember halv, slik tabellen gjør for et helt år. Du fikk utbetaling bare {{months}} måneder, så de andre månedene tar ikke igjen de {{reliefKr}} som ikke ble trukket.',
		percentTooLow:
			'Prosenttrekket på {{ratePct}} er lavere enn skatten du betaler i snitt ({{neededPct}}): det gir omtrent {{costKr}} for lite trukket.',
		backPay:
			'Etterbetalingen på {{amountKr}} ble trukket {{ratePct}} ({{withheldKr}}). Den skattlegges med resten av årets inntekt, så skatten på den kan bli høyere eller lavere enn det som ble trukket.',
		frikortPassed:
			'Du har frikort opp til {{limitKr}}, men inntekten i året er {{incomeKr}}. Skatten på det som er over, kommer ved skatteoppgjøret hvis den ikke trekkes.',
		frikortNoLimit:
			'Med frikort trekkes det ikke skatt, men inntekten i året ({{incomeKr}}) gir skatt. Den kommer ved skatteoppgjøret.'
	},
	action: {
		nothing: 'Det ser ut til å gå omtrent opp (innenfor {{nearKr}}). Du trenger ikke gjøre noe.',
		newTaxCard:
			'Endre skattekortet hos Skatteetaten (skatteetaten.no) med inntekten du venter i år, så trekkes det riktig resten av året, og restskatten på omtrent {{amountKr}} blir mindre.',
		newTaxCardTwoTables:
			'Endre skattekortet hos Skatteetaten og oppgi alle utbetalerne, så bare én bruker tabellen og de andre trekker prosent. Da unngår du det meste av restskatten på omtrent {{amountKr}}.',
		extraWithholding:
			'Eller be NAV om frivillig ekstra skattetrekk: {{perMonthKr}} i måneden i {{months}} måneder fra og med {{fromMonth}} ({{totalKr}} til sammen) bringer resultatet omtrent i null.',
		extraWithholdingLast:
			'Eller be NAV om frivillig ekstra skattetrekk på {{perMonthKr}} i {{fromMonth}}: det bringer resultatet omtrent i null.',
		lowerWithholding:
			'Du får trolig {{amountKr}} tilbake etter skatteoppgjøret. Vil du heller ha pengene nå, kan du endre skattekortet hos Skatteetaten.',
		yearOverRestskatt:
			'Året er omme, så det kan ikke lenger trekkes mer. Skatteoppgjøret viser trolig en restskatt på omtrent {{amountKr}}; du kan betale den før du får oppgjøret.',
		yearOverTilgode: 'Året er omme. Skatteoppgjøret gir deg trolig omtrent {{amountKr}} tilbake.',
		checkAssumptions:
			'Svaret avhenger av antakelsene nedenfor. Sjekk dem, og fyll inn det du vet, så blir anslaget sikrere.'
	}
};
