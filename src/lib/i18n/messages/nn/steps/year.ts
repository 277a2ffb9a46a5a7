import type nb from '../../nb/steps/year';
import type { Messages } from '../../../types';

export default {
	sourceNav: '{{benefit}} frå NAV: {{amountKr}} i året, NAV trekkjer {{withheldKr}}.',
	sourceTable:
		'Inntekt {{amountKr}} med tabelltrekk etter tabell {{table}}: {{monthlyKr}} i månaden gir {{perMonthKr}} i trekk, i {{months}} månader: {{withheldKr}}. Vi reknar med at utbetalaren trekkjer slik heile året.',
	sourcePercent: 'Inntekt {{amountKr}} med prosenttrekk {{ratePct}}: {{withheldKr}} trekt.',
	sourceKnown: 'Inntekt {{amountKr}}, der du veit at det blir trekt {{withheldKr}}.',
	sourceBackPay:
		'Etterbetaling for tidlegare år ({{benefit}}): {{amountKr}}, trekt {{ratePct}} = {{withheldKr}}. Ho blir skattlagd i år, men ved skatteoppgjeret fordeler Skatteetaten ho av seg sjølv på åra ho gjeld når det gir lågare skatt.',
	needs: 'Vi manglar {{count}} opplysningar som avgjer svaret. Fyll dei inn, så reknar vi ut året.',
	barnepensjonNotCovered:
		'Barnepensjon blir skattlagd som kapitalinntekt med eige frådrag og er ikkje med i dette anslaget.',
	kildeskatt:
		'Kjeldeskatt: {{ratePct}} av {{incomeKr}} = {{taxKr}}. Det er skatten for året: ingen frådrag, ikkje skattefrådrag for pensjonsinntekt, og ingenting tilbake av skilnaden til skatten for busette i Noreg.',
	kildeskattException:
		'Unntak vi ikkje reknar ut: krev du ein lågare sats etter ein skatteavtale, eller skatt som busett etter EØS-regelen (minst 90 % av inntekta frå Noreg), kan skatten bli ein annan.',
	svalbard:
		'Svalbardskatt: {{lowPct}} av inntekta opp til {{limitKr}} (12 G, G = {{gKr}}) og {{highPct}} av det som er over; inntekt {{incomeKr}} gir {{taxKr}}.',
	svalbardGAssumed:
		'Grunnbeløpet frå 1. mai {{year}} er ikkje kjent enno. Vi har brukt G som galdt 1. januar, {{gKr}}, så grensa på 12 G er litt for låg.',
	svalbardTrygdeavgift:
		'Trygdeavgift: {{wagePct}} av løn og ytingar ({{wageKr}}) og {{pensionPct}} av pensjon ({{pensionKr}}) = {{taxKr}}.',
	svalbardFinal:
		'Skatten som blir trekt på Svalbard, er endeleg: {{totalKr}} for året, utan frådrag og utan skattefrådrag for pensjonsinntekt. Det blir ikkje noko tilbake ved skatteoppgjeret.',
	pensionMonthsFromPayments:
		'Pensjon frå NAV i {{months}} månader (månad {{from}} til {{to}}): skattefrådraget for pensjonsinntekt og grensene for det gjeld for dei månadene.',
	ageLowRate:
		'Du er {{age}} år i år (fødd {{birthYear}}): trygdeavgift på løn og ytingar etter låg sats, som for pensjon.',
	backPayRelief:
		'Etterbetalinga på {{amountKr}} gjeld {{forYear}}. Med inntekta di det året ({{earlierIncomeKr}}) gir fordelinga på åra {{reliefKr}} lågare skatt, og det blir trekt frå skatten for året.',
	backPayReliefNotCovered:
		'Etterbetalinga gjeld {{forYear}}, eit år vi ikkje har skattereglane for. Fordelinga på åra er ikkje rekna med.',
	withheld: 'Trekt i løpet av året, til saman: {{withheldKr}}.',
	range: {
		restskatt: 'Avhengig av føresetnadene nedanfor: restskatt mellom {{lowKr}} og {{highKr}}.',
		tilgode: 'Avhengig av føresetnadene nedanfor: mellom {{lowKr}} og {{highKr}} til gode.',
		mixed:
			'Avhengig av føresetnadene nedanfor: alt frå {{tilgodeKr}} til gode til {{restskattKr}} i restskatt.'
	},
	assumption: {
		deductionsFromTable:
			'Tabell {{table}} har eit frådrag på {{deductionKr}} innebygd. Skatteetaten reknar altså med at du har frådrag (til dømes renter) på omtrent det, og det har vi også gjort. Har du ikkje slike frådrag, blir resultatet {{deltaKr}} dårlegare.',
		capitalFromTable:
			'Tabell {{table}} har eit tillegg på {{additionKr}} innebygd. Skatteetaten reknar altså med anna inntekt (til dømes renter eller utleige) på omtrent det, og det har vi også gjort. Har du ikkje slik inntekt, blir resultatet {{deltaKr}} betre.',
		noDeductions:
			'Vi veit ikkje om du har andre frådrag (til dømes renter), og har rekna utan. Kvar {{stepKr}} i frådrag gir omtrent {{lowerKr}} lågare skatt.',
		pensionCredit:
			'Vi har rekna med skattefrådrag for pensjonsinntekt på {{creditKr}}, for {{months}} månader med pensjon og {{gradePct}} uttaksgrad. Har du lågare uttaksgrad, fyll han inn. Gjeld ikkje frådraget deg, blir skatten {{deltaKr}} høgare.',
		pensionTableDeductions:
			'Tabell {{table}} er på ein pensjon. Tabellen for ein pensjon tek også omsyn til skattefrådraget for pensjonsinntekt og den låge trygdeavgifta, så talet er ikkje frådrag du har. Vi har rekna utan andre frådrag. Har du frådrag på {{amountKr}}, blir resultatet {{deltaKr}} betre.',
		pensionTableAddition:
			'Tabell {{table}} er på ein pensjon. Talet i tabellen er ikkje inntekt vi kan slutte oss til, så vi har rekna utan anna inntekt. Har du anna inntekt på {{amountKr}}, blir resultatet {{deltaKr}} dårlegare.',
		age: 'Vi reknar med at du er mellom 17 og 69 år i år. Er du under 17 eller over 69, er trygdeavgifta på løn lågare, og skatten {{lowerKr}} lågare: fyll inn fødselsåret.',
		backPayRelief:
			'Etterbetalinga på {{amountKr}} gjeld {{forYear}}. Skatteetaten fordeler ho på åra når det gir lågare skatt, men vi kjenner ikkje inntekta di i {{forYear}}. Utan ho reknar vi utan fordeling; med fordeling kan skatten bli inntil {{reliefKr}} lågare. Det manglar: inntekta di i {{forYear}}.'
	},
	driver: {
		twoTables:
			'{{count}} utbetalarar trekkjer etter tabell. Kvar av dei gir deg personfrådraget og dei låge trinna, men du har berre rett på dei éin gong. Dette åleine gjer at det blir trekt omtrent {{costKr}} for lite over året. Det er ikkje resultatet for året: det står over, og der er dette rekna med saman med alt anna som trekkjer opp eller ned. Berre éin utbetalar skal bruke tabellen; dei andre skal trekkje prosent.',
		juneDecember:
			'Juni var trekkfri og desember halv, slik tabellen gjer for eit heilt år. Du fekk utbetaling berre {{months}} månader, så dei andre månadene tek ikkje att dei {{reliefKr}} som ikkje vart trekte.',
		percentTooLow:
			'Prosenttrekket på {{ratePct}} er lågare enn skatten du betalar i snitt ({{neededPct}}): det gir omtrent {{costKr}} for lite trekt.',
		backPay:
			'Etterbetalinga på {{amountKr}} vart trekt {{ratePct}} ({{withheldKr}}). Ho blir skattlagd i år, men blir fordelt av seg sjølv på åra ho gjeld når det gir lågare skatt. Det som blir trekt, er difor ofte meir enn skatten på ho.',
		frikortPassed:
			'Du har frikort opp til {{limitKr}}, men inntekta i året er {{incomeKr}}. Skatten på det som er over, kjem ved skatteoppgjeret viss han ikkje blir trekt.',
		frikortNoLimit:
			'Med frikort blir det ikkje trekt skatt, men inntekta i året ({{incomeKr}}) gir skatt. Han kjem ved skatteoppgjeret.'
	},
	deductionsAssumed:
		'Andre frådrag: du har ikkje oppgitt nokon, så vi reknar med {{amountKr}} ut frå tabellnummeret {{table}}.',
	capitalIncomeAssumed:
		'Anna alminneleg inntekt: du har ikkje oppgitt noka, så vi reknar med {{amountKr}} ut frå tabellnummeret {{table}}.',
	action: {
		nothing: 'Det ser ut til å gå omtrent opp (innanfor {{nearKr}}). Du treng ikkje gjere noko.',
		newTaxCard:
			'Endre skattekortet hos Skatteetaten (skatteetaten.no) med inntekta du ventar i år, så blir det trekt rett frå {{fromMonth}}, og restskatten på om lag {{amountKr}} blir mindre.',
		newTaxCardTwoTables:
			'Endre skattekortet hos Skatteetaten og oppgi alle utbetalarane, så berre éin brukar tabellen og dei andre trekkjer prosent. Då unngår du det meste av restskatten på omtrent {{amountKr}}.',
		extraWithholding:
			'Eller be NAV om friviljug ekstra skattetrekk: {{perMonthKr}} i månaden i {{months}} månader frå og med {{fromMonth}} ({{totalKr}} til saman) bringar resultatet omtrent i null.',
		extraWithholdingLast:
			'Eller be NAV om friviljug ekstra skattetrekk på {{perMonthKr}} i {{fromMonth}}: det bringar resultatet omtrent i null.',
		extraWithholdingPart:
			'Eller be NAV om friviljug ekstra skattetrekk, som byrjar månaden etter at NAV har registrert det: utbetalingane som er att, toler høgst {{perMonthKr}} i månaden, i {{months}} månader frå og med {{fromMonth}} ({{totalKr}} til saman).',
		extraWithholdingLastPart:
			'Eller be NAV om friviljug ekstra skattetrekk, som byrjar månaden etter at NAV har registrert det: utbetalinga i {{fromMonth}} toler høgst {{perMonthKr}}.',
		advance:
			'Det er ingen månad att der eit ekstra trekk eller eit nytt skattekort rekk å verke i år. Vil du sleppe renter på restskatten, kan du betale inn om lag {{amountKr}} som tilleggsforskot innan {{deadlineDate}} (Skatteetaten: Tilleggsforskot, skatteetaten.no).',
		advanceRest:
			'Det som ikkje rekk å bli trekt (om lag {{amountKr}}), kan du betale inn som tilleggsforskot innan {{deadlineDate}}, så slepp du renter på det (Skatteetaten: Tilleggsforskot, skatteetaten.no).',
		nextYearCard: 'Sjekk skattekortet for {{nextYear}}, så blir det trekt rett frå januar.',
		lowerWithholding:
			'Du får truleg {{amountKr}} tilbake etter skatteoppgjeret. Vil du heller ha pengane no, kan du endre skattekortet hos Skatteetaten.',
		yearOverRestskatt:
			'Året er omme, så det kan ikkje lenger trekkjast meir. Skatteoppgjeret viser truleg ein restskatt på omtrent {{amountKr}}; du kan betale han før du får oppgjeret.',
		yearOverTilgode: 'Året er omme. Skatteoppgjeret gir deg truleg omtrent {{amountKr}} tilbake.',
		checkAssumptions:
			'Svaret avheng av føresetnadene nedanfor. Sjekk dei, og fyll inn det du veit, så blir anslaget sikrare.'
	}
} satisfies Messages<typeof nb>;
