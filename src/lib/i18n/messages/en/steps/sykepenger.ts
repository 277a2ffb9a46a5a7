import type nb from '../../nb/steps/sykepenger';
import type { Messages } from '../../../types';

export default {
	manedsinntekt: 'Average of {{count}} month(s): {{sumKr}} / {{count}} = {{manedKr}} a month.',
	arsinntekt: 'Annual income: {{manedKr}} × 12 = {{arsKr}}.',
	hourly: 'Hourly pay: {{incomeKr}} / {{days}} days worked = {{dailyKr}} a day.',
	hourlyYear: 'As annual income: {{dailyKr}} × 260 = {{arsKr}}.',
	capped:
		'Sickness benefit covers income up to 6 G = {{capKr}} (G = {{gKr}}). The basis becomes {{grunnlagKr}}.',
	belowCap:
		'The annual income {{arsKr}} is below 6 G = {{capKr}} (G = {{gKr}}), so the basis is {{grunnlagKr}}.',
	dagsats: 'Daily rate: {{grunnlagKr}} / 260 = {{dagsatsKr}}.',
	dagsatsKr: 'Paid per day in whole kroner: {{paidKr}}.',
	payments:
		'Sickness benefit is paid for weekdays, one payment a month ({{months}} in all), {{dagsatsKr}} a day.'
} satisfies Messages<typeof nb>;
