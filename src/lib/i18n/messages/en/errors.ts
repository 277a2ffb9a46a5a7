import type nb from '../nb/errors';
import type { Messages } from '../../types';

export default {
	unknownYear: 'We do not have the rules for this year. Choose one of {{years}}.',
	unknownTable: 'We cannot find that table number. It is on your tax card, for example 8010.',
	retiredTable:
		'The tables were renumbered in 2025 and the 71xx tables no longer exist. Your new table number is on your tax deduction card: log in at skatteetaten.no and see your tax card, or look at a pay or payment slip.',
	unknownPeriod: 'Unknown withholding period.',
	unknownBenefit: 'Choose the benefit you receive.',
	unknownCard: 'Choose the kind of tax card you have.',
	notInteger: 'Enter a whole number.',
	notFinite: 'Enter a number.',
	negative: 'The amount cannot be negative.',
	tooLarge: 'The amount is too large. The most we calculate with is {{max}}.',
	percentRange: 'Enter a percentage between 0 and 100.',
	badDate: 'Enter a valid date.',
	toBeforeFrom: 'The end date cannot be before the start date.',
	outsideYear: 'The date must be in {{year}}.',
	overlap: 'This period overlaps another payment.',
	futureYear: 'The year cannot be after the year of payment.',
	deductionsExceedIncome: 'Deductions cannot be larger than the income.',
	required: 'Fill in this field.',
	invalid: 'This value is not valid.',
	notANumber: 'Enter an amount using digits only, for example 12 345 or 12 345.50.',
	tooManyDecimals: 'Enter at most two decimals (øre).',
	gUnknown: 'We do not know the basic amount (G) for this date. Enter G from nav.no/grunnbelopet.',
	futureMonths: 'The months before the first day of absence are not over yet.',
	kildeskattNotAllowed:
		'Withholding tax for people abroad (kildeskatt) applies only to pension and disability benefit. Sickness benefit, unemployment benefit, parental benefit and other benefits taxed as wages cannot be in the scheme (NAV). Choose another tax card.',
	backPaymentPercent:
		'A back payment for earlier months of this year is withheld at the percentage on your tax card, with a table card too (Tax Administration). Enter the percentage on your tax card.',
	gradeRange: 'Enter a sick leave grade between 20 and 100 percent.',
	withinEmployerPeriod:
		'The whole period lies in the first 16 days, which your employer pays. NAV pays from day 17.'
} satisfies Messages<typeof nb>;
