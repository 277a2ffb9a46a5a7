import type nb from '../nb/ufore';
import type { Messages } from '../../types';

export default {
	title: 'Uføretrygd: skatt gjennom året',
	intro:
		'Sjå korleis uføretrygda blir skattlagd, kva NAV trekkjer kvar månad, og om du truleg får restskatt eller pengar tilbake.',
	monthly: 'Uføretrygd per månad før skatt',
	barnetillegg: 'Barnetillegg per månad (valfritt)',
	otherIncome: 'Anna inntekt i året, til dømes løn (valfritt)',
	otherPct: 'Prosent som blir trekt av den andre inntekta',
	otherPctHint:
		'Står på skattekortet ditt, til dømes 30. Har du anna inntekt, treng vi han: eit tomt felt er ikkje 0 %.',
	finnmark: 'Eg bur i Finnmark eller Nord-Troms (tiltakssona)',
	monthsTitle: 'Trekk månad for månad',
	juneDecember:
		'Juni er trekkfri og desember har halvt trekk, fordi tabelltrekket fordeler skatten for året på 10,5 månader.',
	twelveMonth:
		'Tabellen din trekkjer skatten for året jamt over alle 12 månadene: juni og desember har vanleg trekk, som dei andre månadene (Skattedirektoratet: ikkje trekkfritak i ferietida og før jul).',
	january:
		'Difor er utbetalinga i januar lågare enn i desember: i desember vart det trekt {{decemberKr}}, i januar blir det vanleg trekk igjen, {{januaryKr}}.',
	annualTitle: 'Skatten for året',
	partsLabel: 'Delar av skatten',
	parts: {
		personinntekt: 'Inntekt',
		deductions: 'Andre frådrag du har oppgitt',
		deductionsAssumed: 'Andre frådrag (rekna ut frå tabellnummeret)',
		capitalIncome: 'Anna alminneleg inntekt',
		capitalIncomeAssumed: 'Anna alminneleg inntekt (rekna ut frå tabellnummeret)',
		minstefradrag: 'Minstefrådrag',
		alminneligInntekt: 'Alminneleg inntekt',
		skattAlminneligInntekt: 'Skatt på alminneleg inntekt',
		trinnskatt: 'Trinnskatt',
		trygdeavgift: 'Trygdeavgift',
		kildeskatt: 'Kjeldeskatt',
		svalbard: 'Svalbardskatt',
		total: 'Skatt i alt'
	},
	outcomeTitle: 'Skatteoppgjeret',
	noLongerTitle: 'Dette gjeld ikkje lenger',
	noLonger: {
		rate: 'Uføretrygd har ikkje lenger låg trygdeavgift på 5,1 %. Ho blir skattlagd som løn, med {{wagePct}} trygdeavgift.',
		fradrag:
			'Det gamle særfrådraget for uføre (opptil 19 000 kr) finst ikkje lenger, og overgangsfrådraget galdt berre 2015–2017.',
		limit: 'Skatteavgrensingsregelen gjeld ikkje for uføretrygd. Han vart fjerna frå 2015.'
	}
} satisfies Messages<typeof nb>;
