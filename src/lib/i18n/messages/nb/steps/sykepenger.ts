// Steps of the sykepenger amount (src/lib/engine/sykepenger.ts). Kr: kroner (may have øre).
export default {
	manedsinntekt:
		'Gjennomsnitt av {{count}} måned(er): {{sumKr}} / {{count}} = {{manedKr}} i måneden.',
	arsinntekt: 'Årsinntekt: {{manedKr}} × 12 = {{arsKr}}.',
	hourly: 'Timelønn: {{incomeKr}} / {{days}} arbeidsdager = {{dailyKr}} om dagen.',
	hourlyYear: 'Som årsinntekt: {{dailyKr}} × 260 = {{arsKr}}.',
	capped:
		'Sykepenger gis for inntekt opp til 6 G = {{capKr}} (G = {{gKr}}). Grunnlaget blir {{grunnlagKr}}.',
	belowCap:
		'Årsinntekten {{arsKr}} er under 6 G = {{capKr}} (G = {{gKr}}), så grunnlaget er {{grunnlagKr}}.',
	dagsats: 'Dagsats: {{grunnlagKr}} / 260 = {{dagsatsKr}}.',
	dagsatsKr: 'Utbetalt per dag i hele kroner: {{paidKr}}.',
	payments:
		'Sykepenger betales for hverdager, én utbetaling per måned ({{months}} i alt), {{dagsatsKr}} per dag.'
};
