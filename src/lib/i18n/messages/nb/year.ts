// The year page (/ditt-ar) and the year-end outcome shown on it and on /uforetrygd.
export default {
	title: 'Året ditt',
	intro:
		'Se om du trolig får restskatt eller penger tilbake for året, hva som driver det, og hva du kan gjøre. Fyll inn ytelsen fra NAV og annen inntekt. Et tomt felt er ukjent, ikke null: vi spør om det som avgjør svaret, og sier hva vi har antatt for resten.',
	navLegend: 'Fra NAV',
	carried: 'Utbetalingene fra kalkulatoren er tatt med. Du kan endre dem her.',
	other: {
		legend: 'Annen inntekt i året',
		kindLegend: 'Har du annen inntekt i år?',
		kind: {
			none: 'Nei',
			wage: 'Lønn',
			benefit: 'En annen ytelse som skattlegges som lønn',
			pension: 'Alderspensjon eller AFP (med skattefradrag for pensjonister)',
			pensionNoCredit: 'Annen pensjon (for eksempel tjenestepensjon)',
			backPay: 'Etterbetaling fra NAV for et tidligere år (samme ytelse)'
		},
		amount: 'Inntekt i året før skatt (kr)',
		byLegend: 'Hvordan trekkes det skatt av den?',
		by: {
			table: 'Tabelltrekk',
			percent: 'Prosenttrekk',
			known: 'Jeg vet hvor mye som trekkes i året'
		},
		table: 'Tabellnummer for den andre inntekten',
		percent: 'Prosent som trekkes av den andre inntekten',
		percentHint: 'Står på skattekortet. Et tomt felt er ikke 0 %: vi spør om det.',
		backPayAmount: 'Etterbetalingen før skatt (kr)',
		backPayYear: 'Året etterbetalingen gjelder',
		backPayYearHint: 'Tomt: året før. NAV trekker en fast sats av den.',
		backPayEarlierIncome: 'Annen inntekt det året (kr)',
		backPayEarlierIncomeHint:
			'Uten etterbetalingen. Skatteetaten fordeler den på årene når det gir lavere skatt, og trenger denne inntekten for det. Tomt: vi viser et spenn og sier hva som mangler.',
		withheld: 'Trukket i året (kr)',
		nav: 'Denne kommer også fra NAV',
		navNote:
			'NAV trekker etter tabellen på bare én ytelse. Den andre trekkes med prosentsatsen på skattekortet ditt.',
		navPercent: 'Prosentsatsen på skattekortet ditt'
	},
	deductionsLegend: 'Fradrag og pensjon',
	deductions: 'Andre fradrag i året (kr)',
	deductionsHint:
		'For eksempel renter på lån og fagforeningskontingent. Tomt: vi bruker fradraget som tabellnummeret ditt har innebygd (8xxx), eller regner uten, og sier det.',
	capitalIncome: 'Annen inntekt, som renter og utleie (kr)',
	capitalIncomeHint:
		'Inntekt som ikke er lønn, ytelser eller pensjon. Tomt: vi bruker tillegget som tabellnummeret ditt har innebygd (9xxx), eller regner uten, og sier det.',
	pensionMonths: 'Måneder med alderspensjon i år (12 hvis hele året)',
	pensionMonthsHint:
		'Pensjon fra NAV: vi teller månedene fra utbetalingene. Annen alderspensjon eller AFP: fikk du den hele året, skriv 12; startet den i juli, skriv 6. Tomt: vi spør.',
	pensionGrade: 'Uttaksgrad for alderspensjonen (%)',
	pensionGradeHint: 'Tomt: vi regner med 100 %, og sier det.',
	birthYear: 'Fødselsår',
	birthYearHint:
		'For trygdeavgiften på lønn og ytelser: den er lavere for den som er under 17 eller over 69 år i år. Tomt: vi regner med 17–69 år, og sier det.',
	finnmark: 'Jeg bor i Finnmark eller Nord-Troms',
	outcomeTitle: 'Ved skatteoppgjøret',
	restskatt: 'Trolig restskatt: {{amountKr}}',
	tilgode: 'Trolig til gode: {{amountKr}}',
	even: 'Det går omtrent opp',
	taxAndWithheld: 'Skatt for året {{taxKr}}, trukket i året {{withheldKr}}.',
	actionsTitle: 'Hva du kan gjøre',
	driversTitle: 'Hva som driver resultatet',
	assumptionsTitle: 'Hva anslaget bygger på',
	noAssumptions: 'Ingen antakelser: alt er tall du har gitt.',
	sourcesTitle: 'Inntekt og trekk i året',
	sourceCol: 'Inntekt',
	incomeCol: 'Før skatt',
	withheldCol: 'Trukket',
	totalRow: 'Til sammen',
	kind: {
		wage: 'Lønn',
		benefit: 'Ytelse som skattlegges som lønn',
		uforetrygd: 'Uføretrygd',
		pension: 'Alderspensjon eller AFP',
		pensionNoCredit: 'Annen pensjon',
		barnepensjon: 'Barnepensjon'
	},
	how: 'Slik er det regnet ut',
	teaser: {
		restskatt: 'Ved årets slutt: trolig restskatt på {{amountKr}}',
		tilgode: 'Ved årets slutt: trolig {{amountKr}} til gode',
		even: 'Ved årets slutt: trolig omtrent i null',
		teaserNote:
			'Hvis disse utbetalingene er all inntekten din i år. Legg til annen inntekt og fradrag på siden om året ditt.',
		partYear_one:
			'Utbetalingene her gjelder {{count}} måned av året. Hva skatteoppgjøret blir, avhenger av resten av året (annen inntekt, fradrag), så vi gir ikke ett tall for det her.',
		partYear_other:
			'Utbetalingene her gjelder {{count}} av årets måneder. Hva skatteoppgjøret blir, avhenger av resten av året (annen inntekt, fradrag), så vi gir ikke ett tall for det her.',
		moreKnown:
			'Du har oppgitt lønn i sykepengesteget: inntekt disse utbetalingene ikke viser. Hva skatteoppgjøret blir, avhenger av hele året, så vi gir ikke ett tall for det her.',
		partYearLink: 'Regn ut hele året ditt, med disse utbetalingene tatt med'
	}
};
