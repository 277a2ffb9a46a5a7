import type nb from '../nb/year';
import type { Messages } from '../../types';

export default {
	title: 'Your year',
	intro:
		'See whether you will likely owe tax or get money back for the year, what drives it, and what you can do. Fill in the benefit from NAV and any other income. A blank field is unknown, not zero: we ask for what decides the answer and say what we assumed for the rest.',
	navLegend: 'From NAV',
	carried: 'The payments from the calculator are included. You can change them here.',
	other: {
		legend: 'Other income in the year',
		kindLegend: 'Do you have other income this year?',
		kind: {
			none: 'No',
			wage: 'Wages',
			benefit: 'Another benefit taxed as wages',
			pension: 'Alderspensjon or AFP (with the tax credit for pensioners)',
			pensionNoCredit: 'Another pension (an occupational pension, for example)',
			backPay: 'A back payment from NAV for an earlier year (same benefit)'
		},
		amount: 'Income in the year before tax (kr)',
		byLegend: 'How is tax withheld from it?',
		by: {
			table: 'By table',
			percent: 'By percentage',
			known: 'I know how much is withheld in the year'
		},
		table: 'Table number for the other income',
		percent: 'Percentage withheld from the other income',
		percentHint: 'It is on the tax card. A blank field is not 0 %: we will ask for it.',
		backPayAmount: 'The back payment before tax (kr)',
		backPayYear: 'The year the back payment is for',
		backPayYearHint: 'Blank: the year before. NAV withholds a flat rate from it.',
		backPayEarlierIncome: 'Other income that year (kr)',
		backPayEarlierIncomeHint:
			'Without the back payment. Skatteetaten spreads it over the years when that gives less tax, and needs this income for it. Blank: we show a range and say what is missing.',
		withheld: 'Withheld in the year (kr)',
		nav: 'This is paid by NAV too',
		navNote:
			'NAV withholds by the table on one benefit only. The other is withheld at the percentage on your tax card.',
		navPercent: 'The percentage on your tax card'
	},
	deductionsLegend: 'Deductions and pension',
	deductions: 'Other deductions in the year (kr)',
	deductionsHint:
		'Loan interest and union dues, for example. Blank: we use the deduction your table number has built in (8xxx), or none, and say so.',
	capitalIncome: 'Other income, such as interest and rent (kr)',
	capitalIncomeHint:
		'Income that is not wages, benefits or pension. Blank: we use the addition your table number has built in (9xxx), or none, and say so.',
	pensionMonths: 'Months with alderspensjon this year (12 if the whole year)',
	pensionMonthsHint:
		'Pension from NAV: we count the months from the payments. Other alderspensjon or AFP: if you had it the whole year, type 12; if it started in July, type 6. Blank: we ask.',
	pensionGrade: 'Share of alderspensjon taken out (%)',
	pensionGradeHint: 'Blank: we assume 100 %, and say so.',
	birthYear: 'Year of birth',
	birthYearHint:
		'For the national insurance contribution on wages and benefits: it is lower for anyone under 17 or over 69 this year. Blank: we assume 17–69, and say so.',
	finnmark: 'I live in Finnmark or Nord-Troms',
	outcomeTitle: 'At the year-end settlement',
	restskatt: 'Likely tax to pay: {{amountKr}}',
	tilgode: 'Likely back: {{amountKr}}',
	even: 'It roughly evens out',
	taxAndWithheld: 'Tax for the year {{taxKr}}, withheld in the year {{withheldKr}}.',
	actionsTitle: 'What you can do',
	driversTitle: 'What drives the result',
	assumptionsTitle: 'What the estimate rests on',
	noAssumptions: 'No assumptions: every figure is one you gave.',
	sourcesTitle: 'Income and withholding in the year',
	sourceCol: 'Income',
	incomeCol: 'Before tax',
	withheldCol: 'Withheld',
	totalRow: 'In all',
	kind: {
		wage: 'Wages',
		benefit: 'Benefit taxed as wages',
		uforetrygd: 'Uføretrygd',
		pension: 'Alderspensjon or AFP',
		pensionNoCredit: 'Other pension',
		barnepensjon: 'Barnepensjon'
	},
	how: 'How this was worked out',
	teaser: {
		restskatt: 'At the year end: likely {{amountKr}} to pay',
		tilgode: 'At the year end: likely {{amountKr}} back',
		even: 'At the year end: likely about even',
		teaserNote:
			'If these payments are all your income this year. Add other income and deductions on the “Your year” page.',
		partYear_one:
			'These payments cover {{count}} month of the year. What the year-end settlement brings depends on the rest of the year (other income, deductions), so we give no single figure for it here.',
		partYear_other:
			'These payments cover {{count}} of the year’s months. What the year-end settlement brings depends on the rest of the year (other income, deductions), so we give no single figure for it here.',
		moreKnown:
			'You gave wages in the sickness benefit step: income these payments do not show. What the year-end settlement brings depends on the whole year, so we give no single figure for it here.',
		partYearLink: 'Work out your whole year, with these payments carried over'
	}
} satisfies Messages<typeof nb>;
