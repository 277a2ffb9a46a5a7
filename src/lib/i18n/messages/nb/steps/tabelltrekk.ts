// Steps of the table routine (src/lib/engine/tabelltrekk/). Values ending in Kr are kroner,
// Pct percent; period is a table period; factor, divisor and months are plain numbers.
export default {
	base: 'Tabellen går i trinn på {{stepKr}}: trekkgrunnlaget {{amountKr}} rundes ned til sitt trinn, og midten av trinnet brukes: {{baseKr}}.',
	annualIncome: 'Omregnet til årsinntekt: {{baseKr}} × {{factor}} = {{incomeKr}}.',
	minstefradrag: 'Minstefradrag: {{ratePct}} av {{incomeKr}}, høyst {{maxKr}}: {{deductionKr}}.',
	tableDeduction: 'Tabell {{table}} har et innebygd fradrag på {{amountKr}}.',
	tableAddition:
		'Tabell {{table}} legger {{amountKr}} til inntekten (et tillegg, ikke et fradrag).',
	standardDeduction: 'Standardfradrag: {{ratePct}} av inntekten, høyst {{maxKr}}: {{deductionKr}}.',
	seafarerDeduction: 'Sjømannsfradrag: {{ratePct}} av inntekten, høyst {{maxKr}}: {{deductionKr}}.',
	personfradrag: 'Personfradrag: {{amountKr}}.',
	personfradragFinnmark: 'Personfradrag med finnmarksfradrag: {{amountKr}}.',
	alminneligInntekt: 'Alminnelig inntekt etter fradrag: {{amountKr}}.',
	kommuneskatt: 'Skatt til kommune og fylke: {{ratePct}} av alminnelig inntekt = {{taxKr}}.',
	fellesskatt: 'Fellesskatt: {{ratePct}} av alminnelig inntekt = {{taxKr}}.',
	trinnskattBracket: 'Trinnskatt fra {{fromKr}} til {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Trinnskatt på {{incomeKr}}, rundet av: {{taxKr}}.',
	trygdeavgiftNone: 'Denne tabellen trekker ikke trygdeavgift.',
	trygdeavgiftBelow: 'Ingen trygdeavgift: inntekten {{incomeKr}} er under {{frigrenseKr}}.',
	trygdeavgift: 'Trygdeavgift: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'Trygdeavgiften trappes opp: {{phaseInPct}} av det som er over {{frigrenseKr}} = {{taxKr}} (lavere enn {{ratePct}} av hele inntekten).',
	annualTax: 'Skatt for hele året: {{taxKr}}.',
	divide:
		'Årsskatten deles på {{divisor}}, tabellens tall for denne trekkperioden når det trekkes over {{months}} måneder: {{trekkKr}}.',
	divideDown:
		'Årsskatten deles på {{divisor}}, tabellens tall for denne trekkperioden, og rundes ned: {{trekkKr}}.',
	cap: 'Trekket kan ikke bli større enn beløpet, så det blir {{trekkKr}}.'
};
