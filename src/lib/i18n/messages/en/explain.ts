import type nb from '../nb/explain';
import type { Messages } from '../../types';

export default {
	title: 'Explain a payment',
	intro:
		'Enter what NAV’s payment notice says. We find which tax cards and rules give exactly that withholding, and show the calculation.',
	year: 'Income year',
	benefit: 'Benefit',
	noticeLegend: 'From the payment notice',
	from: 'Period from',
	to: 'Period to',
	amount: 'Gross (brutto)',
	amountHint: 'The amount before tax for this period.',
	withheld: 'Tax withheld (skattetrekk)',
	withheldHint: 'What was withheld in tax, with or without a minus sign.',
	paidOn: 'Payment date (optional)',
	earlierLegend: 'Earlier payments for the same month',
	earlierHint:
		'Did you get another payment for the same month before this one, or another payment earlier in the month this one was paid? NAV then recalculates the withholding for the whole month, and the extra withholding is taken only once a month. Enter it from its own payment notice.',
	earlierRow: 'Earlier payment {{n}}',
	addEarlier: 'Add an earlier payment',
	removeEarlier: 'Remove earlier payment {{n}}',
	extraLegend: 'Voluntary extra withholding',
	extraHint:
		'Only if you know you asked NAV to withhold extra. We never guess an extra withholding.',
	extraKind: { none: 'No', kroner: 'Yes, kroner a month', percent: 'Yes, percent' },
	extraKroner: 'Extra withholding in kroner a month',
	extraPercent: 'Extra withholding in percent',
	submit: 'Explain the withholding',
	resultsTitle: 'What gives this withholding?',
	summary: 'Withheld {{withheld}} of {{gross}} for {{days}} days.',
	found: 'These explanations give exactly this withholding. The most likely comes first.',
	none: 'No rule or table we know of gives exactly {{withheld}} of {{gross}}. These come closest:',
	checkTitleFound: 'Looks wrong? What you can check',
	checkTitle: 'What you can check',
	check: {
		period:
			'The period: the withholding depends on how many days the payment is for. Check the from and to dates on the notice.',
		secondPayer:
			'Another payer or benefit: table withholding is used on one benefit; other benefits are withheld at the tax card’s percentage.',
		changedCard:
			'A changed tax card: if the card changed during the month, the withholding may have been calculated with both the old and the new card.',
		earlier:
			'Earlier payments for the same month: NAV then recalculates the whole month. Add them above.',
		extra: 'Voluntary extra withholding: if you asked for extra withholding, enter it above.',
		earlierFigures:
			'The figures of the earlier payments: check the period, gross and tax withheld of each.',
		paidOn:
			'The pay date: it decides the order in the month, June and December and the extra withholding. Enter it from the notice.',
		frikortPartly:
			'Exemption card (frikort): if this payment passed the card’s limit, 50 % of the part above the limit is withheld.'
	},
	cause: {
		table: 'Table card: {{tables}}',
		trekkfri: 'A month without withholding: {{tables}}',
		half: 'Half withholding: {{tables}}',
		percent: {
			noCard: 'No tax card: {{pct}}',
			noCardPension: 'Pension without a tax card: {{pct}}',
			barnepensjon: 'Children’s pension: {{pct}}',
			backPayment: 'Back payment for earlier years: {{pct}}',
			backPaymentFinnmark: 'Back payment for earlier years, Finnmark and Nord-Troms: {{pct}}',
			kildeskatt: 'Withholding tax (kildeskatt): {{pct}}',
			svalbard: 'Svalbard: {{pct}}',
			percentCard: 'Percentage card of {{pct}}'
		},
		frikort: {
			within: 'Exemption card (frikort), not used up',
			usedUp: 'Exemption card (frikort) used up: {{pct}}'
		}
	},
	tables: {
		one: 'table {{table}}',
		range: 'any table from {{from}} to {{to}}',
		all: 'every table'
	},
	order: {
		only: 'Calculated as the only payment for the month.',
		later: 'Calculated after the earlier payments for the month: NAV recalculated the whole month.',
		first:
			'Only if this payment was calculated before the earlier ones you entered. Check the order.'
	},
	recalcTitle: 'The month’s calculation',
	recalc: {
		month: 'Month',
		days: 'Days so far',
		amount: 'Amount so far',
		total: 'Withholding for the month',
		earlier: 'Withheld earlier',
		now: 'Withheld now'
	},
	shownFor: 'The calculation is shown for table {{table}}.',
	stepsTitle: 'How it is calculated',
	interpretation: 'Rests on an interpretation',
	taxAndExtra: 'Tax withheld {{tax}}, extra withholding {{extra}}.',
	carry: 'Use this in the calculator',
	ownTable: 'The table number on your tax card',
	ownTableHint:
		'This withholding fits {{tables}}. Enter your table number and we take it to the calculator: the tables withhold differently in other months.',
	ownTableNoFit: 'Table {{table}} does not give this withholding.',
	carryBackPayment: 'See what the back payment means for your tax',
	reason: {
		benefitMonth: {
			trekkfri: '{{benefit}} has no tax withheld in {{month}}: NAV withholds nothing by the table.',
			half: 'For {{benefit}} NAV withholds half the tax in {{month}}.'
		},
		meldeperiode:
			'This is one of the first reporting periods (meldeperioder) paid in {{month}}. For {{benefit}} they have no tax withheld.',
		withUforetrygd:
			'Benefits to a surviving spouse together with disability benefit have no tax withheld in {{month}}.'
	},
	twelveMonthExcluded:
		'Tables withheld over 12 months (such as 7350 and 7500) withhold as usual in June and December, so they are not included here.',
	agree: {
		trekkfri: 'Nothing is withheld in a month without withholding, whatever the table.',
		noIncomeTax:
			'At this income these tables give the same withholding: the deduction is larger than the income, so only national insurance contributions and bracket tax remain.',
		nothingDue:
			'At this income none of these tables withholds anything: the income is below the limits for both tax and national insurance contributions.',
		capped:
			'All these tables would withhold more than the payment, so the whole payment is withheld.',
		rounding: 'The tables differ, but give the same withholding on exactly this amount.'
	},
	unseenTrekkfri:
		'Assumes that {{count}} reporting period(s) paid earlier in {{month}}, which you have not entered, were the ones without withholding.',
	assumedTitle: 'What we assumed',
	assumed: {
		benefit: 'Benefit: {{benefit}}',
		year: 'Income year: {{year}}',
		paidOn: 'Paid: {{date}}',
		paidOnAssumed: 'Paid: {{date}} (assumed: NAV’s usual pay day, no date was given)',
		orderOnly: 'Order in the month: calculated as the only payment',
		orderLater: 'Order in the month: calculated after the earlier payments you entered ({{count}})',
		extraKroner: 'Extra withholding: {{amount}} a month',
		extraPercent: 'Extra withholding: {{pct}}',
		extraNone: 'Extra withholding: none'
	},
	earlierTitle: 'Earlier payments you entered',
	earlierLine: '{{period}}: gross {{gross}}, withheld {{withheld}}, paid {{date}}',
	earlierLineAssumed: '{{period}}: gross {{gross}}, withheld {{withheld}}, paid {{date}} (assumed)',
	near: {
		table: 'Table {{table}}',
		tableHalf: 'Table {{table}} with half withholding',
		tableTrekkfri: 'Table {{table}} in a month without withholding',
		more: '{{cause}} gives {{total}}, {{diff}} more.',
		less: '{{cause}} gives {{total}}, {{diff}} less.'
	},
	errors: {
		aboveGross: 'The tax withheld cannot be more than the gross amount.',
		paidAfterPayment:
			'An earlier payment must have been paid before the payment you want explained.',
		notSameMonth:
			'An earlier payment must be for the same month as the payment you want explained, or paid earlier in the same month as it.',
		overlap: 'The period overlaps the payment you want explained or another earlier payment.'
	}
} satisfies Messages<typeof nb>;
