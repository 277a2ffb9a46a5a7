// Steps of "Explain a payment" (src/lib/engine/explain/), keyed by step id without the
// 'explain.' prefix. Values: …Kr kroner, …Pct percent, forMonth a month, count a number.
export default {
	rate: {
		noCard:
			'Uten skattekort trekker NAV {{ratePct}} av ytelser: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		noCardPension:
			'Uten skattekort trekker NAV {{ratePct}} av pensjon til et skattekort for pensjon er på plass: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		barnepensjon:
			'Barnepensjon trekkes med fast {{ratePct}}, uansett skattekort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		backPayment:
			'Etterbetaling for tidligere år trekkes med fast {{ratePct}}: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		backPaymentFinnmark:
			'Etterbetaling for tidligere år, Finnmark og Nord-Troms: fast {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		kildeskatt:
			'Kildeskatt for deg som ikke bor i Norge: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		svalbard: 'Skattekort for Svalbard: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
		percentCard:
			'Prosentkort, eller prosentsatsen på tabellkortet (den brukes på en ytelse nummer to fra NAV og på etterbetaling for tidligere måneder i år): {{ratePct}} av {{amountKr}} = {{trekkKr}}.'
	},
	extraOutKroner:
		'Trukket {{withheldKr}}. Tilleggstrekket ditt på {{monthlyKr}} i måneden står for {{extraKr}} av det, så {{taxKr}} er skattetrekket som forklares her.',
	extraOutPercent:
		'Trukket {{withheldKr}}. Tilleggstrekket ditt på {{ratePct}} står for {{extraKr}} av det, så {{taxKr}} er skattetrekket som forklares her.',
	earlierGiven:
		'For {{forMonth}} er det trukket {{givenKr}} tidligere etter utbetalingsmeldingene dine. Med denne tabellen ville det vært {{computedKr}}. NAV trekker fra det som faktisk er trukket.',
	unseenTrekkfri:
		'{{count}} meldeperiode(r) for {{benefit}} utbetalt tidligere i {{paidMonth}}, som ikke er skrevet inn, er regnet som de trekkfrie (de første som utbetales i måneden er trekkfrie). Denne utbetalingen er da trukket vanlig.',
	orderFirst:
		'Her er utbetalingen regnet som den første for måneden, før de tidligere utbetalingene du skrev inn ({{count}}).',
	frikort: {
		within: 'Frikort: NAV trekker ikke skatt før utbetalingene i år passerer frikortbeløpet.',
		usedUp:
			'Frikortet er brukt opp: NAV trekker {{ratePct}} av det som utbetales over frikortbeløpet, her hele utbetalingen.'
	}
};
