import type nb from '../../nb/steps/annual';
import type { Messages } from '../../../types';

export default {
	income:
		'Personal income: {{wageKr}} wages and benefits taxed as wages, {{pensionKr}} pension, {{totalKr}} in all.',
	minstefradragWage:
		'Minimum standard deduction on wages: {{ratePct}} of {{incomeKr}}, at most {{maxKr}}: {{deductionKr}}.',
	minstefradragPension:
		'Minimum standard deduction on pension: {{ratePct}} of {{incomeKr}}, at most {{maxKr}}: {{deductionKr}}.',
	minstefradragCombined:
		'With both wages and pension, the deductions together are at most {{maxKr}}: {{deductionKr}}.',
	deductions: 'Other deductions you entered: {{amountKr}}.',
	alminneligInntekt: 'Ordinary income: {{amountKr}}.',
	personfradrag: 'Personal allowance: {{amountKr}}.',
	personfradragFinnmark: 'Personal allowance and Finnmark deduction: {{amountKr}}.',
	skattAlminnelig: 'Tax on ordinary income: {{ratePct}} of {{baseKr}} = {{taxKr}}.',
	trinnskattBracket: 'Bracket tax from {{fromKr}} to {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Bracket tax on the personal income {{incomeKr}}: {{taxKr}}.',
	trygdeavgiftBelow:
		'No national insurance contribution: the personal income {{incomeKr}} is not above {{frigrenseKr}}.',
	trygdeavgiftWage:
		'National insurance contribution on wages and benefits: {{ratePct}} of {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPension:
		'National insurance contribution on pension: {{ratePct}} of {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'The national insurance contribution cannot exceed {{phaseInPct}} of the income above {{frigrenseKr}}: {{taxKr}}.',
	trygdeavgift: 'National insurance contribution in all: {{taxKr}}.',
	total:
		'Tax for the year: {{skattAlminneligKr}} + {{trinnskattKr}} + {{trygdeavgiftKr}} = {{totalKr}}.',
	outcome: {
		restskatt:
			'The year’s tax is {{taxKr}} and {{withheldKr}} has been withheld. You will likely owe {{amountKr}} (restskatt).',
		tilgode:
			'The year’s tax is {{taxKr}} and {{withheldKr}} has been withheld. You will likely get {{amountKr}} back.',
		even: 'The year’s tax is {{taxKr}} and {{withheldKr}} has been withheld. It roughly evens out.'
	}
} satisfies Messages<typeof nb>;
