import type nb from '../../nb/steps/explain';
import type { Messages } from '../../../types';

export default {
	rate: {
		noCard:
			'Utan skattekort trekkjer NAV {{ratePct}} av ytingar: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		noCardPension:
			'Utan skattekort trekkjer NAV {{ratePct}} av pensjon til eit skattekort for pensjon er på plass: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		barnepensjon:
			'Barnepensjon blir trekt med fast {{ratePct}}, same kva skattekort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		backPayment:
			'Etterbetaling for tidlegare år blir trekt med fast {{ratePct}}: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		backPaymentFinnmark:
			'Etterbetaling for tidlegare år, Finnmark og Nord-Troms: fast {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		kildeskatt:
			'Kjeldeskatt for deg som ikkje bur i Noreg: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		svalbard: 'Skattekort for Svalbard: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		percentCard:
			'Prosentkort, eller prosentsatsen på tabellkortet (han blir brukt på ei yting nummer to frå NAV og på etterbetaling for tidlegare månader i år): {{ratePct}} av {{amountKr}} = {{trekkKr}}.'
	},
	extraOutKroner:
		'Trekt {{withheldKr}}. Tilleggstrekket ditt på {{monthlyKr}} i månaden står for {{extraKr}} av det, så {{taxKr}} er skattetrekket som blir forklart her.',
	extraOutPercent:
		'Trekt {{withheldKr}}. Tilleggstrekket ditt på {{ratePct}} står for {{extraKr}} av det, så {{taxKr}} er skattetrekket som blir forklart her.',
	earlierGiven:
		'For {{forMonth}} er det trekt {{givenKr}} tidlegare etter utbetalingsmeldingane dine. Med denne tabellen ville det vore {{computedKr}}. NAV trekkjer frå det som faktisk er trekt.',
	unseenTrekkfri:
		'{{count}} meldeperiode(ar) for {{benefit}} utbetalt tidlegare i {{paidMonth}}, som ikkje er skrivne inn, er rekna som dei trekkfrie (dei første som blir utbetalte i månaden, er trekkfrie). Denne utbetalinga er då trekt vanleg.',
	orderFirst:
		'Her er utbetalinga rekna som den første for månaden, før dei tidlegare utbetalingane du skreiv inn ({{count}}).',
	frikort: {
		within: 'Frikort: NAV trekkjer ikkje skatt før utbetalingane i år passerer frikortbeløpet.',
		usedUp:
			'Frikortet er brukt opp: NAV trekkjer {{ratePct}} av det som blir utbetalt over frikortbeløpet, her heile utbetalinga.'
	}
} satisfies Messages<typeof nb>;
