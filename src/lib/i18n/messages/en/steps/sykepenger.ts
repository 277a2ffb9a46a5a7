import type nb from '../../nb/steps/sykepenger';
import type { Messages } from '../../../types';

export default {
	g: 'The basic amount (G) on the first day of absence, {{firstDayDate}}, is {{gKr}} (in force from {{gFromDate}}).',
	gGiven:
		'We do not have G for the first day of absence, {{firstDayDate}}, so we use the G you gave: {{gKr}}.',
	manedsinntekt: 'The monthly income is the average: {{sumKr}} / {{count}} = {{manedKr}}.',
	manedsinntektRounded:
		'The monthly income is the average: {{sumKr}} / {{count}} = {{manedKr}}, rounded to the nearest øre as the employer reports it.',
	arsinntekt: 'Annual income: {{manedKr}} × 12 = {{arsKr}}.',
	hourly:
		'Hourly pay: {{incomeKr}} divided by the number of days worked ({{daysN}}) = {{dailyKr}} a day.',
	hourlyRounded:
		'Hourly pay: {{incomeKr}} divided by the number of days worked ({{daysN}}) = {{dailyKr}} a day, rounded to the nearest øre.',
	hourlyYear: 'As annual income: {{dailyKr}} × 260 = {{arsKr}}.',
	capped:
		'Sickness benefit covers income up to 6 G = {{capKr}} (G = {{gKr}}). The annual income {{arsKr}} is above that, so the basis becomes {{grunnlagKr}}.',
	belowCap:
		'The annual income {{arsKr}} is not above 6 G = {{capKr}} (G = {{gKr}}), so the basis is {{grunnlagKr}}.',
	belowMinimum:
		'Note: the annual income {{arsKr}} is below half of G ({{halfGKr}}). NAV then usually pays no sickness benefit.',
	dagsats: 'Daily rate: {{grunnlagKr}} / 260 = {{dagsatsKr}}.',
	dagsatsKr:
		'Paid per day: the daily rate rounded to the nearest whole krone, {{paidKr}} (from {{dagsatsKr}}).',
	weekdays:
		'From {{fromDate}} to {{toDate}} there are {{weekdays}} (public holidays included): {{weekdaysN}} × {{dagsatsKr}} = {{amountKr}}.',
	payments:
		'We assume NAV pays once per calendar month, that is one payment for each month the period covers.',
	arbeidsgiverperiode:
		'Your employer pays the first 16 days ({{firstDayDate}} – {{lastEmployerDate}}, the employer period). NAV pays from {{navFromDate}}.',
	graded:
		'Graded sick leave {{gradePct}}: {{gradePct}} of {{dagsatsKr}} = {{dayKr}} a day, rounded to whole kroner.'
} satisfies Messages<typeof nb>;
