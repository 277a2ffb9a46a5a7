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
	deductions: 'Andre frådrag du har oppgitt: {{amountKr}}.',
	alminneligInntekt: 'Alminneleg inntekt: {{amountKr}}.',
	personfradrag: 'Personfrådrag: {{amountKr}}.',
	personfradragFinnmark: 'Personfrådrag og finnmarksfrådrag: {{amountKr}}.',
	skattAlminnelig: 'Skatt på alminneleg inntekt: {{ratePct}} av {{baseKr}} = {{taxKr}}.',
	trinnskattBracket: 'Trinnskatt frå {{fromKr}} til {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Trinnskatt på personinntekta {{incomeKr}}: {{taxKr}}.',
	trygdeavgiftBelow:
		'Inga trygdeavgift: personinntekta {{incomeKr}} er ikkje over {{frigrenseKr}}.',
	trygdeavgiftWage: 'Trygdeavgift på løn og ytingar: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPension: 'Trygdeavgift på pensjon: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'Trygdeavgifta kan ikkje vere meir enn {{phaseInPct}} av det som er over {{frigrenseKr}}: {{taxKr}}.',
	trygdeavgift: 'Trygdeavgift i alt: {{taxKr}}.',
	total:
		'Skatt for året: {{skattAlminneligKr}} + {{trinnskattKr}} + {{trygdeavgiftKr}} = {{totalKr}}.',
	outcome: {
		restskatt:
			'Skatten for året er {{taxKr}}, og det er trekt {{withheldKr}}. Du får truleg restskatt på {{amountKr}}.',
		tilgode:
			'Skatten for året er {{taxKr}}, og det er trekt {{withheldKr}}. Du får truleg {{amountKr}} til gode.',
		even: 'Skatten for året er {{taxKr}}, og det er trekt {{withheldKr}}. Det går omtrent opp.'
	}
} satisfies Messages<typeof nb>;
