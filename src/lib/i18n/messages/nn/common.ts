import type nb from '../nb/common';
import type { Messages } from '../../types';

export default {
	appName: 'Trekkhjelp',
	tagline: 'Sjå kva NAV trekkjer i skatt av kvar utbetaling, og kvifor',
	description: 'Trekkhjelp: sjå kva NAV trekkjer i skatt av kvar utbetaling, og kvifor.',
	skipToContent: 'Hopp til hovudinnhaldet',
	language: 'Språk',
	langName: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
	nav: {
		sections: 'Delar av Trekkhjelp',
		year: 'Året ditt',
		ufore: 'Uføretrygd',
		etterbetaling: 'Etterbetaling',
		table: 'Trekktabellar',
		explain: 'Forklar ei utbetaling',
		check: 'Sjekk utbetalingane',
		explainFromNotice:
			'Har du ei utbetalingsmelding frå NAV? Sjå kvifor trekket vart som det vart.',
		calculator: 'Kalkulator',
		about: 'Om Trekkhjelp',
		embed: 'Bygg inn på eiga side'
	},
	footer: {
		privacy: 'Alt du skriv, blir verande på eininga di. Ingen informasjonskapslar, inga sporing.',
		disclaimer: 'Eit uoffisielt hjelpemiddel. Skattekortet og utbetalingane frå NAV gjeld.'
	},
	/** The currency in a column's heading, its amounts then without it. */
	krUnit: 'kr',
	kr: '{{amount}}\u00a0kr',
	estimate: 'Overslag',
	settlementEstimate:
		'Skatteoppgjeret tek med all inntekt og alle frådrag du har. Her blir berre det du har skrive inn rekna med.',
	interpretationNote:
		'Dette resultatet byggjer på ei tolking der dei offentlege reglane ikkje er fullstendige. Sjå forklaringa.',
	rulesYear: 'Rekna ut etter reglane for inntektsåret {{year}}.',
	/** A year whose rules are still a proposal, in every year selector. */
	yearProposal: '{{year}} – forslag',
	count: {
		days_one: '{{n}} dag',
		days_other: '{{n}} dagar',
		weekdays_one: '{{n}} kvardag',
		weekdays_other: '{{n}} kvardagar'
	},
	months: {
		'1': 'januar',
		'2': 'februar',
		'3': 'mars',
		'4': 'april',
		'5': 'mai',
		'6': 'juni',
		'7': 'juli',
		'8': 'august',
		'9': 'september',
		'10': 'oktober',
		'11': 'november',
		'12': 'desember'
	},
	errorSummaryTitle: 'Rett opp dette før vi kan rekne:',
	loading: 'Lastar …',
	notFound: 'Fann ikkje sida.',
	backHome: 'Til kalkulatoren'
} satisfies Messages<typeof nb>;
