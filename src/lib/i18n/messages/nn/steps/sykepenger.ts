import type nb from '../../nb/steps/sykepenger';
import type { Messages } from '../../../types';

export default {
	manedsinntekt:
		'Gjennomsnitt av {{count}} månad(er): {{sumKr}} / {{count}} = {{manedKr}} i månaden.',
	arsinntekt: 'Årsinntekt: {{manedKr}} × 12 = {{arsKr}}.',
	hourly: 'Timeløn: {{incomeKr}} / {{days}} arbeidsdagar = {{dailyKr}} om dagen.',
	hourlyYear: 'Som årsinntekt: {{dailyKr}} × 260 = {{arsKr}}.',
	capped:
		'Sjukepengar blir gitt for inntekt opp til 6 G = {{capKr}} (G = {{gKr}}). Grunnlaget blir {{grunnlagKr}}.',
	belowCap:
		'Årsinntekta {{arsKr}} er under 6 G = {{capKr}} (G = {{gKr}}), så grunnlaget er {{grunnlagKr}}.',
	dagsats: 'Dagsats: {{grunnlagKr}} / 260 = {{dagsatsKr}}.',
	dagsatsKr: 'Utbetalt per dag i heile kroner: {{paidKr}}.',
	payments:
		'Sjukepengar blir betalte for kvardagar, éi utbetaling per månad ({{months}} i alt), {{dagsatsKr}} per dag.'
} satisfies Messages<typeof nb>;
