import type nb from '../../nb/steps/sykepenger';
import type { Messages } from '../../../types';

export default {
	g: 'The basic amount (G) on the first day of absence, {{firstDayDate}}, is {{gKr}} (in force from {{gFromDate}}).',
	gGiven:
		'We do not have G for the first day of absence, {{firstDayDate}}, so we use the G you gave: {{gKr}}.',
	manedsinntekt:
		'The monthly income is the average of the months before the absence: {{sumKr}} / {{count}} = {{manedKr}}.',
	manedsinntektRounded:
		'The monthly income is the average: {{sumKr}} / {{count}} = {{manedKr}}, rounded to the nearest øre as the employer reports it.',
	arsinntekt: 'Annual income: {{manedKr}} × 12 = {{arsKr}}.',
	hourly:
		'Hourly or shift pay: {{incomeKr}} divided by the days you actually worked ({{daysN}}) = {{dailyKr}} per working day. That is the rate your employer pays for each day you would have worked in the employer period (the first 16 days). NAV’s daily rate comes from the monthly income below.',
	hourlyRounded:
		'Hourly or shift pay: {{incomeKr}} divided by the days you actually worked ({{daysN}}) = {{dailyKr}} per working day, rounded to the nearest øre. That is the rate your employer pays for each day you would have worked in the employer period (the first 16 days). NAV’s daily rate comes from the monthly income below.',
	minimumOldG:
		'The new G applies to the minimum income only from {{newFromDate}}. For the first day of absence, {{firstDayDate}}, the minimum is therefore half of G = {{minGKr}}: {{halfGKr}}.',
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
