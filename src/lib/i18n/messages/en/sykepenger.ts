import type nb from '../nb/sykepenger';
import type { Messages } from '../../types';

export default {
	title: 'Work out your sickness benefit from your pay',
	intro:
		'Know your pay but not your sickness benefit? NAV uses the average of the three months before you fell ill, up to 6 G.',
	firstDay: 'First day of absence',
	monthly: 'Pay for the three months before',
	hourly: 'Hourly or irregular pay',
	kind: 'How are you paid?',
	month: 'Pay for {{month}}',
	monthN: 'Pay in month {{n}} before the absence',
	hourlyIncome: 'Total pay for the three full months before the absence',
	hourlyHint:
		'Your employer divides the pay by the days you actually worked and pays that for each day you would have worked in the first 16 days. NAV takes the monthly average × 12 and pays a 260th of it for each weekday.',
	daysWorked: 'Days you actually worked in those three months',
	g: 'The basic amount (G) on the first day of absence',
	gHint: 'We do not have G for this date. You can find it at nav.no/grunnbelopet.',
	from: 'Sickness benefit from',
	to: 'Sickness benefit to (inclusive)',
	resultTitle: 'Your sickness benefit',
	grunnlag: 'Sickness benefit basis',
	cap: '6 G',
	capBites: 'The income is above 6 G, so the basis is reduced to {{capKr}}.',
	employerRate: 'Your employer’s rate per working day (the first 16 days)',
	manedsinntekt: 'Monthly income (the average)',
	dagsats: 'NAV’s daily rate (per weekday)',
	perDay: 'Paid per day',
	payments: 'Payments for the period: {{count}}, {{totalKr}} in all.',
	use: 'Use these payments in the calculation',
	used: 'The payments have been added under “Payments”.',
	grade: 'Sick leave grade in percent (optional)',
	gradeHint: 'Graded sick leave: 20–99 %. Blank means 100 %.'
} satisfies Messages<typeof nb>;
