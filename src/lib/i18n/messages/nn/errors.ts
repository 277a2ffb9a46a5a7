import type nb from '../nb/errors';
import type { Messages } from '../../types';

export default {
	unknownYear: 'Vi har ikkje reglane for dette året. Vel eitt av åra {{years}}.',
	unknownTable: 'Finn ikkje tabellnummeret. Tabellnummeret står på skattekortet, til dømes 8010.',
	retiredTable:
		'Tabellane fekk nye nummer i 2025, og 71xx-tabellane finst ikkje lenger. Det nye tabellnummeret står på skattekortet ditt: logg inn på skatteetaten.no og sjå skattekortet, eller sjå på løns- eller utbetalingsslippen.',
	unknownPeriod: 'Ukjend trekkperiode.',
	unknownBenefit: 'Vel kva yting du får.',
	unknownCard: 'Vel kva slags skattekort du har.',
	notInteger: 'Skriv eit heilt tal.',
	notFinite: 'Skriv eit tal.',
	negative: 'Beløpet kan ikkje vere negativt.',
	tooLarge: 'Beløpet er for stort. Det høgaste vi reknar med, er {{max}}.',
	percentRange: 'Skriv ein prosent mellom 0 og 100.',
	badDate: 'Skriv ein gyldig dato.',
	toBeforeFrom: 'Sluttdatoen kan ikkje vere før startdatoen.',
	outsideYear: 'Datoen må liggje i {{year}}.',
	overlap: 'Denne perioden overlappar ei anna utbetaling.',
	futureYear: 'Året kan ikkje vere etter utbetalingsåret.',
	deductionsExceedIncome: 'Frådraga kan ikkje vere større enn inntekta.',
	required: 'Fyll ut dette feltet.',
	invalid: 'Verdien er ikkje gyldig.',
	notANumber: 'Skriv eit beløp med berre tal, til dømes 12 345 eller 12 345,50.',
	tooManyDecimals: 'Skriv høgst to desimalar (øre).',
	gUnknown:
		'Vi kjenner ikkje grunnbeløpet (G) for denne datoen. Skriv inn G frå nav.no/grunnbelopet.',
	futureMonths: 'Månadene før første fråværsdag er ikkje over enno.',
	kildeskattNotAllowed:
		'Kjeldeskatt gjeld berre pensjon og uføretrygd. Sjukepengar, dagpengar, foreldrepengar og andre ytingar som blir skattlagde som løn, kan ikkje vere med i kjeldeskatteordninga (NAV). Vel eit anna skattekort.',
	backPaymentPercent:
		'Etterbetaling for tidlegare månader i år blir trekt etter prosentsatsen på skattekortet, også med tabellkort (Skatteetaten). Skriv inn prosentsatsen som står på skattekortet ditt.',
	gradeRange: 'Skriv ei sjukmeldingsgrad mellom 20 og 100 prosent.',
	withinEmployerPeriod:
		'Heile perioden ligg i dei første 16 dagane, som arbeidsgivaren betalar. NAV betalar frå dag 17.'
} satisfies Messages<typeof nb>;
