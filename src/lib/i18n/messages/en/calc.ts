import type nb from '../nb/calc';
import type { Messages } from '../../types';

export default {
	title: 'Tax withheld from payments from NAV',
	intro:
		'Enter your benefit, your tax card and your payments. You will see the tax withheld from each payment, and why.',
	year: 'Income year',
	benefit: {
		legend: 'Benefit',
		label: 'Which benefit do you receive?',
		choose: 'Choose a benefit',
		monthsHint:
			'With a table card: {{june}} in June, {{december}} in December. Tables withheld over 12 months (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160) are withheld as ordinary in both months.',
		decemberAssumed: 'December is our interpretation: NAV does not say.',
		decemberDisputed: 'The sources disagree on December: NAV (2023) says half, older sources none.',
		barnepensjonHint:
			'Children’s pension: NAV withholds a fixed percentage of every payment, whatever the tax card, June and December too. You need not give a tax card.',
		monthRule: {
			ordinary: 'ordinary withholding',
			trekkfri: 'no withholding',
			half: 'half withholding',
			meldeperioder: 'the first reporting periods free of withholding'
		},
		meldekort: 'When do you send your employment status form (meldekort)?',
		meldekortOdd: 'In odd-numbered weeks (week 1, 3, 5 …)',
		meldekortEven: 'In even-numbered weeks (week 2, 4, 6 …)',
		withUforetrygd: 'I also receive disability benefit (uføretrygd)'
	},
	card: {
		legend: 'Tax card',
		hint: 'What your tax card at NAV says. You can find it at skatteetaten.no.',
		kind: {
			table: 'Table card (table withholding)',
			percent: 'Percentage card',
			frikort: 'Tax exemption card (frikort)',
			none: 'I have no tax card',
			kildeskatt: 'I live abroad (withholding tax, kildeskatt)',
			svalbard: 'Svalbard'
		},
		table: 'Table number',
		tableHint: 'Four digits, for example 8010. Shown on your tax card.',
		percent: 'Percentage',
		tablePercent: 'Percentage on the tax card (optional)',
		tablePercentHint:
			'Transitional benefit below 50% is withheld at the percentage, not by the table. For example 30.',
		tablePercentBackHint:
			'A back payment for earlier months of this year is withheld at the tax card’s percentage, with a table card too. The percentage is on your tax card, for example 30.',
		percentHint: 'For example 32 or 32.5.',
		frikortLimit: 'Exemption card amount (optional)',
		frikortLimitHint: 'Leave empty if your exemption card has no amount.'
	},
	extra: {
		legend: 'Voluntary extra tax withholding',
		hint: 'An extra amount withheld every month, also in June and December.',
		none: 'No',
		kroner: 'Yes, a fixed amount a month',
		percent: 'Yes, a percentage of each payment',
		amount: 'Extra withholding in kroner a month',
		percentValue: 'Extra withholding in percent'
	},
	payments: {
		legend: 'Payments',
		mode: 'How do you want to enter your payments?',
		modeQuick: 'About the same amount all year',
		modeList: 'Each payment separately',
		quickAmount: 'About how much do you get per payment (before tax)?',
		quickFrequency: 'How often?',
		everyMonth: 'Every month',
		every14Days: 'Every 14 days',
		quickFrom: 'Starting in',
		row: 'Payment {{n}}',
		from: 'From date',
		to: 'To date (inclusive)',
		amount: 'Amount before tax',
		paidOn: 'Date paid (optional)',
		add: 'Add a payment',
		remove: 'Remove payment {{n}}',
		useQuickAsList: 'Turn into a list I can edit',
		empty: 'No payments yet.'
	},
	calculate: 'Calculate the withholding',
	results: {
		title: 'Result',
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
		how: 'How we calculated',
		restsOn: 'Some figures rest on an interpretation where the public rules do not say enough:',
		noCardAdvice:
			'Without a tax card NAV withholds a fixed, high rate (see the payments). Order a tax card from the Tax Administration at skatteetaten.no/skattekort and NAV will withhold by it. Anything withheld beyond your tax comes back to you in the tax settlement.',
		allPayments: 'every payment',
		cardRestsOn: 'This withholding rests on an interpretation: see the calculation below.',
		interpretationMark: 'Interpretation',
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
		breakdownExtra: '{{kr}} voluntary extra withholding',
		fixErrors: 'The result appears when the fields above are filled in correctly.',
		estimateBadge: 'Estimate'
	},
	share: {
		copy: 'Copy a link to this calculation',
		copied: 'The link is copied. It holds what you entered, after the # sign.',
		copyFailed: 'Could not copy. Select the link below and copy it yourself.',
		linkLabel: 'Link to this calculation',
		broken:
			'The link you opened could not be read. It may be incomplete or changed. The calculator is empty, so you can fill it in again.',
		print: 'Print the explanation',
		printedOn: 'Printed on {{date}}'
	},
	compact: {
		title: 'All payments',
		period: 'Period',
		reason: 'Why',
		view: 'View',
		cards: 'Explanation per payment',
		table: 'Compact table (caseworker)',
		inputsTitle: 'Details used',
		benefit: 'Benefit',
		card: 'Tax card',
		extra: 'Voluntary extra withholding',
		none: 'None'
	},
	terms: {
		title: 'The tax card in its own words',
		cardWords: 'Tax card',
		plainWords: 'In plain words',
		trekkode: 'Trekkode (income code)',
		trekktype: 'Trekktype (kind of withholding)',
		tabellnummer: 'Tabellnummer (table number)',
		prosentsats: 'Prosentsats (percentage)',
		antallMaaneder: 'Antall måneder trekk (months withheld)',
		june: 'June',
		december: 'December',
		code: {
			loennFraNAV: 'A NAV benefit taxed as wages',
			pensjonFraNAV: 'Pension from NAV',
			ufoeretrygdFraNAV: 'Disability benefit from NAV',
			introduksjonsstoenad: 'Introduction benefit'
		},
		type: {
			tabelltrekk: 'Tax is withheld by a withholding table',
			prosenttrekk: 'A fixed percentage is withheld from each payment',
			frikort: 'Exemption card: no tax until the limit is reached',
			utenSkattekort: 'No tax card: a high flat rate',
			kildeskatt: 'Withholding tax, 15 %',
			svalbard: 'Svalbard rate'
		},
		months105:
			'The table spreads the year’s tax over 10.5 months. What that means in June and December is below.',
		months12: 'The year’s tax is withheld over all 12 months.',
		rule: {
			ordinary: 'Ordinary withholding',
			trekkfri: 'No withholding',
			half: 'Half withholding',
			meldeperioder: 'Nothing is withheld from the first reporting periods'
		}
	},
	period: {
		month: 'monthly table',
		'14days': '14-day table',
		week: 'weekly table',
		'4days': '4-day table',
		'3days': '3-day table',
		'2days': '2-day table',
		'1day': '1-day table',
		none: 'no table'
	}
} satisfies Messages<typeof nb>;
