// Steps of the sykepenger amount (src/lib/engine/sykepenger/). Kr: kroner (may have øre),
// Date: a date.
export default {
	g: 'Grunnbeløpet (G) på første fraværsdag, {{firstDayDate}}, er {{gKr}} (gjelder fra {{gFromDate}}).',
	gGiven:
		'Vi har ikke G for første fraværsdag, {{firstDayDate}}, så vi bruker G = {{gKr}} som du oppga.',
	manedsinntekt:
		'Månedsinntekten er gjennomsnittet av månedene før fraværet: {{sumKr}} / {{count}} = {{manedKr}}.',
	manedsinntektRounded:
		'Månedsinntekten er gjennomsnittet: {{sumKr}} / {{count}} = {{manedKr}}, avrundet til nærmeste øre slik arbeidsgiveren oppgir det.',
	arsinntekt: 'Årsinntekt: {{manedKr}} × 12 = {{arsKr}}.',
	hourly:
		'Timelønn eller turnus: {{incomeKr}} delt på dagene du faktisk jobbet ({{daysN}}) = {{dailyKr}} per arbeidsdag. Det er dagsatsen arbeidsgiveren betaler for hver dag du skulle ha jobbet i arbeidsgiverperioden (de første 16 dagene). NAVs dagsats regnes av månedsinntekten under.',
	hourlyRounded:
		'Timelønn eller turnus: {{incomeKr}} delt på dagene du faktisk jobbet ({{daysN}}) = {{dailyKr}} per arbeidsdag, avrundet til nærmeste øre. Det er dagsatsen arbeidsgiveren betaler for hver dag du skulle ha jobbet i arbeidsgiverperioden (de første 16 dagene). NAVs dagsats regnes av månedsinntekten under.',
	minimumOldG:
		'Den nye G-en gjelder for kravet om minsteinntekt først fra {{newFromDate}}. For første fraværsdag {{firstDayDate}} er kravet derfor halvparten av G = {{minGKr}}: {{halfGKr}}.',
	capped:
		'Sykepenger gis for inntekt opp til 6 G = {{capKr}} (G = {{gKr}}). Årsinntekten {{arsKr}} er over dette, så grunnlaget blir {{grunnlagKr}}.',
	belowCap:
		'Årsinntekten {{arsKr}} er ikke over 6 G = {{capKr}} (G = {{gKr}}), så grunnlaget er {{grunnlagKr}}.',
	belowMinimum:
		'Obs: årsinntekten {{arsKr}} er under halvparten av G ({{halfGKr}}). Da gir NAV vanligvis ikke sykepenger.',
	dagsats: 'Dagsats: {{grunnlagKr}} / 260 = {{dagsatsKr}}.',
	dagsatsKr:
		'Utbetalt per dag: dagsatsen avrundet til nærmeste hele krone, {{paidKr}} (av {{dagsatsKr}}).',
	weekdays:
		'Fra {{fromDate}} til {{toDate}} er det {{weekdays}} (helligdager regnes med): {{weekdaysN}} × {{dagsatsKr}} = {{amountKr}}.',
	payments:
		'Vi regner med at NAV betaler én gang per kalendermåned, altså én utbetaling for hver måned perioden gjelder.',
	arbeidsgiverperiode:
		'Arbeidsgiveren betaler de første 16 dagene ({{firstDayDate}} – {{lastEmployerDate}}, arbeidsgiverperioden). NAV betaler fra {{navFromDate}}.',
	graded:
		'Gradert sykmelding {{gradePct}}: {{gradePct}} av {{dagsatsKr}} = {{dayKr}} per dag, avrundet til hele kroner.'
};
