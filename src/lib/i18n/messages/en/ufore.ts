import type nb from '../nb/ufore';
import type { Messages } from '../../types';

export default {
	title: 'Disability benefit: tax through the year',
	intro:
		'See how disability benefit (uføretrygd) is taxed, what NAV withholds each month, and whether you will likely owe tax or get money back.',
	monthly: 'Disability benefit per month before tax',
	barnetillegg: 'Child supplement per month (optional)',
	otherIncome: 'Other income in the year, for example wages (optional)',
	otherPct: 'Percentage withheld from that other income',
	otherPctHint:
		'It is on your tax card, for example 30. If you have other income we need it: a blank field is not 0 %.',
	finnmark: 'I live in Finnmark or Nord-Troms (the action zone)',
	monthsTitle: 'Withholding month by month',
	juneDecember:
		'June has no withholding and December half, because the tax table spreads the year’s tax over 10.5 months.',
	twelveMonth:
		'Your table withholds the year’s tax evenly over all 12 months: June and December are withheld as ordinary, like the other months (the Tax Directorate: no relief in the holiday season or before Christmas).',
	january:
		'That is why the January payment is lower than December’s: {{decemberKr}} was withheld in December, and January is back to ordinary withholding, {{januaryKr}}.',
	annualTitle: 'The year’s tax',
	partsLabel: 'Parts of the tax',
	parts: {
		personinntekt: 'Income',
		deductions: 'Other deductions you entered',
		deductionsAssumed: 'Other deductions (assumed from the table number)',
		capitalIncome: 'Other ordinary income',
		capitalIncomeAssumed: 'Other ordinary income (assumed from the table number)',
		minstefradrag: 'Minimum standard deduction',
		alminneligInntekt: 'Ordinary income',
		skattAlminneligInntekt: 'Tax on ordinary income',
		trinnskatt: 'Bracket tax',
		trygdeavgift: 'National insurance contribution',
		kildeskatt: 'Kildeskatt (tax at source)',
		svalbard: 'Svalbard tax',
		total: 'Tax in all'
	},
	outcomeTitle: 'The tax settlement',
	noLongerTitle: 'What no longer applies',
	noLonger: {
		rate: 'Disability benefit no longer has the low 5.1 % national insurance rate. It is taxed as wages, at {{wagePct}}.',
		fradrag:
			'The old special deduction for disability (up to NOK 19,000) is gone, and the transitional deduction only applied 2015–2017.',
		limit: 'The tax limitation rule does not apply to disability benefit. It was removed from 2015.'
	}
} satisfies Messages<typeof nb>;
