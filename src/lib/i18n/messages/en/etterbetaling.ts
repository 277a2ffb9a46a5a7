import type nb from '../nb/etterbetaling';
import type { Messages } from '../../types';

export default {
	title: 'Back payment: what happens to the tax?',
	intro:
		'A back payment from NAV is often withheld at a high flat rate, and taxed in the year it is paid. See what is withheld now, and what the tax settlement will likely do.',
	payoutYear: 'Year the back payment is paid',
	benefit: 'Which benefit is the back payment for?',
	finnmark: 'I live in Finnmark or Nord-Troms (the action zone)',
	cardLegend: 'Tax card for the year of payment',
	cardHint:
		'If the back payment is for earlier months of this year, the tax card’s percentage is withheld, with a table card too. Then we need the card and its percentage.',
	cardKind: {
		none: 'Don’t know / ordinary (flat rate for earlier years)',
		table: 'Table card',
		percent: 'Percentage card',
		kildeskatt: 'I live abroad (withholding tax)',
		svalbard: 'Svalbard'
	},
	tablePercent: 'Percentage on the tax card',
	partsLegend: 'What is the back payment for?',
	part: 'Part {{n}}',
	partYear: 'For the year',
	partAmount: 'Amount before tax',
	fromMonth: 'From month',
	toMonth: 'To month',
	addPart: 'Add a year',
	removePart: 'Remove part {{n}}',
	incomeLegend: 'Your other income, without the back payment',
	incomeHint:
		'For the year of payment we need both (write 0 if you have none). For earlier years you can leave both empty if you do not know: we then use the income for the year of payment, and say so in the result. An empty field never counts as 0.',
	incomeWage: 'Wages and benefits taxed as wages in {{year}}',
	incomePension: 'Pension in {{year}}',
	nowTitle: 'When the back payment is paid',
	withheldNow: 'Withheld now',
	settlementTitle: 'In the tax settlement',
	inPayout: 'All taxed in {{year}}',
	spread: 'Spread over the years it is for',
	extraTax: 'Extra tax',
	sameYearOnly:
		'The whole back payment is for {{year}}. There is nothing to spread over other years and no relief to look for: it is taxed with the rest of your income in {{year}}, about {{extraTax}} more tax.',
	withheldNowCard:
		'The back payment is for earlier months of this year, so NAV withholds the percentage on your tax card: {{pct}}.',
	relief: 'Deduction you get automatically',
	finalTax: 'Tax on the back payment',
	keep: 'You keep',
	differenceMore: 'Likely still to pay on the back payment at the tax settlement',
	differenceBack: 'Likely back on the back payment at the tax settlement',
	difference: 'Difference from what was withheld',
	checkTitle: 'What to check in the tax settlement',
	check:
		'Look for the deduction for back payments of pension and benefits. If your income for earlier years differs from what you entered here, the figures may change.'
} satisfies Messages<typeof nb>;
