// The calc namespace's tax card in its own words (the results and /om):
// loaded with the results, not with the first screen.
export default {
	title: 'The tax card in its own words',
	cardWords: 'Tax card',
	plainWords: 'In plain words',
	trekkode: 'Trekkode (income code)',
	trekktype: 'Trekktype (kind of withholding)',
	tabellnummer: 'Tabellnummer (table number)',
	prosentsats: 'Prosentsats (percentage)',
	antallMaaneder: 'Antall måneder trekk (months withheld)',
	june: 'June',
	december: 'December',
	code: {
		loennFraNAV: 'A NAV benefit taxed as wages',
		pensjonFraNAV: 'Pension from NAV',
		ufoeretrygdFraNAV: 'Disability benefit from NAV',
		introduksjonsstoenad: 'Introduction benefit'
	},
	type: {
		tabelltrekk: 'Tax is withheld by a withholding table',
		prosenttrekk: 'A fixed percentage is withheld from each payment',
		frikort: 'Exemption card: no tax until the limit is reached',
		utenSkattekort: 'No tax card: a high flat rate',
		kildeskatt: 'Withholding tax, 15 %',
		svalbard: 'Svalbard rate'
	},
	months105:
		'The table spreads the year’s tax over 10.5 months. What that means in June and December is below.',
	months12: 'The year’s tax is withheld over all 12 months.',
	rule: {
		ordinary: 'Ordinary withholding',
		trekkfri: 'No withholding',
		half: 'Half withholding',
		meldeperioderJune: 'Nothing is withheld from the first two reporting periods',
		meldeperioderDecember: 'Nothing is withheld from one reporting period'
	}
};
