// Steps of the annual tax (src/lib/engine/annual/). Kr: kroner, Pct: percent.
export default {
	income:
		'Personinntekt: {{wageKr}} lønn og ytelser som lønn, {{pensionKr}} pensjon, til sammen {{totalKr}}.',
	minstefradragWage:
		'Minstefradrag i lønn: {{ratePct}} av {{incomeKr}}, høyst {{maxKr}}: {{deductionKr}}.',
	minstefradragPension:
		'Minstefradrag i pensjon: {{ratePct}} av {{incomeKr}}, høyst {{maxKr}}: {{deductionKr}}.',
	minstefradragCombined:
		'Med både lønn og pensjon er minstefradragene til sammen høyst {{maxKr}}: {{deductionKr}}.',
	capitalIncome: 'Annen alminnelig inntekt (for eksempel renter og utleie): {{amountKr}}.',
	deductions: 'Andre fradrag du har oppgitt: {{amountKr}}.',
	alminneligInntekt: 'Alminnelig inntekt: {{amountKr}}.',
	personfradrag: 'Personfradrag: {{amountKr}}.',
	personfradragFinnmark: 'Personfradrag og finnmarksfradrag: {{amountKr}}.',
	skattAlminnelig: 'Skatt på alminnelig inntekt: {{ratePct}} av {{baseKr}} = {{taxKr}}.',
	trinnskattBracket: 'Trinnskatt fra {{fromKr}} til {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Trinnskatt på personinntekten {{incomeKr}}: {{taxKr}}.',
	trygdeavgiftBelow:
		'Ingen trygdeavgift: personinntekten {{incomeKr}} er ikke over {{frigrenseKr}}.',
	trygdeavgiftWageLow:
		'Trygdeavgift på lønn og ytelser etter lav sats (under 17 eller over 69 år): {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftWage: 'Trygdeavgift på lønn og ytelser: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPension: 'Trygdeavgift på pensjon: {{ratePct}} av {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'Trygdeavgiften kan ikke være mer enn {{phaseInPct}} av det som er over {{frigrenseKr}}: {{taxKr}}.',
	trygdeavgift: 'Trygdeavgift i alt: {{taxKr}}.',
	total:
		'Skatt for året: {{skattAlminneligKr}} + {{trinnskattKr}} + {{trygdeavgiftKr}} = {{totalKr}}.',
	pensionCredit:
		'Skattefradrag for pensjonsinntekt: høyst {{fullMaxKr}} for et helt år med full pensjon; for {{months}} måneder med {{gradePct}} uttak {{maxKr}}. Samlet pensjonsinntekt {{samletKr}} (uføretrygd {{uforeKr}} medregnet) trapper det ned med {{rate1Pct}} over {{threshold1Kr}} og {{rate2Pct}} over {{threshold2Kr}}: {{reductionKr}}. Fradraget blir {{creditKr}}.',
	pensionCreditAssumed:
		'Vi har regnet med skattefradrag for pensjonsinntekt for {{months}} måneder med {{gradePct}} uttak, slik det er for et helt år med alderspensjon fra folketrygden eller AFP i offentlig sektor. Får du bare annen pensjon (for eksempel tjenestepensjon), får du ikke fradraget, og skatten blir høyere.',
	pensionCreditNotQualifying:
		'Ingen skattefradrag for pensjonsinntekt: pensjonen du har oppgitt gir ikke rett til det (bare alderspensjon fra folketrygden, AFP i offentlig sektor, tilsvarende EØS-pensjon og supplerende stønad gjør det).',
	pensionCreditNotCovered:
		'Skattefradraget for pensjonsinntekt er ikke med for {{year}}: vi har ikke satsene for det året. Skatten kan derfor være lavere enn vist.',
	pensionCreditCapped:
		'Fradraget på {{creditKr}} kan ikke gjøre skatten negativ: det gir {{usedKr}}, hele skatten på {{taxKr}}.',
	totalAfterCredit:
		'Skatt for året etter skattefradraget: {{beforeKr}} − {{creditKr}} = {{totalKr}}.',
	outcome: {
		restskatt:
			'Skatten for året er {{taxKr}}, og det er trukket {{withheldKr}}. Du får trolig restskatt på {{amountKr}}.',
		tilgode:
			'Skatten for året er {{taxKr}}, og det er trukket {{withheldKr}}. Du får trolig {{amountKr}} til gode.',
		even: 'Skatten for året er {{taxKr}}, og det er trukket {{withheldKr}}. Det går omtrent opp.'
	}
};
