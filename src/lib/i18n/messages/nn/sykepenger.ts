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
	hourlyIncome: 'Løn i alt dei tre heile månadene før fråværet',
	hourlyHint:
		'Arbeidsgivaren deler løna på dagane du faktisk jobba, og betalar det for kvar dag du skulle ha jobba dei første 16 dagane. NAV brukar snittet per månad × 12 og betalar ein 260-del for kvar vekedag.',
	daysWorked: 'Dagar du faktisk jobba i dei tre månadene',
	g: 'Grunnbeløpet (G) på første fråværsdag',
	gHint: 'Vi har ikkje G for denne datoen. Du finn han på nav.no/grunnbelopet.',
	from: 'Sjukepengar frå og med',
	to: 'Sjukepengar til og med',
	resultTitle: 'Sjukepengane dine',
	grunnlag: 'Sjukepengegrunnlag',
	cap: '6 G',
	capBites: 'Inntekta er over 6 G, så grunnlaget er sett ned til {{capKr}}.',
	employerRate: 'Satsen til arbeidsgivaren per arbeidsdag (dei første 16 dagane)',
	manedsinntekt: 'Månadsinntekt (snittet)',
	dagsats: 'Dagsats frå NAV (per vekedag)',
	perDay: 'Utbetalt per dag',
	payments: 'Utbetalingar for perioden: {{count}}, i alt {{totalKr}}.',
	use: 'Bruk desse utbetalingane i utrekninga',
	used: 'Utbetalingane er lagde inn under «Utbetalingar».',
	grade: 'Sjukmeldingsgrad i prosent (valfritt)',
	gradeHint: 'Gradert sjukmelding: 20–99 %. Tomt tyder 100 %.'
} satisfies Messages<typeof nb>;
