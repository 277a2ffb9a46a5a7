import type nb from '../../nb/steps/year';
import type { Messages } from '../../../types';

export default {
	sourceNav: '{{benefit}} frå NAV: {{amountKr}} i året, NAV trekkjer {{withheldKr}}.',
	sourceTable:
		'Inntekt {{amountKr}} med tabelltrekk etter tabell {{table}}: {{monthlyKr}} i månaden gir {{perMonthKr}} i trekk, i {{months}} månader: {{withheldKr}}. Vi reknar med at utbetalaren trekkjer slik heile året.',
	sourcePercent: 'Inntekt {{amountKr}} med prosenttrekk {{ratePct}}: {{withheldKr}} trekt.',
	sourceKnown: 'Inntekt {{amountKr}}, der du veit at det blir trekt {{withheldKr}}.',
	sourceBackPay:
		'Etterbetaling for tidlegare år ({{benefit}}): {{amountKr}}, trekt {{ratePct}} = {{withheldKr}}.',
	needs: 'Vi manglar {{count}} opplysningar som avgjer svaret. Fyll dei inn, så reknar vi ut året.',
	barnepensjonNotCovered:
		'Barnepensjon blir skattlagd som kapitalinntekt med eige frådrag og er ikkje med i dette anslaget.',
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
			'Vi har rekna med skattefrådrag for pensjonsinntekt på {{creditKr}}, som for {{months}} månader med {{gradePct}} alderspensjon. Gjeld ikkje frådraget deg, blir skatten {{deltaKr}} høgare.'
	},
	driver: {
		twoTables:
			'{{count}} utbetalarar trekkjer etter tabell. Kvar av dei gir deg personfrådraget og dei låge trinna, men du har berre rett på dei éin gong: det kostar omtrent {{costKr}} i restskatt. Berre éin utbetalar skal bruke tabellen; dei andre skal trekkje prosent.',
		juneDecember:
			'Juni var trekkfri og desember halv, slik tabellen gjer for eit heilt år. Du fekk utbetaling berre {{months}} månader, så dei andre månadene tek ikkje att dei {{reliefKr}} som ikkje vart trekte.',
		percentTooLow:
			'Prosenttrekket på {{ratePct}} er lågare enn skatten du betalar i snitt ({{neededPct}}): det gir omtrent {{costKr}} for lite trekt.',
		backPay:
			'Etterbetalinga på {{amountKr}} vart trekt {{ratePct}} ({{withheldKr}}). Ho blir skattlagd med resten av inntekta i året, så skatten på ho kan bli høgare eller lågare enn det som vart trekt.',
		frikortPassed:
			'Du har frikort opp til {{limitKr}}, men inntekta i året er {{incomeKr}}. Skatten på det som er over, kjem ved skatteoppgjeret viss han ikkje blir trekt.',
		frikortNoLimit:
			'Med frikort blir det ikkje trekt skatt, men inntekta i året ({{incomeKr}}) gir skatt. Han kjem ved skatteoppgjeret.'
	},
	action: {
		nothing: 'Det ser ut til å gå omtrent opp (innanfor {{nearKr}}). Du treng ikkje gjere noko.',
		newTaxCard:
			'Endre skattekortet hos Skatteetaten (skatteetaten.no) med inntekta du ventar i år, så blir det trekt rett resten av året, og restskatten på omtrent {{amountKr}} blir mindre.',
		newTaxCardTwoTables:
			'Endre skattekortet hos Skatteetaten og oppgi alle utbetalarane, så berre éin brukar tabellen og dei andre trekkjer prosent. Då unngår du det meste av restskatten på omtrent {{amountKr}}.',
		extraWithholding:
			'Eller be NAV om friviljug ekstra skattetrekk: {{perMonthKr}} i månaden i {{months}} månader frå og med {{fromMonth}} ({{totalKr}} til saman) bringar resultatet omtrent i null.',
		extraWithholdingLast:
			'Eller be NAV om friviljug ekstra skattetrekk på {{perMonthKr}} i {{fromMonth}}: det bringar resultatet omtrent i null.',
		lowerWithholding:
			'Du får truleg {{amountKr}} tilbake etter skatteoppgjeret. Vil du heller ha pengane no, kan du endre skattekortet hos Skatteetaten.',
		yearOverRestskatt:
			'Året er omme, så det kan ikkje lenger trekkjast meir. Skatteoppgjeret viser truleg ein restskatt på omtrent {{amountKr}}; du kan betale han før du får oppgjeret.',
		yearOverTilgode: 'Året er omme. Skatteoppgjeret gir deg truleg omtrent {{amountKr}} tilbake.',
		checkAssumptions:
			'Svaret avheng av føresetnadene nedanfor. Sjekk dei, og fyll inn det du veit, så blir anslaget sikrare.'
	}
} satisfies Messages<typeof nb>;
