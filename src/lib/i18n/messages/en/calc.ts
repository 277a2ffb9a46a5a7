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
		decemberDisputed:
			'No withholding in December under the Tax Payment Act § 5-7; one NAV page from 2023 says half.',
		barnepensjonHint:
			'Children’s pension: NAV withholds a fixed percentage of every payment, whatever the tax card, June and December too. You need not give a tax card.',
		monthRule: {
			ordinary: 'ordinary withholding',
			trekkfri: 'no withholding',
			half: 'half withholding',
			meldeperioderJune: 'the first two reporting periods free of withholding',
			meldeperioderDecember: 'one reporting period free of withholding'
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
		tablePercent: 'Percentage on the tax card',
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
		how: 'How we calculated',
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
