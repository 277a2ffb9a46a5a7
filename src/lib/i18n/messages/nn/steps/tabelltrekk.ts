import type nb from '../../nb/steps/tabelltrekk';
import type { Messages } from '../../../types';

export default {
	base: 'Tabellen går i trinn på {{stepKr}}: trekkgrunnlaget {{amountKr}} blir runda ned til trinnet sitt, og midten av trinnet blir brukt: {{baseKr}}.',
	annualIncome: 'Rekna om til årsinntekt: {{baseKr}} × {{factor}} = {{incomeKr}}.',
	minstefradrag: 'Minstefrådrag: {{ratePct}} av {{incomeKr}}, høgst {{maxKr}}: {{deductionKr}}.',
	tableDeduction: 'Tabell {{table}} har eit innebygd frådrag på {{amountKr}}.',
	tableAddition:
		'Tabell {{table}} legg {{amountKr}} til inntekta (eit tillegg, ikkje eit frådrag).',
	standardDeduction: 'Standardfrådrag: {{ratePct}} av inntekta, høgst {{maxKr}}: {{deductionKr}}.',
	seafarerDeduction: 'Sjømannsfrådrag: {{ratePct}} av inntekta, høgst {{maxKr}}: {{deductionKr}}.',
	personfradrag: 'Personfrådrag: {{amountKr}}.',
	personfradragFinnmark: 'Personfrådrag med finnmarksfrådrag: {{amountKr}}.',
	alminneligInntekt: 'Alminneleg inntekt etter frådrag: {{amountKr}}.',
	kommuneskatt: 'Skatt til kommune og fylke: {{ratePct}} av alminneleg inntekt = {{taxKr}}.',
	fellesskatt: 'Fellesskatt: {{ratePct}} av alminneleg inntekt = {{taxKr}}.',
	trinnskattBracket: 'Trinnskatt frå {{fromKr}} til {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Trinnskatt på {{incomeKr}}, runda av: {{taxKr}}.',
	trygdeavgiftNone: 'Denne tabellen trekkjer ikkje trygdeavgift.',
	trygdeavgiftBelow: 'Inga trygdeavgift: inntekta {{incomeKr}} er under {{frigrenseKr}}.',
	trygdeavgift: 'Trygdeavgift: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'Trygdeavgifta blir trappa opp: {{phaseInPct}} av det som er over {{frigrenseKr}} = {{taxKr}} (lågare enn {{ratePct}} av heile inntekta).',
	annualTax: 'Skatt for heile året: {{taxKr}}.',
	divide:
		'Årsskatten blir delt på {{divisor}}, talet tabellen brukar for denne trekkperioden når det blir trekt over {{months}} månader: {{trekkKr}}.',
	divideDown:
		'Årsskatten blir delt på {{divisor}}, talet tabellen brukar for denne trekkperioden, og runda ned: {{trekkKr}}.',
	cap: 'Trekket kan ikkje bli større enn beløpet, så det blir {{trekkKr}}.'
} satisfies Messages<typeof nb>;
