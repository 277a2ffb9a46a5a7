export default {
	title: 'Uføretrygd: skatt gjennom året',
	intro:
		'Se hvordan uføretrygden skattlegges, hva NAV trekker hver måned, og om du trolig får restskatt eller penger tilbake.',
	monthly: 'Uføretrygd per måned før skatt',
	barnetillegg: 'Barnetillegg per måned (valgfritt)',
	otherIncome: 'Annen inntekt i året, for eksempel lønn (valgfritt)',
	otherPct: 'Prosent som trekkes av den andre inntekten',
	otherPctHint:
		'Står på skattekortet ditt, for eksempel 30. Har du annen inntekt, trenger vi den: et tomt felt er ikke 0 %.',
	finnmark: 'Jeg bor i Finnmark eller Nord-Troms (tiltakssonen)',
	monthsTitle: 'Trekk måned for måned',
	juneDecember:
		'Juni er trekkfri og desember har halvt trekk, fordi tabelltrekket fordeler årets skatt på 10,5 måneder.',
	twelveMonth:
		'Tabellen din trekker årets skatt jevnt over alle 12 måneder: juni og desember har vanlig trekk, som de andre månedene (Skattedirektoratet: ingen trekkfritak i ferietiden og før jul).',
	january:
		'Derfor er utbetalingen i januar lavere enn i desember: i desember ble det trukket {{decemberKr}}, i januar trekkes vanlig trekk igjen, {{januaryKr}}.',
	annualTitle: 'Skatten for året',
	partsLabel: 'Deler av skatten',
	parts: {
		personinntekt: 'Inntekt',
		deductions: 'Andre fradrag du har oppgitt',
		deductionsAssumed: 'Andre fradrag (antatt ut fra tabellnummeret)',
		capitalIncome: 'Annen alminnelig inntekt',
		capitalIncomeAssumed: 'Annen alminnelig inntekt (antatt ut fra tabellnummeret)',
		minstefradrag: 'Minstefradrag',
		alminneligInntekt: 'Alminnelig inntekt',
		skattAlminneligInntekt: 'Skatt på alminnelig inntekt',
		trinnskatt: 'Trinnskatt',
		trygdeavgift: 'Trygdeavgift',
		kildeskatt: 'Kildeskatt',
		svalbard: 'Svalbardskatt',
		total: 'Skatt i alt'
	},
	outcomeTitle: 'Skatteoppgjøret',
	noLongerTitle: 'Dette gjelder ikke lenger',
	noLonger: {
		rate: 'Uføretrygd har ikke lenger lav trygdeavgift på 5,1 %. Den skattlegges som lønn, med {{wagePct}} trygdeavgift.',
		fradrag:
			'Det gamle særfradraget for uføre (opptil 19 000 kr) finnes ikke lenger, og overgangsfradraget gjaldt bare 2015–2017.',
		limit: 'Skattebegrensningsregelen gjelder ikke for uføretrygd. Den ble fjernet fra 2015.'
	}
};
