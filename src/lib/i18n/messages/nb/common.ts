// Bokmål: the source of truth. nn and en are type-checked against this file, and the keys `t`
// takes are typed from the bokmål files (MessageKey, src/lib/i18n/keys.ts).
export default {
	appName: 'Trekkhjelp',
	tagline: 'Se hva NAV trekker i skatt av hver utbetaling, og hvorfor',
	description: 'Trekkhjelp: se hva NAV trekker i skatt av hver utbetaling, og hvorfor.',
	skipToContent: 'Hopp til hovedinnholdet',
	language: 'Språk',
	langName: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
	nav: {
		sections: 'Deler av Trekkhjelp',
		year: 'Året ditt',
		ufore: 'Uføretrygd',
		etterbetaling: 'Etterbetaling',
		table: 'Trekktabeller',
		explain: 'Forklar en utbetaling',
		check: 'Sjekk utbetalingene',
		explainFromNotice: 'Har du en utbetalingsmelding fra NAV? Se hvorfor trekket ble som det ble.',
		calculator: 'Kalkulator',
		about: 'Om Trekkhjelp',
		embed: 'Bygg inn på egen side'
	},
	footer: {
		privacy: 'Alt du skriver, blir på enheten din. Ingen informasjonskapsler, ingen sporing.',
		disclaimer: 'Et uoffisielt hjelpemiddel. Skattekortet og NAV sine utbetalinger gjelder.'
	},
	/** The currency in a column's heading, its amounts then without it. */
	krUnit: 'kr',
	kr: '{{amount}}\u00a0kr',
	estimate: 'Anslag',
	settlementEstimate:
		'Skatteoppgjøret tar med all inntekt og alle fradrag du har. Her regnes bare med det du har skrevet inn.',
	interpretationNote:
		'Dette resultatet bygger på en tolkning der de offentlige reglene ikke er fullstendige. Se forklaringen.',
	rulesYear: 'Beregnet etter reglene for inntektsåret {{year}}.',
	/** A year whose rules are still a proposal, in every year selector. */
	yearProposal: '{{year}} – forslag',
	count: {
		days_one: '{{n}} dag',
		days_other: '{{n}} dager',
		weekdays_one: '{{n}} hverdag',
		weekdays_other: '{{n}} hverdager'
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
	errorSummaryTitle: 'Rett opp dette før vi kan regne:',
	loading: 'Laster …',
	notFound: 'Fant ikke siden.',
	backHome: 'Til kalkulatoren'
};
