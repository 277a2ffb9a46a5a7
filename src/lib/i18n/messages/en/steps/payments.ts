import type nb from '../../nb/steps/payments';
import type { Messages } from '../../../types';

export default {
	days: 'The payment is for {{fromDate}} – {{toDate}}: {{days}} calendar days.',
	paidOnAssumed:
		'No payment date was given. We assume it was paid on {{paidDate}}, the day after the period.',
	split:
		'The period runs over {{months}} months. The amount is split between the months by calendar days, and each part counts in its own month.',
	trekkfri: '{{benefit}} has no tax withheld in {{forMonth}}: nothing is withheld by the table.',
	meldeperiodeTrekkfri:
		'This is one of the tax-free reporting periods (meldeperioder) for {{benefit}} in {{paidMonth}}: nothing is withheld by the table.',
	period: 'So far {{days}} days of the month have been paid for, so NAV uses the {{period}}.',
	periodThird:
		'So far {{days}} days of the month have been paid for (18–24 days): NAV uses the weekly table on one third of {{cumulativeKr}}, that is {{thirdKr}}, which gives {{weekTrekkKr}}, and multiplies by three: {{monthTrekkKr}}.',
	half: 'In {{forMonth}}, {{benefit}} has half withholding: half of {{fullKr}} is {{halfKr}}.',
	noNegative:
		'The withholding for the whole month ({{monthTotalKr}}) is less than what was already withheld ({{earlierKr}}). Nothing is paid back now, so this payment is withheld NOK 0.',
	monthFirst:
		'First payment for {{forMonth}}: the withholding on {{cumulativeKr}} is {{monthTotalKr}}, and {{trekkKr}} is withheld.',
	monthRecalc:
		'NAV recalculates all of {{forMonth}}: {{cumulativeKr}} for {{cumulativeDays}} days gives {{monthTotalKr}} withholding for the month. {{earlierKr}} has already been withheld, so this payment is withheld {{trekkKr}}.',
	percent: 'Percentage card: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	percentAllMonths:
		'With a percentage card the same percentage is withheld in June and December too. The tax-free and half-withholding rules are for table cards.',
	frikortNoLimit: 'Tax exemption card without an amount limit: NAV withholds no tax.',
	frikortBelow:
		'Tax exemption card: {{paidKr}} paid so far this year is within the limit of {{limitKr}}. No tax is withheld.',
	frikortAbove:
		'The exemption limit of {{limitKr}} is used up. Of this payment, {{aboveKr}} is above the limit, and {{ratePct}} of that is withheld: {{trekkKr}}.',
	noCard:
		'Without a tax card NAV withholds {{ratePct}}: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	kildeskatt:
		'Withholding tax for people living abroad: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	svalbard: 'Svalbard tax card: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	extraKroner:
		'Voluntary extra withholding: {{extraKr}}, taken once in {{paidMonth}} on the first payment of the month.',
	extraAlreadyTaken:
		'The voluntary extra withholding for {{paidMonth}} was already taken on an earlier payment.',
	extraPercent: 'Voluntary extra withholding: {{ratePct}} of the payment = {{extraKr}}.',
	cap: 'The withholding cannot exceed the payment ({{amountKr}}), so it is {{trekkKr}}.',
	total: 'Paid {{grossKr}}, withheld {{trekkKr}}, to you {{netKr}}.',
	reason: {
		firstInMonth: 'First payment for {{forMonth}}',
		laterInMonth: 'Payment no. {{nth}} for {{forMonth}}: the whole month recalculated',
		trekkfri: 'No withholding in {{forMonth}}',
		meldeperiodeTrekkfri: 'Tax-free reporting period in {{forMonth}}',
		half: 'Half withholding in {{forMonth}}',
		percent: 'Percentage card: {{ratePct}}',
		frikort: 'Exemption card: no tax withheld',
		frikortAbove: 'Above the exemption limit of {{limitKr}}',
		noCard: 'No tax card: {{ratePct}}',
		kildeskatt: 'Withholding tax: {{ratePct}}',
		svalbard: 'Svalbard: {{ratePct}}'
	}
} satisfies Messages<typeof nb>;
