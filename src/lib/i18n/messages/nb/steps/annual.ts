// Steps of the annual tax (src/lib/engine/annual.ts). Kr: kroner, Pct: percent.
export default {
	income:
		'Personinntekt: {{wageKr}} lønn og ytelser som lønn, {{pensionKr}} pensjon, til sammen {{totalKr}}.',
	minstefradragWage:
		'Minstefradrag i lønn: {{ratePct}} av {{incomeKr}}, høyst {{maxKr}}: {{deductionKr}}.',
	minstefradragPension:
		'Minstefradrag i pensjon: {{ratePct}} av {{incomeKr}}, høyst {{maxKr}}: {{deductionKr}}.',
	minstefradragCombined:
		'Med både lønn og pensjon er minstefradragene til sammen høyst {{maxKr}}: {{deductionKr}}.',
	deductions: 'Andre fradrag du har oppgitt: {{amountKr}}.',
	alminneligInntekt: 'Alminnelig inntekt: {{amountKr}}.',
	personfradrag: 'Personfradrag: {{amountKr}}.',
	personfradragFinnmark: 'Personfradrag og finnmarksfradrag: {{amountKr}}.',
	skattAlminnelig: 'Skatt på alminnelig inntekt: {{ratePct}} av {{baseKr}} = {{taxKr}}.',
	trinnskattBracket: 'Trinnskatt fra {{fromKr}} til {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Trinnskatt på personinntekten {{incomeKr}}: {{taxKr}}.',
	trygdeavgiftBelow:
		'Ingen trygdeavgift: personinntekten {{incomeKr}} er ikke over {{frigrenseKr}}.',
	trygdeavgiftWage: 'Trygdeavgift på lønn og ytelser: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPension: 'Trygdeavgift på pensjon: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'Trygdeavgiften kan ikke være mer enn {{phaseInPct}} av det som er over {{frigrenseKr}}: {{taxKr}}.',
	trygdeavgift: 'Trygdeavgift i alt: {{taxKr}}.',
	total:
		'Skatt for året: {{skattAlminneligKr}} + {{trinnskattKr}} + {{trygdeavgiftKr}} = {{totalKr}}.',
	outcome: {
		restskatt:
			'Skatten for året er {{taxKr}}, og det er trukket {{withheldKr}}. Du får trolig restskatt på {{amountKr}}.',
		tilgode:
			'Skatten for året er {{taxKr}}, og det er trukket {{withheldKr}}. Du får trolig {{amountKr}} til gode.',
		even: 'Skatten for året er {{taxKr}}, og det er trukket {{withheldKr}}. Det går omtrent opp.'
	}
};
