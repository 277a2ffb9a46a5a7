import type nb from '../../nb/steps/tabelltrekk';
import type { Messages } from '../../../types';

export default {
	base: 'The table goes in steps of {{stepKr}}: the withholding base {{amountKr}} is rounded down to its step, and the middle of the step is used: {{baseKr}}.',
	annualIncome: 'Converted to annual income: {{baseKr}} × {{factor}} = {{incomeKr}}.',
	minstefradrag:
		'Minimum standard deduction: {{ratePct}} of {{incomeKr}}, at most {{maxKr}}: {{deductionKr}}.',
	tableDeduction: 'Table {{table}} has a built-in deduction of {{amountKr}}.',
	tableAddition: 'Table {{table}} adds {{amountKr}} to the income (an addition, not a deduction).',
	standardDeduction:
		'Standard deduction: {{ratePct}} of the income, at most {{maxKr}}: {{deductionKr}}.',
	seafarerDeduction:
		'Seafarer deduction: {{ratePct}} of the income, at most {{maxKr}}: {{deductionKr}}.',
	personfradrag: 'Personal allowance: {{amountKr}}.',
	personfradragFinnmark: 'Personal allowance with the Finnmark deduction: {{amountKr}}.',
	alminneligInntekt: 'Ordinary income after deductions: {{amountKr}}.',
	kommuneskatt: 'Municipal and county tax: {{ratePct}} of ordinary income = {{taxKr}}.',
	fellesskatt: 'Common tax: {{ratePct}} of ordinary income = {{taxKr}}.',
	trinnskattBracket: 'Bracket tax from {{fromKr}} to {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Bracket tax on {{incomeKr}}, rounded: {{taxKr}}.',
	trygdeavgiftNone: 'This table withholds no national insurance contribution.',
	trygdeavgiftBelow:
		'No national insurance contribution: the income {{incomeKr}} is below {{frigrenseKr}}.',
	trygdeavgift: 'National insurance contribution: {{ratePct}} of {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'The national insurance contribution is phased in: {{phaseInPct}} of the income above {{frigrenseKr}} = {{taxKr}} (less than {{ratePct}} of all the income).',
	annualTax: 'Tax for the whole year: {{taxKr}}.',
	divide:
		'The year’s tax is divided by {{divisor}}, the table’s figure for this period when tax is withheld over {{months}} months: {{trekkKr}}.',
	divideDown:
		'The year’s tax is divided by {{divisor}}, the table’s figure for this period, and rounded down: {{trekkKr}}.',
	cap: 'The withholding cannot exceed the amount, so it is {{trekkKr}}.'
} satisfies Messages<typeof nb>;
