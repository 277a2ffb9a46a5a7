import type nb from '../../nb/steps/sykepenger';
import type { Messages } from '../../../types';

export default {
	g: 'Grunnbeløpet (G) på første fråværsdag, {{firstDayDate}}, er {{gKr}} (gjeld frå {{gFromDate}}).',
	gGiven:
		'Vi har ikkje G for første fråværsdag, {{firstDayDate}}, så vi brukar G = {{gKr}} som du oppgav.',
	manedsinntekt:
		'Månadsinntekta er gjennomsnittet av månadene før fråværet: {{sumKr}} / {{count}} = {{manedKr}}.',
	manedsinntektRounded:
		'Månadsinntekta er gjennomsnittet: {{sumKr}} / {{count}} = {{manedKr}}, avrunda til næraste øre slik arbeidsgivaren oppgir det.',
	arsinntekt: 'Årsinntekt: {{manedKr}} × 12 = {{arsKr}}.',
	hourly:
		'Timeløn eller turnus: {{incomeKr}} delt på dagane du faktisk jobba ({{daysN}}) = {{dailyKr}} per arbeidsdag. Det er dagsatsen arbeidsgivaren betalar for kvar dag du skulle ha jobba i arbeidsgivarperioden (dei første 16 dagane). Dagsatsen til NAV blir rekna av månadsinntekta under.',
	hourlyRounded:
		'Timeløn eller turnus: {{incomeKr}} delt på dagane du faktisk jobba ({{daysN}}) = {{dailyKr}} per arbeidsdag, avrunda til næraste øre. Det er dagsatsen arbeidsgivaren betalar for kvar dag du skulle ha jobba i arbeidsgivarperioden (dei første 16 dagane). Dagsatsen til NAV blir rekna av månadsinntekta under.',
	minimumOldG:
		'Den nye G-en gjeld for kravet om minsteinntekt først frå {{newFromDate}}. For første fråværsdag {{firstDayDate}} er kravet difor halvparten av G = {{minGKr}}: {{halfGKr}}.',
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
