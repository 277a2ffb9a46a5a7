import type nb from '../../nb/steps/payments';
import type { Messages } from '../../../types';

export default {
	days: 'The payment is for {{fromDate}} – {{toDate}}: {{days}}, counted in calendar days (weekends and public holidays included).',
	paidOnAssumed:
		'No payment date was given. We assume {{paidDate}}: the first banking day after the period, as NAV pays in arrears.',
	paidOnAssumedMeldekort:
		'No payment date was given. We assume {{paidDate}}: the employment status form (meldekort) can be sent from the last Saturday of the reporting period, and NAV pays about 2–3 working days after it is registered. We count two banking days after the period’s last day.',
	paidOnAssumedInMonth:
		'No payment date was given. We assume {{paidDate}}: NAV pays pensions and disability benefit around the 20th (earlier in December, around the 12th), on the banking day before when that date is a weekend or holiday.',
	split:
		'The period runs over {{months}} months. The amount is split between the months by calendar days, and each part counts in its own month.',
	splitPart: 'The part for {{forMonth}}: {{days}}, {{amountKr}}.',
	meldeperiodeListed:
		'NAV lists the reporting period weeks {{fromWeek}}–{{toWeek}} as free of withholding for {{benefit}} in {{forMonth}}: nothing is withheld by the table.',
	meldeperiodeTrekkfri:
		'This is one of the first reporting periods (meldeperioder) for {{benefit}} paid in {{paidMonth}} (the first two in June, the first in December). Nothing is withheld from them by the table; the money is still income and is taxed in the settlement.',
	meldeperiodeTrekkfriWeeks:
		'The reporting period of weeks {{fromWeek}}–{{toWeek}} is one of the first for {{benefit}} paid in {{paidMonth}} (the first two in June, the first in December). Nothing is withheld from it by the table; the money is still income and is taxed in the settlement.',
	trekkfri: '{{benefit}} has no tax withheld in {{forMonth}}: nothing is withheld by the table.',
	trekkfriWithUforetrygd:
		'You also receive disability benefit (uføretrygd). Then benefits to a surviving spouse are free of withholding in {{forMonth}}: nothing is withheld by the table.',
	sykepengerNotPaidInDecember:
		'Half withholding in December applies only to sickness benefit for December paid in December. This one is paid in {{paidMonth}}, so withholding is ordinary.',
	paidNextYear:
		'Paid on {{paidDate}}, that is in {{nextYear}}. We use the rules and tax card for {{year}}, but NAV withholds by your {{nextYear}} tax card, and the amount is income for {{nextYear}}. It is therefore left out of the totals for {{year}}.',
	trekkfriLeftOut:
		'The reporting period with nothing withheld ({{leftOutKr}} for {{leftOutDays}}) is left out when {{forMonth}} is recalculated, so its withholding is not taken back on this payment.',
	wholeKroner: 'The table works in whole kroner: {{amountKr}} counts as {{wholeKr}}.',
	period: 'So far {{days}} of the month have been paid for, so NAV uses the {{period}}.',
	periodThird:
		'So far {{days}} days of the month have been paid for (18–24 days): NAV uses the weekly table on one third of {{cumulativeKr}}, that is {{thirdKr}}, which gives {{weekTrekkKr}}, and multiplies by three: {{monthTrekkKr}}.',
	half: 'In {{forMonth}}, {{benefit}} has half withholding: half of {{fullKr}} is {{halfKr}}.',
	noNegative:
		'The withholding for the whole month ({{monthTotalKr}}) is less than what was already withheld ({{earlierKr}}). Nothing is paid back now, so this payment is withheld NOK 0.',
	monthFirst:
		'First payment for {{forMonth}}: the withholding on {{cumulativeKr}} ({{cumulativeDays}}) is {{monthTotalKr}}, and {{trekkKr}} is withheld.',
	monthRecalc:
		'NAV recalculates all of {{forMonth}}: {{cumulativeKr}} for {{cumulativeDays}} gives {{monthTotalKr}} withholding for the month. {{earlierKr}} has already been withheld, so this payment is withheld {{trekkKr}}.',
	partCap:
		'The withholding for {{forMonth}} ({{shareKr}}) is more than the part of the payment for that month, so {{partKr}} is withheld. The rest is taken from the next payment for the month.',
	belowHalf:
		'Transitional benefit below 50% (under {{limitKr}} a month before tax) is withheld at the percentage on your tax card, not by the table. For {{forMonth}}, {{monthKr}} is paid.',
	belowHalfNoPercent:
		'NAV withholds transitional benefit below 50% (under {{limitKr}} a month before tax) at the percentage on your tax card. For {{forMonth}}, {{monthKr}} is paid, but the percentage is not given, so we use the table.',
	percent: 'Percentage card: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	percentAllMonths:
		'With a percentage card the same percentage is withheld in June and December too. The no-withholding and half-withholding rules are for table cards.',
	rateAllMonths:
		'This rate applies in June and December too. The no-withholding and half-withholding rules are for table cards.',
	ordinaryJuneDecember:
		'Withholding tax for non-residents and Svalbard tax are withheld as usual in June and December too.',
	frikortNoLimit: 'Tax exemption card without an amount limit: NAV withholds no tax.',
	frikortBelow:
		'Tax exemption card: {{paidKr}} paid so far this year is within the limit of {{limitKr}}. No tax is withheld.',
	frikortAbove:
		'The exemption limit of {{limitKr}} is used up. Of this payment, {{aboveKr}} is above the limit, and {{ratePct}} of that is withheld: {{trekkKr}}.',
	noCard:
		'Without a tax card NAV withholds {{ratePct}}: {{ratePct}} of {{amountKr}} = {{trekkKr}}. Order a tax card from the Tax Administration (skatteetaten.no/skattekort). Anything withheld beyond your tax comes back to you in the tax settlement.',
	kildeskatt:
		'Withholding tax for people living abroad: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	svalbard: 'Svalbard tax card: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	cap: 'The withholding cannot exceed the payment ({{amountKr}}), so it is {{trekkKr}}.',
	extraKroner:
		'Voluntary extra withholding: {{extraKr}} a month, taken once in {{paidMonth}} from the first payment of the month. From this payment, {{takenKr}} is withheld.',
	extraAlreadyTaken:
		'The voluntary extra withholding for {{paidMonth}} was already taken on an earlier payment.',
	extraShort:
		'The payment is too small for all of the extra withholding. The rest, {{restKr}}, is taken from the next payment in {{paidMonth}}, if there is one.',
	extraEndsWithYear:
		'Voluntary extra withholding runs to the end of {{year}}, so none is taken from this payment.',
	extraPercent: 'Voluntary extra withholding: {{ratePct}} of the payment = {{extraKr}}.',
	total: 'Paid {{grossKr}}, withheld {{trekkKr}}, to you {{netKr}}.',
	twelveMonthTable:
		'Table {{table}} withholds the year’s tax evenly over all 12 months. The Tax Directorate says that for this reason there is no relief in the holiday season or before Christmas: {{forMonth}} is withheld as ordinary, whatever the benefit.',
	backPayment:
		'This part is a back payment for {{forMonth}}, paid in {{paidMonth}}. For earlier months of the year NAV withholds your tax card’s percentage, with a table card too (Tax Administration): {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
	backPaymentPercentCard:
		'This is a back payment for {{forMonth}}, paid in {{paidMonth}}. For earlier months of the year your tax card’s percentage, {{ratePct}}, is withheld, as on other payments (Tax Administration).',
	barnepensjonFixed:
		'Children’s pension: from 2025 NAV withholds a fixed {{ratePct}} of every payment, whatever the tax card. {{ratePct}} of {{amountKr}} = {{trekkKr}}. We do not estimate the year-end settlement for children’s pension.',
	halfLimit:
		'The limit for transitional benefit below 50% is 2.25 G divided by 24 a month. With G = {{gKr}} for {{forMonth}} the limit is {{limitKr}}. NAV gives 11,121 kr, which is this with the 2023 G; that the limit follows the G for the month paid for is our interpretation.',
	aboveHalf:
		'For {{forMonth}}, {{monthKr}} is paid, which is not below the limit of {{limitKr}}: NAV withholds by the table.',
	decemberAssumed:
		'NAV does not say what applies to {{benefit}} in December. We assume half withholding in {{forMonth}}, as for other benefits taxed as wages.',
	decemberDisputed:
		'{{benefit}} has no tax withheld in December: the Tax Payment Act § 5-7 first paragraph (b) names it among the incomes withheld over 11 months, and NAV’s June and December overview says the same. One NAV page from 2023 says half withholding; we follow the law.',
	pensionPercentDecember:
		'The sources pull apart for pension on a percentage card in December: NAV writes that pension is not withheld in December, and that with a percentage card every payment is withheld at the same percentage. We use the same percentage in December too.',
	reason: {
		backPayment: 'Back payment for {{forMonth}}: {{ratePct}} by your tax card',
		barnepensjonFixed: 'Children’s pension: a fixed {{ratePct}}',
		firstInMonth: 'First payment for {{forMonth}} ({{period}})',
		onlyInMonth: 'Payment for {{forMonth}} ({{period}})',
		laterInMonth: 'Payment no. {{nth}} for {{forMonth}}: the whole month recalculated ({{period}})',
		trekkfri: 'No withholding in {{forMonth}}',
		meldeperiodeTrekkfri: 'Reporting period with nothing withheld, in {{paidMonth}}',
		meldeperiodeWeeks:
			'Reporting period with nothing withheld, in {{paidMonth}}: weeks {{fromWeek}}–{{toWeek}}',
		half: 'Half withholding in {{forMonth}}',
		belowHalf: 'Transitional benefit below 50%: {{ratePct}} by your tax card',
		percent: 'Percentage card: {{ratePct}}',
		frikort: 'Exemption card: no tax withheld',
		frikortAbove: 'Above the exemption limit of {{limitKr}}',
		noCard: 'No tax card: {{ratePct}}',
		kildeskatt: 'Withholding tax: {{ratePct}}',
		svalbard: 'Svalbard: {{ratePct}}'
	},
	interpretation: {
		halfLimitFromG:
			'We take the limit for transitional benefit below 50% as 2.25 G / 24 with the G for the month paid for. NAV gives 11,121 kr, the 2023 figure.',
		decemberAssumed:
			'Adjustment allowance in December: NAV does not say, so we assume half withholding as for other benefits taxed as wages.',
		decemberDisputed:
			'Supplementary benefit in December: we follow the Tax Payment Act § 5-7 first paragraph (b) (withheld over 11 months): nothing is withheld in December. NAV’s 2023 page “Utbetalingsdatoer og skattetrekk” says half withholding.',
		pensionPercentDecember:
			'Pension on a percentage card in December: NAV’s texts differ. We withhold the same percentage as in other months.',
		dayTables:
			'For 1–4 days we use the Tax Administration’s own tables for 1, 2, 3 and 4 days. NAV only says “day table”.',
		thirdRounding:
			'For 18–24 days we round one third of the amount down to whole kroner before using the weekly table.',
		splitMonths: 'A period over two months is split between the months by calendar days.',
		noNegative:
			'If the month’s withholding falls below what was already withheld, we withhold NOK 0 and pay nothing back before the year-end settlement.',
		halfRounding: 'Half withholding of an odd amount is rounded up to whole kroner.',
		percentAllMonths:
			'The June and December rules are for table cards. With other cards we withhold the same every month.',
		meldeperiodeFallback:
			'NAV has not published the week numbers for 2025–2027. We treat the first reporting periods paid in the month as free of withholding (two in June, one in December), paid two banking days after the period when no date is given. That gives the weeks of NAV’s lists for 2023 and 2024: in December weeks 47–48 (odd weeks) or 48–49 (even weeks).',
		trekkfriOutsideMonth:
			'A reporting period with nothing withheld is left out when the month is recalculated.',
		paidOnAssumed:
			'Without a payment date we assume NAV’s usual date: pensions and disability benefit around the 20th (around the 12th in December), AAP and dagpenger two banking days after the reporting period, other benefits the first banking day after the period. Never a Saturday or Sunday.',
		extraOncePerMonth:
			'Extra withholding in kroner is taken once a month, from the first payment of the month.',
		wholeKroner: 'The table works in whole kroner, so øre are left out.',
		belowHalfTable:
			'Transitional benefit below 50% is withheld at the tax card’s percentage. Without the percentage we use the table.',
		paidNextYear:
			'A payment made in January or later of the next year is calculated with this year’s rules and tax card, and left out of this year’s totals.'
	}
} satisfies Messages<typeof nb>;
