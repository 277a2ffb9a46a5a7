import type nb from '../../nb/steps/annual';
import type { Messages } from '../../../types';

export default {
	income:
		'Personinntekt: {{wageKr}} løn og ytingar som løn, {{pensionKr}} pensjon, til saman {{totalKr}}.',
	minstefradragWage:
		'Minstefrådrag i løn: {{ratePct}} av {{incomeKr}}, høgst {{maxKr}}: {{deductionKr}}.',
	minstefradragPension:
		'Minstefrådrag i pensjon: {{ratePct}} av {{incomeKr}}, høgst {{maxKr}}: {{deductionKr}}.',
	minstefradragCombined:
		'Med både løn og pensjon er minstefrådraga til saman høgst {{maxKr}}: {{deductionKr}}.',
	capitalIncome: 'Anna alminneleg inntekt (til dømes renter og utleige): {{amountKr}}.',
	deductions: 'Andre frådrag du har oppgitt: {{amountKr}}.',
	alminneligInntekt: 'Alminneleg inntekt: {{amountKr}}.',
	personfradrag: 'Personfrådrag: {{amountKr}}.',
	personfradragFinnmark: 'Personfrådrag og finnmarksfrådrag: {{amountKr}}.',
	skattAlminnelig: 'Skatt på alminneleg inntekt: {{ratePct}} av {{baseKr}} = {{taxKr}}.',
	trinnskattBracket: 'Trinnskatt frå {{fromKr}} til {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Trinnskatt på personinntekta {{incomeKr}}: {{taxKr}}.',
	trygdeavgiftBelow:
		'Inga trygdeavgift: personinntekta {{incomeKr}} er ikkje over {{frigrenseKr}}.',
	trygdeavgiftWageLow:
		'Trygdeavgift på løn og ytingar etter låg sats (under 17 eller over 69 år): {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftWage: 'Trygdeavgift på løn og ytingar: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPension: 'Trygdeavgift på pensjon: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'Trygdeavgifta kan ikkje vere meir enn {{phaseInPct}} av det som er over {{frigrenseKr}}: {{taxKr}}.',
	trygdeavgift: 'Trygdeavgift i alt: {{taxKr}}.',
	total:
		'Skatt for året: {{skattAlminneligKr}} + {{trinnskattKr}} + {{trygdeavgiftKr}} = {{totalKr}}.',
	pensionCredit:
		'Skattefrådrag for pensjonsinntekt: høgst {{fullMaxKr}} for eit heilt år med full pensjon; for {{months}} månader med {{gradePct}} uttak {{maxKr}}. Samla pensjonsinntekt {{samletKr}} (uføretrygd {{uforeKr}} medrekna) trappar det ned med {{rate1Pct}} over {{threshold1Kr}} og {{rate2Pct}} over {{threshold2Kr}}: {{reductionKr}}. Frådraget blir {{creditKr}}.',
	pensionCreditAssumed:
		'Vi har rekna med skattefrådrag for pensjonsinntekt for {{months}} månader med {{gradePct}} uttak, slik det er for eit heilt år med alderspensjon frå folketrygda eller AFP i offentleg sektor. Får du berre anna pensjon (til dømes tenestepensjon), får du ikkje frådraget, og skatten blir høgare.',
	pensionCreditNotQualifying:
		'Ikkje skattefrådrag for pensjonsinntekt: pensjonen du har oppgitt, gir ikkje rett til det (berre alderspensjon frå folketrygda, AFP i offentleg sektor, tilsvarande EØS-pensjon og supplerande stønad gjer det).',
	pensionCreditNotCovered:
		'Skattefrådraget for pensjonsinntekt er ikkje med for {{year}}: vi har ikkje satsane for det året. Skatten kan difor vere lågare enn vist.',
	pensionCreditCapped:
		'Frådraget på {{creditKr}} kan ikkje gjere skatten negativ: det gir {{usedKr}}, heile skatten på {{taxKr}}.',
	totalAfterCredit:
		'Skatt for året etter skattefrådraget: {{beforeKr}} − {{creditKr}} = {{totalKr}}.',
	outcome: {
		restskatt:
			'Skatten for året er {{taxKr}}, og det er trekt {{withheldKr}}. Du får truleg restskatt på {{amountKr}}.',
		tilgode:
			'Skatten for året er {{taxKr}}, og det er trekt {{withheldKr}}. Du får truleg {{amountKr}} til gode.',
		even: 'Skatten for året er {{taxKr}}, og det er trekt {{withheldKr}}. Det går omtrent opp.'
	}
} satisfies Messages<typeof nb>;
