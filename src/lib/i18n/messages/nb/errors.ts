// One message per engine/input error code (src/lib/engine/errors.ts). {{max}} etc. come preformatted.
export default {
	unknownYear: 'Vi har ikke reglene for dette året. Velg et av årene {{years}}.',
	unknownTable:
		'Finner ikke tabellnummeret. Tabellnummeret står på skattekortet, for eksempel 8010.',
	retiredTable:
		'Tabellene fikk nye nummer i 2025, og 71xx-tabellene finnes ikke lenger. Det nye tabellnummeret står på skattekortet ditt: logg inn på skatteetaten.no og se skattekortet, eller se på lønns- eller utbetalingsslippen.',
	unknownPeriod: 'Ukjent trekkperiode.',
	unknownBenefit: 'Velg hvilken ytelse du får.',
	unknownCard: 'Velg hva slags skattekort du har.',
	notInteger: 'Skriv et helt tall.',
	notFinite: 'Skriv et tall.',
	negative: 'Beløpet kan ikke være negativt.',
	tooLarge: 'Beløpet er for stort. Det høyeste vi regner med er {{max}}.',
	percentRange: 'Skriv en prosent mellom 0 og 100.',
	badDate: 'Skriv en gyldig dato.',
	toBeforeFrom: 'Sluttdatoen kan ikke være før startdatoen.',
	outsideYear: 'Datoen må ligge i {{year}}.',
	overlap: 'Denne perioden overlapper en annen utbetaling.',
	futureYear: 'Året kan ikke være etter utbetalingsåret.',
	deductionsExceedIncome: 'Fradragene kan ikke være større enn inntekten.',
	required: 'Fyll ut dette feltet.',
	invalid: 'Verdien er ikke gyldig.',
	notANumber: 'Skriv et beløp med bare tall, for eksempel 12 345 eller 12 345,50.',
	tooManyDecimals: 'Skriv høyst to desimaler (øre).',
	gUnknown:
		'Vi kjenner ikke grunnbeløpet (G) for denne datoen. Skriv inn G fra nav.no/grunnbelopet.',
	futureMonths: 'Månedene før første fraværsdag er ikke over ennå.',
	kildeskattNotAllowed:
		'Kildeskatt gjelder bare pensjon og uføretrygd. Sykepenger, dagpenger, foreldrepenger og andre ytelser som skattlegges som lønn, kan ikke være med i kildeskatteordningen (NAV). Velg et annet skattekort.',
	backPaymentPercent:
		'Etterbetaling for tidligere måneder i år trekkes etter prosentsatsen på skattekortet, også med tabellkort (Skatteetaten). Skriv inn prosentsatsen som står på skattekortet ditt.',
	gradeRange: 'Skriv en sykmeldingsgrad mellom 20 og 100 prosent.',
	withinEmployerPeriod:
		'Hele perioden ligger i de første 16 dagene, som arbeidsgiveren betaler. NAV betaler fra dag 17.'
};
