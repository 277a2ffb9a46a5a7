import type nb from '../nb/common';
import type { Messages } from '../../types';

export default {
	appName: 'Trekkhjelp',
	tagline: 'See what tax NAV withholds from each payment, and why',
	description: 'Trekkhjelp: see what tax NAV withholds from each payment, and why.',
	skipToContent: 'Skip to main content',
	language: 'Language',
	langName: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
	nav: {
		sections: 'Parts of Trekkhjelp',
		year: 'Your year',
		ufore: 'Disability benefit',
		etterbetaling: 'Back payments',
		table: 'Withholding tables',
		explain: 'Explain a payment',
		check: 'Check the payments',
		explainFromNotice: 'Have a payment notice from NAV? See why the withholding is what it is.',
		calculator: 'Calculator',
		about: 'About Trekkhjelp',
		embed: 'Embed on your site'
	},
	footer: {
		privacy: 'Everything you type stays on your device. No cookies, no tracking.',
		disclaimer: 'An unofficial aid. Your tax card and NAV’s payments are what count.'
	},
	/** The currency in a column's heading, its amounts then without it. */
	krUnit: 'NOK',
	kr: 'NOK\u00a0{{amount}}',
	estimate: 'Estimate',
	settlementEstimate:
		'The tax settlement takes in all your income and deductions. Only what you entered is counted here.',
	interpretationNote:
		'This result rests on an interpretation where the public rules are incomplete. See the explanation.',
	rulesYear: 'Calculated with the rules for income year {{year}}.',
	/** A year whose rules are still a proposal, in every year selector. */
	yearProposal: '{{year}} – proposal',
	count: {
		days_one: '{{n}} day',
		days_other: '{{n}} days',
		weekdays_one: '{{n}} weekday',
		weekdays_other: '{{n}} weekdays'
	},
	months: {
		'1': 'January',
		'2': 'February',
		'3': 'March',
		'4': 'April',
		'5': 'May',
		'6': 'June',
		'7': 'July',
		'8': 'August',
		'9': 'September',
		'10': 'October',
		'11': 'November',
		'12': 'December'
	},
	errorSummaryTitle: 'Please correct the following before we can calculate:',
	loading: 'Loading …',
	notFound: 'Page not found.',
	backHome: 'Back to the calculator'
} satisfies Messages<typeof nb>;
