import type nb from '../../nb/steps/sykepenger';
import type { Messages } from '../../../types';

export default {
	g: 'Grunnbeløpet (G) på første fråværsdag, {{firstDayDate}}, er {{gKr}} (gjeld frå {{gFromDate}}).',
	gGiven:
		'Vi har ikkje G for første fråværsdag, {{firstDayDate}}, så vi brukar G = {{gKr}} som du oppgav.',
	manedsinntekt: 'Månadsinntekta er gjennomsnittet: {{sumKr}} / {{count}} = {{manedKr}}.',
	manedsinntektRounded:
		'Månadsinntekta er gjennomsnittet: {{sumKr}} / {{count}} = {{manedKr}}, avrunda til næraste øre slik arbeidsgivaren oppgir det.',
	arsinntekt: 'Årsinntekt: {{manedKr}} × 12 = {{arsKr}}.',
	hourly: 'Timeløn: {{incomeKr}} delt på talet på arbeidsdagar ({{daysN}}) = {{dailyKr}} om dagen.',
	hourlyRounded:
		'Timeløn: {{incomeKr}} delt på talet på arbeidsdagar ({{daysN}}) = {{dailyKr}} om dagen, avrunda til næraste øre.',
	hourlyYear: 'Som årsinntekt: {{dailyKr}} × 260 = {{arsKr}}.',
	capped:
		'Sjukepengar blir gitt for inntekt opp til 6 G = {{capKr}} (G = {{gKr}}). Årsinntekta {{arsKr}} er over dette, så grunnlaget blir {{grunnlagKr}}.',
	belowCap:
		'Årsinntekta {{arsKr}} er ikkje over 6 G = {{capKr}} (G = {{gKr}}), så grunnlaget er {{grunnlagKr}}.',
	belowMinimum:
		'Merk: årsinntekta {{arsKr}} er under halvparten av G ({{halfGKr}}). Då gir NAV vanlegvis ikkje sjukepengar.',
	dagsats: 'Dagsats: {{grunnlagKr}} / 260 = {{dagsatsKr}}.',
	dagsatsKr:
		'Utbetalt per dag: dagsatsen avrunda til næraste heile krone, {{paidKr}} (av {{dagsatsKr}}).',
	weekdays:
		'Frå {{fromDate}} til {{toDate}} er det {{weekdays}} (heilagdagar blir rekna med): {{weekdaysN}} × {{dagsatsKr}} = {{amountKr}}.',
	payments:
		'Vi reknar med at NAV betalar éin gong per kalendermånad, altså éi utbetaling for kvar månad perioden gjeld.',
	arbeidsgiverperiode:
		'Arbeidsgivaren betalar dei første 16 dagane ({{firstDayDate}} – {{lastEmployerDate}}, arbeidsgivarperioden). NAV betalar frå {{navFromDate}}.',
	graded:
		'Gradert sjukmelding {{gradePct}}: {{gradePct}} av {{dagsatsKr}} = {{dayKr}} per dag, avrunda til heile kroner.'
} satisfies Messages<typeof nb>;
