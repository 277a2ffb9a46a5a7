import type nb from '../../nb/steps/year';
import type { Messages } from '../../../types';

export default {
	sourceNav: '{{benefit}} from NAV: {{amountKr}} in the year, NAV withholds {{withheldKr}}.',
	sourceTable:
		'Income {{amountKr}} withheld by table {{table}}: {{monthlyKr}} a month gives {{perMonthKr}} withheld, for {{months}} months: {{withheldKr}}. We assume the payer withholds like this all year.',
	sourcePercent: 'Income {{amountKr}} withheld at {{ratePct}}: {{withheldKr}}.',
	sourceKnown: 'Income {{amountKr}}, from which you know {{withheldKr}} is withheld.',
	sourceBackPay:
		'Back payment for earlier years ({{benefit}}): {{amountKr}}, withheld at {{ratePct}} = {{withheldKr}}. It is taxed this year, but at the settlement Skatteetaten by itself spreads it over the years it is for when that gives less tax.',
	needs:
		'{{count}} answers that decide the result are missing. Fill them in and we will work out the year.',
	barnepensjonNotCovered:
		'Barnepensjon is taxed as capital income with its own deduction and is not part of this estimate.',
	kildeskatt:
		'Kildeskatt (tax at source): {{ratePct}} of {{incomeKr}} = {{taxKr}}. That is the year’s tax: no deductions, no tax credit for pension income, and nothing back of the difference to the tax of a resident.',
	kildeskattException:
		'An exception we do not compute: if you claim a lower rate under a tax treaty, or to be taxed as a resident under the EEA rule (90 % or more of your income from Norway), the tax can differ.',
	svalbard:
		'Svalbard tax: {{lowPct}} of the income up to {{limitKr}} (12 G, G = {{gKr}}) and {{highPct}} of what is above; income {{incomeKr}} gives {{taxKr}}.',
	svalbardGAssumed:
		'The G from 1 May {{year}} is not known yet. We have used the G in force on 1 January, {{gKr}}, so the 12 G limit is a little low.',
	svalbardTrygdeavgift:
		'National insurance contribution: {{wagePct}} of wages and benefits ({{wageKr}}) and {{pensionPct}} of pension ({{pensionKr}}) = {{taxKr}}.',
	svalbardFinal:
		'Tax withheld on Svalbard is final: {{totalKr}} for the year, with no deductions and no tax credit for pension income. Nothing comes back at the settlement.',
	pensionMonthsFromPayments:
		'Pension from NAV for {{months}} months (month {{from}} to {{to}}): the tax credit for pension income and its thresholds are for those months.',
	ageLowRate:
		'You are {{age}} this year (born {{birthYear}}): the national insurance contribution on wages and benefits is at the low rate, as for pension.',
	backPayRelief:
		'The back payment of {{amountKr}} is for {{forYear}}. With your income that year ({{earlierIncomeKr}}), spreading it over the years gives {{reliefKr}} less tax, which comes off the year’s tax.',
	backPayReliefNotCovered:
		'The back payment is for {{forYear}}, a year whose tax rules we do not have. Spreading it over the years is not included.',
	withheld: 'Withheld during the year, in all: {{withheldKr}}.',
	range: {
		restskatt: 'Depending on the assumptions below: between {{lowKr}} and {{highKr}} to pay.',
		tilgode: 'Depending on the assumptions below: between {{lowKr}} and {{highKr}} back.',
		mixed:
			'Depending on the assumptions below: anything from {{tilgodeKr}} back to {{restskattKr}} to pay.'
	},
	assumption: {
		deductionsFromTable:
			'Table {{table}} has a deduction of {{deductionKr}} built in, so Skatteetaten expects you to have deductions (interest, for example) of about that much, and so have we. If you do not, the result is {{deltaKr}} worse.',
		capitalFromTable:
			'Table {{table}} has an addition of {{additionKr}} built in, so Skatteetaten expects other income (interest or rent, for example) of about that much, and so have we. If you have none, the result is {{deltaKr}} better.',
		noDeductions:
			'We do not know whether you have other deductions (interest, for example) and have assumed none. Each {{stepKr}} of deductions lowers the tax by about {{lowerKr}}.',
		pensionCredit:
			'We have included the tax credit for pension income of {{creditKr}}, for {{months}} months of pension at a {{gradePct}} grade. If your grade is lower, fill it in. If the credit does not apply to you, the tax is {{deltaKr}} higher.',
		pensionTableDeductions:
			'Table {{table}} is on a pension. A pension’s table also absorbs the tax credit for pension income and the lower contribution, so its figure is not deductions you have. We have counted no other deductions. If you have {{amountKr}} of deductions, the result is {{deltaKr}} better.',
		pensionTableAddition:
			'Table {{table}} is on a pension. Its figure is not income we can infer, so we have counted no other income. If you have {{amountKr}} of other income, the result is {{deltaKr}} worse.',
		age: 'We assume you are between 17 and 69 this year. If you are under 17 or over 69, the contribution on wages is lower, and the tax {{lowerKr}} lower: fill in your year of birth.',
		backPayRelief:
			'The back payment of {{amountKr}} is for {{forYear}}. Skatteetaten spreads it over the years when that gives less tax, but we do not know your income in {{forYear}}. Without it we count no spreading; with it, the tax can be up to {{reliefKr}} lower. Missing: your income in {{forYear}}.'
	},
	driver: {
		twoTables:
			'{{count}} payers withhold by table. Each gives you the personal allowance and the low brackets, but you are entitled to them only once. That alone leaves about {{costKr}} too little withheld over the year. This is not the year’s outcome: that is shown above, and it counts this together with everything else that pulls up or down. Only one payer should use the table; the others should withhold a percentage.',
		juneDecember:
			'June was free of withholding and December half, as the table does for a whole year. You were paid for only {{months}} months, so the other months do not make up the {{reliefKr}} not withheld.',
		percentTooLow:
			'The percentage of {{ratePct}} is lower than your average tax ({{neededPct}}): about {{costKr}} too little is withheld.',
		backPay:
			'The back payment of {{amountKr}} was withheld at {{ratePct}} ({{withheldKr}}). It is taxed this year, but spread by itself over the years it is for when that gives less tax, so what is withheld is often more than its tax.',
		frikortPassed:
			'Your frikort covers up to {{limitKr}}, but the year’s income is {{incomeKr}}. Tax on the part above comes at the year-end settlement if it is not withheld.',
		frikortNoLimit:
			'With a frikort nothing is withheld, but the year’s income ({{incomeKr}}) is taxed. The tax comes at the year-end settlement.'
	},
	deductionsAssumed:
		'Other deductions: you entered none, so we assume {{amountKr}} from table number {{table}}.',
	capitalIncomeAssumed:
		'Other ordinary income: you entered none, so we assume {{amountKr}} from table number {{table}}.',
	action: {
		nothing:
			'It looks like it will roughly even out (within {{nearKr}}). You need not do anything.',
		newTaxCard:
			'Change your tax card at Skatteetaten (skatteetaten.no) with the income you expect this year, so the payments from {{fromMonth}} are withheld right and the tax to pay of about {{amountKr}} shrinks.',
		newTaxCardTwoTables:
			'Change your tax card at Skatteetaten and list every payer, so only one uses the table and the others withhold a percentage. That avoids most of the tax to pay of about {{amountKr}}.',
		extraWithholding:
			'Or ask NAV for a voluntary extra withholding: {{perMonthKr}} a month for {{months}} months from {{fromMonth}} ({{totalKr}} in all) brings the result to about zero.',
		extraWithholdingLast:
			'Or ask NAV for a voluntary extra withholding of {{perMonthKr}} in {{fromMonth}}: that brings the result to about zero.',
		extraWithholdingPart:
			'Or ask NAV for a voluntary extra withholding, which starts the month after NAV registers it: the payments left can carry at most {{perMonthKr}} a month, for {{months}} months from {{fromMonth}} ({{totalKr}} in all).',
		extraWithholdingLastPart:
			'Or ask NAV for a voluntary extra withholding, which starts the month after NAV registers it: the payment in {{fromMonth}} can carry at most {{perMonthKr}}.',
		advance:
			'No month is left in which an extra withholding or a new tax card can still work this year. To avoid interest on the tax to pay, you can pay in about {{amountKr}} as an additional advance payment (tilleggsforskudd) by {{deadlineDate}} (Skatteetaten: Tilleggsforskudd, skatteetaten.no).',
		advanceRest:
			'What cannot be withheld in time (about {{amountKr}}) you can pay in as an additional advance payment (tilleggsforskudd) by {{deadlineDate}}, which avoids interest on it (Skatteetaten: Tilleggsforskudd, skatteetaten.no).',
		nextYearCard: 'Check your tax card for {{nextYear}}, so it withholds right from January.',
		lowerWithholding:
			'You will likely get {{amountKr}} back after the year-end settlement. If you would rather have the money now, change your tax card at Skatteetaten.',
		yearOverRestskatt:
			'The year is over, so nothing more can be withheld. The year-end settlement will likely show about {{amountKr}} to pay; you can pay it before the settlement comes.',
		yearOverTilgode:
			'The year is over. The year-end settlement will likely give you about {{amountKr}} back.',
		checkAssumptions:
			'The answer depends on the assumptions below. Check them and fill in what you know to make the estimate firmer.'
	}
} satisfies Messages<typeof nb>;
