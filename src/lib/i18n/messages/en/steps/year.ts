import type nb from '../../nb/steps/year';
import type { Messages } from '../../../types';

export default {
	sourceNav: '{{benefit}} from NAV: {{amountKr}} in the year, NAV withholds {{withheldKr}}.',
	sourceTable:
		'Income {{amountKr}} withheld by table {{table}}: {{monthlyKr}} a month gives {{perMonthKr}} withheld, for {{months}} months: {{withheldKr}}. We assume the payer withholds like this all year.',
	sourcePercent: 'Income {{amountKr}} withheld at {{ratePct}}: {{withheldKr}}.',
	sourceKnown: 'Income {{amountKr}}, from which you know {{withheldKr}} is withheld.',
	sourceBackPay:
		'Back payment for earlier years ({{benefit}}): {{amountKr}}, withheld at {{ratePct}} = {{withheldKr}}.',
	needs:
		'{{count}} answers that decide the result are missing. Fill them in and we will work out the year.',
	barnepensjonNotCovered:
		'Barnepensjon is taxed as capital income with its own deduction and is not part of this estimate.',
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
			'We have included the tax credit for pension income of {{creditKr}}, as for {{months}} months of alderspensjon at {{gradePct}}. If the credit does not apply to you, the tax is {{deltaKr}} higher.'
	},
	driver: {
		twoTables:
			'{{count}} payers withhold by table. Each gives you the personal allowance and the low brackets, but you are entitled to them only once: that costs about {{costKr}} in tax to pay. Only one payer should use the table; the others should withhold a percentage.',
		juneDecember:
			'June was free of withholding and December half, as the table does for a whole year. You were paid for only {{months}} months, so the other months do not make up the {{reliefKr}} not withheld.',
		percentTooLow:
			'The percentage of {{ratePct}} is lower than your average tax ({{neededPct}}): about {{costKr}} too little is withheld.',
		backPay:
			'The back payment of {{amountKr}} was withheld at {{ratePct}} ({{withheldKr}}). It is taxed with the rest of the year’s income, so its tax may be higher or lower than what was withheld.',
		frikortPassed:
			'Your frikort covers up to {{limitKr}}, but the year’s income is {{incomeKr}}. Tax on the part above comes at the year-end settlement if it is not withheld.',
		frikortNoLimit:
			'With a frikort nothing is withheld, but the year’s income ({{incomeKr}}) is taxed. The tax comes at the year-end settlement.'
	},
	action: {
		nothing:
			'It looks like it will roughly even out (within {{nearKr}}). You need not do anything.',
		newTaxCard:
			'Change your tax card at Skatteetaten (skatteetaten.no) with the income you expect this year, so the rest of the year is withheld right and the tax to pay of about {{amountKr}} shrinks.',
		newTaxCardTwoTables:
			'Change your tax card at Skatteetaten and list every payer, so only one uses the table and the others withhold a percentage. That avoids most of the tax to pay of about {{amountKr}}.',
		extraWithholding:
			'Or ask NAV for a voluntary extra withholding: {{perMonthKr}} a month for {{months}} months from {{fromMonth}} ({{totalKr}} in all) brings the result to about zero.',
		extraWithholdingLast:
			'Or ask NAV for a voluntary extra withholding of {{perMonthKr}} in {{fromMonth}}: that brings the result to about zero.',
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
