// The calc namespace's results wording (calc.ts keeps the few words a first screen shows):
// loaded with the results, not with the first screen.
export default {
	paidNextYear:
		'{{gross}} for {{year}} is paid in {{nextYear}}, with {{trekk}} withheld. It is income for {{nextYear}} and is left out of the totals above.',
	januaryAfterFree:
		'December is free of withholding, so the December payment is higher than usual. In January {{year}} ordinary withholding returns, so the January payment is lower than December’s.',
	januaryAfterHalf:
		'December has half withholding, so the December payment is higher than usual. In January {{year}} ordinary withholding returns, so the January payment is lower than December’s.',
	yearTotal: 'For the whole year',
	gross: 'Paid before tax',
	trekk: 'Tax withheld',
	net: 'Paid to you',
	paymentTitle: 'Payment {{n}}: {{period}}',
	paidOn: 'Paid on {{date}}',
	paidOnAssumed: 'Assumed paid on {{date}} (no date given)',
	restsOn: 'Some figures rest on an interpretation where the public rules do not say enough:',
	noCardAdvice:
		'Without a tax card NAV withholds a fixed, high rate (see the payments). Order a tax card from the Tax Administration at skatteetaten.no/skattekort and NAV will withhold by it. Anything withheld beyond your tax comes back to you in the tax settlement.',
	allPayments: 'every payment',
	cardRestsOn: 'This withholding rests on an interpretation: see the calculation below.',
	interpretationMark: 'Interpretation',
	/** Before the documents a step of the working cites. */
	source_one: 'Source',
	source_other: 'Sources',
	interpretationExplained:
		'The mark “Interpretation” means the public rules do not say enough, and we have chosen the most likely reading.',
	timelineTitle: 'Month by month',
	timelineDesc:
		'Tax withheld per month in {{year}}. Months with nothing withheld and months with half withholding are marked.',
	timelineTable: 'Show as a table',
	month: 'Month',
	/** Column headers of the month table, narrow enough for a phone. */
	short: { gross: 'Before tax', trekk: 'Withheld', net: 'To you' },
	amountsInKr: 'Amounts in kroner',
	monthPaid: 'Paid in',
	byMonthPaid:
		'The months here are the months the money was paid out. The cards say which month each payment is for.',
	mixedExplained:
		'Mixed: the payments in the month followed different rules (for example one with nothing withheld and one withheld as usual).',
	paymentsNumbered_one: 'Payment {{list}}',
	paymentsNumbered_other: 'Payments {{list}}',
	rule: 'Rule',
	ruleName: {
		ordinary: 'Ordinary',
		trekkfri: 'No withholding',
		half: 'Half withholding',
		mixed: 'Mixed'
	},
	noPayments: 'No payment',
	firstVsLaterTitle: 'Why the first payment in {{month}} was withheld more',
	firstVsLater:
		'NAV recalculates the withholding for the whole of {{month}} at every payment. Payment {{firstN}} ({{firstKr}} for {{firstDays}} in {{month}}) was withheld {{firstTrekkKr}} for {{month}} using the table for {{firstDays}}. When payment {{secondN}} came, {{totalKr}} had been paid for {{totalDays}} in {{month}}, and the withholding for the whole month became {{monthTrekkKr}}. So payment {{secondN}} was withheld {{secondTrekkKr}} for {{month}}: {{monthTrekkKr}} minus the {{firstTrekkKr}} already withheld.',
	cardBreakdown: 'The card for payment {{n}} shows {{cardKr}} withheld in all: {{parts}}.',
	breakdownMonth: '{{kr}} for {{month}}',
	breakdownExtra: '{{kr}} voluntary extra withholding'
};
