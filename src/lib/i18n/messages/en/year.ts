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
			pensionNoCredit: 'Another pension (an occupational pension, for example)'
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
		withheld: 'Withheld in the year (kr)'
	},
	deductionsLegend: 'Deductions and pension',
	deductions: 'Other deductions in the year (kr)',
	deductionsHint:
		'Loan interest and union dues, for example. Blank: we use the deduction your table number has built in (8xxx), or none, and say so.',
	capitalIncome: 'Other income, such as interest and rent (kr)',
	capitalIncomeHint:
		'Income that is not wages, benefits or pension. Blank: we use the addition your table number has built in (9xxx), or none, and say so.',
	pensionMonths: 'Months with alderspensjon this year',
	pensionMonthsHint: 'Blank: we assume the whole year, and say so.',
	pensionGrade: 'Share of alderspensjon taken out (%)',
	pensionGradeHint: 'Blank: we assume 100 %, and say so.',
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
			'If these payments are all your income this year. Add other income and deductions on the “Your year” page.'
	}
} satisfies Messages<typeof nb>;
