import type nb from '../nb/sykepenger';
import type { Messages } from '../../types';

export default {
	title: 'Rekn ut sjukepengane frå løna di',
	intro:
		'Veit du løna, men ikkje sjukepengane? NAV brukar snittet av dei tre siste månadene før du vart sjuk, opp til 6 G.',
	firstDay: 'Første fråværsdag',
	monthly: 'Løn dei tre månadene før',
	hourly: 'Timeløn eller ujamn løn',
	kind: 'Korleis får du løn?',
	month: 'Løn for {{month}}',
	monthN: 'Løn månad {{n}} før fråværet',
	hourlyIncome: 'Løn i perioden før fråværet',
	daysWorked: 'Talet på dagar du faktisk jobba',
	g: 'Grunnbeløpet (G) på første fråværsdag',
	gHint: 'Vi har ikkje G for denne datoen. Du finn han på nav.no/grunnbelopet.',
	from: 'Sjukepengar frå og med',
	to: 'Sjukepengar til og med',
	resultTitle: 'Sjukepengane dine',
	grunnlag: 'Sjukepengegrunnlag',
	cap: '6 G',
	capBites: 'Inntekta er over 6 G, så grunnlaget er sett ned til {{capKr}}.',
	dagsats: 'Dagsats',
	perDay: 'Utbetalt per dag',
	payments: 'Utbetalingar for perioden: {{count}}, i alt {{totalKr}}.',
	use: 'Bruk desse utbetalingane i utrekninga',
	used: 'Utbetalingane er lagde inn under «Utbetalingar».',
	grade: 'Sjukmeldingsgrad i prosent (valfritt)',
	gradeHint: 'Gradert sjukmelding: 20–99 %. Tomt tyder 100 %.'
} satisfies Messages<typeof nb>;
