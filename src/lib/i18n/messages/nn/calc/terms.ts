// The calc namespace's tax card in its own words (the results and /om):
// loaded with the results, not with the first screen.
export default {
	title: 'Skattekortet med orda til skattekortet',
	cardWords: 'Skattekortet',
	plainWords: 'Med vanlege ord',
	trekkode: 'Trekkode',
	trekktype: 'Trekktype',
	tabellnummer: 'Tabellnummer',
	prosentsats: 'Prosentsats',
	antallMaaneder: 'Talet på månader med trekk',
	june: 'Juni',
	december: 'Desember',
	code: {
		loennFraNAV: 'Yting frå NAV som blir skattlagd som løn',
		pensjonFraNAV: 'Pensjon frå NAV',
		ufoeretrygdFraNAV: 'Uføretrygd frå NAV',
		introduksjonsstoenad: 'Introduksjonsstønad'
	},
	type: {
		tabelltrekk: 'Skatten blir trekt etter ein trekktabell',
		prosenttrekk: 'Ein fast prosent blir trekt av kvar utbetaling',
		frikort: 'Frikort: ingen skatt til grensa er nådd',
		utenSkattekort: 'Utan skattekort: høg fast sats',
		kildeskatt: 'Kjeldeskatt, 15 %',
		svalbard: 'Svalbard-sats'
	},
	months105:
		'Tabellen fordeler skatten for året på 10,5 månader. Kva det gir i juni og desember, står under.',
	months12: 'Skatten for året blir trekt over alle 12 månadene.',
	rule: {
		ordinary: 'Vanleg trekk',
		trekkfri: 'Trekkfri månad',
		half: 'Halvt trekk',
		meldeperioderJune: 'Dei to første meldeperiodane er trekkfrie',
		meldeperioderDecember: 'Éin meldeperiode er trekkfri'
	}
};
