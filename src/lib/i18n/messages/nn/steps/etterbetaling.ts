import type nb from '../../nb/steps/etterbetaling';
import type { Messages } from '../../../types';

export default {
	total:
		'Etterbetalinga er {{totalKr}} i alt, utbetalt i {{payoutYear}}, fordelt på {{parts}} del(ar).',
	flat: 'For {{forYear}}: NAV trekkjer ein fast sats på {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	flatCurrent:
		'For {{forYear}} utan oppgitte månader eller tabellkort: vi reknar med den faste satsen på {{ratePct}} av {{amountKr}} = {{withheldKr}}.',
	months:
		'For {{forYear}}: {{amountKr}} for {{months}} månad(er) i år blir trekt som etterbetaling for kvar av dei månadene, etter skattekortet: {{withheldKr}}.',
	withheld: 'Trekt når etterbetalinga blir utbetalt: {{withheldKr}}.',
	assumedIncome:
		'Vi veit ikkje kva anna inntekt du hadde i {{forYear}}, så vi har brukt inntekta du oppgav for {{payoutYear}}.',
	inPayoutYear:
		'Skattlagt i {{payoutYear}}: skatten blir {{withKr}} i staden for {{withoutKr}}, altså {{extraKr}} meir.',
	spreadYear: 'Fordelt på {{forYear}}: {{amountKr}} gir {{extraKr}} meir i skatt det året.',
	spread: 'Fordelt på åra ho gjeld: {{extraKr}} meir i skatt i alt.',
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
