import type nb from '../../nb/steps/etterbetaling';
import type { Messages } from '../../../types';

export default {
	total: 'Etterbetalinga er {{totalKr}} i alt, utbetalt i {{payoutYear}}.',
	asWage:
		'{{benefit}} blir skattlagd som løn, så etterbetalinga blir lagd til lønsinntekta kvart år.',
	asPension:
		'{{benefit}} blir skattlagd som pensjon, så etterbetalinga blir lagd til pensjonsinntekta kvart år.',
	flat: 'For {{forYear}}: NAV trekkjer ein fast sats på {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	current:
		'For tidlegare månader i {{forYear}}: NAV trekkjer prosentsatsen på skattekortet, også med tabellkort (Skatteetaten): {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	currentFrikort:
		'For tidlegare månader i {{forYear}} med frikort: {{ratePct}} av det som går over frikortbeløpet på {{limitKr}}, her {{withheldKr}}. Vi reknar berre med etterbetalinga; har du alt fått utbetalingar i år, kan grensa vere nådd tidlegare.',
	barnepensjonFixed:
		'For {{forYear}}: barnepensjon blir trekt med fast {{ratePct}} av kvar utbetaling, same kva skattekort: {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	barnepensjonYearEnd:
		'Barnepensjon blir skattlagd som kapitalinntekt med eige frådrag frå 2024. Skatteoppgjeret nedanfor reknar han som pensjon og stemmer difor ikkje for barnepensjon: det reknar vi ikkje ut.',
	withheld: 'Trekt når etterbetalinga blir utbetalt: {{withheldKr}}.',
	paidOut: 'Utbetalt til deg no: {{totalKr}} − {{withheldKr}} = {{paidOutKr}}.',
	kildeskattFinal:
		'Med kjeldeskatt er dei {{ratePct}} vanlegvis den endelege skatten i Noreg. Tala for skatteoppgjeret nedanfor gjeld berre om du blir skattlagd etter dei vanlege reglane.',
	noPayoutIncome:
		'Du har ikkje oppgitt anna inntekt for {{payoutYear}}, så vi reknar som om du ikkje hadde noka.',
	assumedIncome:
		'Vi veit ikkje kva anna inntekt du hadde i {{forYear}}, så vi har brukt inntekta for {{payoutYear}}: {{wageKr}} i løn og {{pensionKr}} i pensjon.',
	pensionCreditAssumed:
		'Skattefrådraget for pensjonsinntekt er med som for eit heilt år med alderspensjon frå folketrygda eller AFP i offentleg sektor. Får du berre anna pensjon, eller pensjon berre ein del av året, blir skatten høgare enn vist.',
	pensionCreditNone:
		'Skattefrådrag for pensjonsinntekt er ikkje med: {{benefit}} gir ikkje rett til det.',
	inPayoutYear:
		'Skattlagt i {{payoutYear}}: skatten blir {{withKr}} i staden for {{withoutKr}}, altså {{extraKr}} meir.',
	spreadYear: 'Fordelt på {{forYear}}: {{amountKr}} gir {{extraKr}} meir i skatt det året.',
	spread: 'Fordelt på åra ho gjeld: {{extraKr}} meir i skatt i alt.',
	sameYearOnly:
		'Heile etterbetalinga gjeld {{payoutYear}}, året ho blir utbetalt. Då er det ingenting å fordele på andre år: ho blir skattlagd med resten av inntekta i {{payoutYear}} (om lag {{extraKr}} meir skatt), og frådraget for etterbetaling gjeld ikkje.',
	relief:
		'Fordelinga gir lågare skatt: {{spreadKr}} i staden for {{inPayoutKr}}. Skatteetaten gir deg automatisk {{reliefKr}} i frådrag på skatteoppgjeret.',
	noRelief:
		'Å fordele på åra gir ikkje lågare skatt ({{spreadKr}} mot {{inPayoutKr}}), så etterbetalinga blir skattlagd i utbetalingsåret.',
	net: 'Av {{totalKr}} held du att {{netKr}} etter skatt på {{finalTaxKr}}.',
	settlementMore:
		'Det vart trekt {{withheldKr}}, men skatten er {{finalTaxKr}}: du må truleg betale {{differenceKr}} meir på skatteoppgjeret.',
	settlementBack:
		'Det vart trekt {{withheldKr}}, men skatten er {{finalTaxKr}}: du får truleg {{differenceKr}} tilbake på skatteoppgjeret.',
	settlementEven: 'Det som vart trekt, {{withheldKr}}, svarar til skatten.'
} satisfies Messages<typeof nb>;
