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
	capitalIncome: 'Other ordinary income (interest and rent, for example): {{amountKr}}.',
	deductions: 'Other deductions you entered: {{amountKr}}.',
	alminneligInntekt: 'Ordinary income: {{amountKr}}.',
	personfradrag: 'Personal allowance: {{amountKr}}.',
	personfradragFinnmark: 'Personal allowance and Finnmark deduction: {{amountKr}}.',
	skattAlminnelig: 'Tax on ordinary income: {{ratePct}} of {{baseKr}} = {{taxKr}}.',
	trinnskattBracket: 'Bracket tax from {{fromKr}} to {{toKr}}: {{ratePct}} = {{taxKr}}.',
	trinnskatt: 'Bracket tax on the personal income {{incomeKr}}: {{taxKr}}.',
	trygdeavgiftBelow:
		'No national insurance contribution: the personal income {{incomeKr}} is not above {{frigrenseKr}}.',
	trygdeavgiftWageLow:
		'National insurance contribution on wages and benefits at the low rate (under 17 or over 69): {{ratePct}} of {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftWage:
		'National insurance contribution on wages and benefits: {{ratePct}} of {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPension:
		'National insurance contribution on pension: {{ratePct}} of {{incomeKr}} = {{taxKr}}.',
	trygdeavgiftPhaseIn:
		'The national insurance contribution cannot exceed {{phaseInPct}} of the income above {{frigrenseKr}}: {{taxKr}}.',
	trygdeavgift: 'National insurance contribution in all: {{taxKr}}.',
	total:
		'Tax for the year: {{skattAlminneligKr}} + {{trinnskattKr}} + {{trygdeavgiftKr}} = {{totalKr}}.',
	pensionCredit:
		'Tax credit for pension income (skattefradrag for pensjonsinntekt): at most {{fullMaxKr}} for a full year of full pension; for {{months}} months at {{gradePct}} {{maxKr}}. Total pension income {{samletKr}} (uføretrygd {{uforeKr}} included) tapers it by {{rate1Pct}} above {{threshold1Kr}} and {{rate2Pct}} above {{threshold2Kr}}: {{reductionKr}}. The credit is {{creditKr}}.',
	pensionCreditAssumed:
		'We have assumed the tax credit for pension income for {{months}} months at {{gradePct}}, as for a full year of alderspensjon from folketrygden or public-sector AFP. If you only get another pension (an occupational pension, for example), you get no credit and the tax is higher.',
	pensionCreditNotQualifying:
		'No tax credit for pension income: the pension you gave does not qualify (only alderspensjon from folketrygden, public-sector AFP, an equivalent EEA pension and supplerende stønad do).',
	pensionCreditNotCovered:
		'The tax credit for pension income is not included for {{year}}: we do not have that year’s figures. The tax may be lower than shown.',
	pensionCreditCapped:
		'The credit of {{creditKr}} cannot make the tax negative: it gives {{usedKr}}, the whole tax of {{taxKr}}.',
	totalAfterCredit: 'Tax for the year after the credit: {{beforeKr}} − {{creditKr}} = {{totalKr}}.',
	outcome: {
		restskatt:
			'The year’s tax is {{taxKr}} and {{withheldKr}} has been withheld. You will likely owe {{amountKr}} (restskatt).',
		tilgode:
			'The year’s tax is {{taxKr}} and {{withheldKr}} has been withheld. You will likely get {{amountKr}} back.',
		even: 'The year’s tax is {{taxKr}} and {{withheldKr}} has been withheld. It roughly evens out.'
	}
} satisfies Messages<typeof nb>;
