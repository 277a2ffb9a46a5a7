// Steps of a back payment (src/lib/engine/etterbetaling.ts). Kr: kroner, Pct: percent, Year: a year.
export default {
	total:
		'Etterbetalingen er {{totalKr}} i alt, utbetalt i {{payoutYear}}, fordelt på {{parts}} del(er).',
	flat: 'For {{forYear}}: NAV trekker en fast sats på {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	flatCurrent:
		'For {{forYear}} uten oppgitte måneder eller tabellkort: vi regner med den faste satsen på {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	months:
		'For {{forYear}}: {{amountKr}} for {{months}} måned(er) i år trekkes som etterbetaling for hver av de månedene, etter skattekortet: {{withheldKr}}.',
	withheld: 'Trukket når etterbetalingen utbetales: {{withheldKr}}.',
	assumedIncome:
		'Vi vet ikke din andre inntekt i {{forYear}}, så vi har brukt inntekten du oppga for {{payoutYear}}.',
	inPayoutYear:
		'Skattet i {{payoutYear}}: skatten blir {{withKr}} i stedet for {{withoutKr}}, altså {{extraKr}} mer.',
	spreadYear: 'Fordelt på {{forYear}}: {{amountKr}} gir {{extraKr}} mer i skatt det året.',
	spread: 'Fordelt på årene den gjelder: {{extraKr}} mer i skatt i alt.',
	relief:
		'Fordelingen gir lavere skatt: {{spreadKr}} i stedet for {{inPayoutKr}}. Skatteetaten gir deg automatisk {{reliefKr}} i fradrag på skatteoppgjøret.',
	noRelief:
		'Å fordele på årene gir ikke lavere skatt ({{spreadKr}} mot {{inPayoutKr}}), så etterbetalingen skattlegges i utbetalingsåret.',
	net: 'Av {{totalKr}} beholder du {{netKr}} etter skatt på {{finalTaxKr}}.',
	settlementMore:
		'Det ble trukket {{withheldKr}}, men skatten er {{finalTaxKr}}: du må trolig betale {{differenceKr}} mer på skatteoppgjøret.',
	settlementBack:
		'Det ble trukket {{withheldKr}}, men skatten er {{finalTaxKr}}: du får trolig {{differenceKr}} tilbake på skatteoppgjøret.',
	settlementEven: 'Det som ble trukket, {{withheldKr}}, tilsvarer skatten.'
};
