// Steps of a back payment (src/lib/engine/etterbetaling/). Kr: kroner, Pct: percent, Year: a
// year, Month: a month name, Date: a date; benefit: the benefit's name.
export default {
	total: 'Etterbetalingen er {{totalKr}} i alt, utbetalt i {{payoutYear}}.',
	asWage:
		'{{benefit}} skattlegges som lønn, så etterbetalingen legges til lønnsinntekten hvert år.',
	asPension:
		'{{benefit}} skattlegges som pensjon, så etterbetalingen legges til pensjonsinntekten hvert år.',
	flat: 'For {{forYear}}: NAV trekker en fast sats på {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	current:
		'For tidligere måneder i {{forYear}}: NAV trekker prosentsatsen på skattekortet, også med tabellkort (Skatteetaten): {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	currentFrikort:
		'For tidligere måneder i {{forYear}} med frikort: {{ratePct}} av det som går over frikortbeløpet på {{limitKr}}, her {{withheldKr}}. Vi regner bare med etterbetalingen; har du alt fått utbetalinger i år, kan grensen være nådd tidligere.',
	barnepensjonFixed:
		'For {{forYear}}: barnepensjon trekkes med fast {{ratePct}} av hver utbetaling, uansett skattekort: {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	barnepensjonYearEnd:
		'Barnepensjon skattlegges som kapitalinntekt med eget fradrag fra 2024. Skatteoppgjøret nedenfor regner den som pensjon og stemmer derfor ikke for barnepensjon: det regner vi ikke ut.',
	withheld: 'Trukket når etterbetalingen utbetales: {{withheldKr}}.',
	paidOut: 'Utbetalt til deg nå: {{totalKr}} − {{withheldKr}} = {{paidOutKr}}.',
	kildeskattFinal:
		'Med kildeskatt er de {{ratePct}} vanligvis den endelige skatten i Norge. Tallene for skatteoppgjøret nedenfor gjelder bare hvis du blir skattlagt etter de vanlige reglene.',
	noPayoutIncome:
		'Du har ikke oppgitt annen inntekt for {{payoutYear}}, så vi regner som om du ikke hadde noen.',
	assumedIncome:
		'Vi vet ikke din andre inntekt i {{forYear}}, så vi har brukt inntekten for {{payoutYear}}: {{wageKr}} i lønn og {{pensionKr}} i pensjon.',
	pensionCreditAssumed:
		'Skattefradraget for pensjonsinntekt er med som for et helt år med alderspensjon fra folketrygden eller AFP i offentlig sektor. Får du bare annen pensjon, eller pensjon bare en del av året, blir skatten høyere enn vist.',
	pensionCreditNone:
		'Skattefradrag for pensjonsinntekt er ikke med: {{benefit}} gir ikke rett til det.',
	inPayoutYear:
		'Skattlagt i {{payoutYear}}: skatten blir {{withKr}} i stedet for {{withoutKr}}, altså {{extraKr}} mer.',
	spreadYear: 'Fordelt på {{forYear}}: {{amountKr}} gir {{extraKr}} mer i skatt det året.',
	spread: 'Fordelt på årene den gjelder: {{extraKr}} mer i skatt i alt.',
	sameYearOnly:
		'Hele etterbetalingen gjelder {{payoutYear}}, året den utbetales. Da er det ingenting å fordele på andre år: den skattlegges med resten av inntekten i {{payoutYear}} (omtrent {{extraKr}} mer skatt), og fradraget for etterbetaling gjelder ikke.',
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
