// The calc namespace's tax card in its own words (the results and /om):
// loaded with the results, not with the first screen.
export default {
	title: 'Skattekortet med skattekortets egne ord',
	cardWords: 'Skattekortet',
	plainWords: 'Med vanlige ord',
	trekkode: 'Trekkode',
	trekktype: 'Trekktype',
	tabellnummer: 'Tabellnummer',
	prosentsats: 'Prosentsats',
	antallMaaneder: 'Antall måneder trekk',
	june: 'Juni',
	december: 'Desember',
	code: {
		loennFraNAV: 'Ytelse fra NAV som skattlegges som lønn',
		pensjonFraNAV: 'Pensjon fra NAV',
		ufoeretrygdFraNAV: 'Uføretrygd fra NAV',
		introduksjonsstoenad: 'Introduksjonsstønad'
	},
	type: {
		tabelltrekk: 'Skatten trekkes etter en trekktabell',
		prosenttrekk: 'En fast prosent trekkes av hver utbetaling',
		frikort: 'Frikort: ingen skatt til grensen er nådd',
		utenSkattekort: 'Uten skattekort: høy fast sats',
		kildeskatt: 'Kildeskatt, 15 %',
		svalbard: 'Svalbard-sats'
	},
	months105:
		'Tabellen fordeler årets skatt på 10,5 måneder. Hva det gir i juni og desember, står under.',
	months12: 'Årets skatt trekkes over alle 12 måneder.',
	rule: {
		ordinary: 'Vanlig trekk',
		trekkfri: 'Trekkfri måned',
		half: 'Halvt trekk',
		meldeperioderJune: 'De to første meldeperiodene er trekkfrie',
		meldeperioderDecember: 'Én meldeperiode er trekkfri'
	}
};
