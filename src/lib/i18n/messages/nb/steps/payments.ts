// Steps of NAV's withholding per payment (src/lib/engine/payments/), keyed by step id without
// the 'payments.' prefix. Bokmål is the source of truth; nn and en have exactly these keys and
// placeholders.
//
// Values arrive raw; the UI formats them by name:
// - ending in Kr: kroner (number, øre possible): grossKr, trekkKr, netKr, amountKr, extraKr,
//   takenKr, restKr, cumulativeKr, monthTotalKr, earlierKr, thirdKr, weekTrekkKr, monthTrekkKr,
//   fullKr, halfKr, limitKr, paidKr, aboveKr, leftOutKr, wholeKr, shareKr, partKr
// - ending in Date: ISO dates YYYY-MM-DD: fromDate, toDate, paidDate
// - ending in Month: month numbers 1–12: forMonth (the month paid for), paidMonth (the month paid)
// - ending in Pct: percents: ratePct
// - benefit: a benefit id (benefits:<id>); period: a table period (calc:period.<period>)
// - plain numbers: days, months, nth, cumulativeDays, leftOutDays, fromWeek, toWeek (ISO weeks)
//
// `interpretation.<id>` words each id in the result's `interpretations` list (no placeholders).
export default {
	days: 'Utbetalingen gjelder {{fromDate}} – {{toDate}}: {{days}}, regnet i kalenderdager (helger og helligdager medregnet).',
	paidOnAssumed:
		'Utbetalingsdatoen er ikke oppgitt. Vi regner med {{paidDate}}: første bankdag etter perioden, slik NAV betaler etterskuddsvis.',
	paidOnAssumedMeldekort:
		'Utbetalingsdatoen er ikke oppgitt. Vi regner med {{paidDate}}: meldekortet kan sendes fra siste lørdag i meldeperioden, og NAV betaler ca. 2–3 virkedager etter at det er registrert. Vi regner to bankdager etter periodens siste dag.',
	paidOnAssumedInMonth:
		'Utbetalingsdatoen er ikke oppgitt. Vi regner med {{paidDate}}: NAV betaler pensjon og uføretrygd rundt den 20. (i desember tidligere, rundt den 12.), bankdagen før når datoen er en helg eller helligdag.',
	split:
		'Perioden går over {{months}} måneder. Beløpet er fordelt på månedene etter antall kalenderdager, og hver del regnes med i sin egen måned.',
	splitPart: 'Delen for {{forMonth}}: {{days}}, {{amountKr}}.',
	meldeperiodeListed:
		'NAV oppgir meldeperioden uke {{fromWeek}}–{{toWeek}} som trekkfri for {{benefit}} i {{forMonth}}: det trekkes ikke skatt etter tabellen.',
	meldeperiodeTrekkfri:
		'Dette er en av de første meldeperiodene for {{benefit}} som utbetales i {{paidMonth}} (i juni de to første, i desember den første). De er trekkfrie: det trekkes ikke skatt etter tabellen.',
	meldeperiodeTrekkfriWeeks:
		'Meldeperioden uke {{fromWeek}}–{{toWeek}} er en av de første for {{benefit}} som utbetales i {{paidMonth}} (i juni de to første, i desember den første). Den er trekkfri: det trekkes ikke skatt etter tabellen.',
	trekkfri: '{{benefit}} er trekkfri i {{forMonth}}: det trekkes ikke skatt etter tabellen.',
	trekkfriWithUforetrygd:
		'Du får også uføretrygd. Da er ytelser til gjenlevende ektefelle trekkfrie i {{forMonth}}: det trekkes ikke skatt etter tabellen.',
	sykepengerNotPaidInDecember:
		'Halvt trekk i desember gjelder bare sykepenger for desember som utbetales i desember. Denne utbetales i {{paidMonth}}, så det er vanlig trekk.',
	paidNextYear:
		'Utbetales {{paidDate}}, altså i {{nextYear}}. Vi bruker reglene og skattekortet for {{year}}, men NAV trekker etter skattekortet for {{nextYear}}, og beløpet er inntekt i {{nextYear}}. Det er derfor holdt utenfor summene for {{year}}.',
	trekkfriLeftOut:
		'Den trekkfrie meldeperioden ({{leftOutKr}} for {{leftOutDays}}) holdes utenfor når {{forMonth}} regnes på nytt, slik at trekket ikke tas igjen på denne utbetalingen.',
	wholeKroner: 'Tabellen regner med hele kroner: {{amountKr}} regnes som {{wholeKr}}.',
	period: 'Til nå er det betalt for {{days}} i måneden, så NAV bruker {{period}}.',
	periodThird:
		'Til nå er det betalt for {{days}} dager i måneden (18–24 dager): NAV bruker ukestabellen på en tredjedel av {{cumulativeKr}}, altså {{thirdKr}}, som gir {{weekTrekkKr}}, og ganger med tre: {{monthTrekkKr}}.',
	half: 'I {{forMonth}} har {{benefit}} halvt trekk: halvparten av {{fullKr}} er {{halfKr}}.',
	noNegative:
		'Trekket for hele måneden ({{monthTotalKr}}) er lavere enn det som alt er trukket ({{earlierKr}}). Det betales ikke tilbake nå, så denne utbetalingen trekkes 0 kr.',
	monthFirst:
		'Første utbetaling for {{forMonth}}: trekket for {{cumulativeKr}} ({{cumulativeDays}}) er {{monthTotalKr}}, og det trekkes {{trekkKr}}.',
	monthRecalc:
		'NAV regner hele {{forMonth}} på nytt: {{cumulativeKr}} for {{cumulativeDays}} gir {{monthTotalKr}} i trekk for måneden. {{earlierKr}} er alt trukket, så denne utbetalingen trekkes {{trekkKr}}.',
	partCap:
		'Trekket for {{forMonth}} ({{shareKr}}) er større enn delen av utbetalingen for måneden, så det trekkes {{partKr}}. Resten tas på neste utbetaling for måneden.',
	belowHalf:
		'Overgangsstønad under 50 % (under {{limitKr}} i måneden før skatt) trekkes etter prosentsatsen på skattekortet, ikke tabellen. For {{forMonth}} er det utbetalt {{monthKr}}.',
	belowHalfNoPercent:
		'Overgangsstønad under 50 % (under {{limitKr}} i måneden før skatt) trekker NAV etter prosentsatsen på skattekortet. For {{forMonth}} er det utbetalt {{monthKr}}, men prosentsatsen er ikke oppgitt, så vi bruker tabellen.',
	percent: 'Prosentkort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	percentAllMonths:
		'Med prosentkort trekkes samme prosent også i juni og desember. Reglene om trekkfri og halvt trekk gjelder tabellkort.',
	rateAllMonths:
		'Denne satsen brukes også i juni og desember. Reglene om trekkfri og halvt trekk gjelder tabellkort.',
	ordinaryJuneDecember: 'Kildeskatt og Svalbard-skatt trekkes som vanlig også i juni og desember.',
	frikortNoLimit: 'Frikort uten beløpsgrense: NAV trekker ikke skatt.',
	frikortBelow:
		'Frikort: utbetalt hittil i år er {{paidKr}}, som er innenfor frikortbeløpet på {{limitKr}}. Ingen skatt trekkes.',
	frikortAbove:
		'Frikortbeløpet på {{limitKr}} er brukt opp. Av denne utbetalingen er {{aboveKr}} over grensen, og det trekkes {{ratePct}} av det: {{trekkKr}}.',
	noCard:
		'Uten skattekort trekker NAV {{ratePct}}: {{ratePct}} av {{amountKr}} = {{trekkKr}}. Bestill skattekort hos Skatteetaten (skatteetaten.no/skattekort). Det som trekkes for mye, får du tilbake i skatteoppgjøret.',
	kildeskatt: 'Kildeskatt for deg som bor i utlandet: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	svalbard: 'Svalbard-skattekort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	cap: 'Trekket kan ikke være større enn utbetalingen ({{amountKr}}), så det blir {{trekkKr}}.',
	extraKroner:
		'Frivillig tilleggstrekk: {{extraKr}} i måneden, tatt én gang i {{paidMonth}} fra den første utbetalingen i måneden. Av denne utbetalingen trekkes {{takenKr}}.',
	extraAlreadyTaken:
		'Det frivillige tilleggstrekket for {{paidMonth}} er alt tatt på en tidligere utbetaling.',
	extraShort:
		'Utbetalingen er for liten til hele tilleggstrekket. Resten, {{restKr}}, tas fra neste utbetaling i {{paidMonth}}, hvis det kommer en.',
	extraEndsWithYear:
		'Frivillig tilleggstrekk gjelder ut {{year}}, så det tas ikke av denne utbetalingen.',
	extraPercent: 'Frivillig tilleggstrekk: {{ratePct}} av utbetalingen = {{extraKr}}.',
	total: 'Utbetalt {{grossKr}}, trukket {{trekkKr}}, til deg {{netKr}}.',
	twelveMonthTable:
		'Tabell {{table}} trekker årets skatt jevnt over alle 12 måneder. Skattedirektoratet skriver at det derfor ikke skal gis trekkfritak i ferietiden og før jul: {{forMonth}} har vanlig trekk, uansett ytelse.',
	backPayment:
		'Denne delen er en etterbetaling for {{forMonth}}, utbetalt i {{paidMonth}}. For tidligere måneder i år trekker NAV prosentsatsen på skattekortet, også med tabellkort (Skatteetaten): {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	backPaymentPercentCard:
		'Dette er en etterbetaling for {{forMonth}}, utbetalt i {{paidMonth}}. For tidligere måneder i år trekkes prosentsatsen på skattekortet, {{ratePct}}, som for andre utbetalinger (Skatteetaten).',
	barnepensjonFixed:
		'Barnepensjon: fra 2025 trekker NAV fast {{ratePct}} av hver utbetaling, uansett skattekort. {{ratePct}} av {{amountKr}} = {{trekkKr}}. Skatteoppgjøret for barnepensjon regner vi ikke ut.',
	halfLimit:
		'Grensen for overgangsstønad under 50 % er 2,25 G delt på 24 i måneden. Med G = {{gKr}} for {{forMonth}} er grensen {{limitKr}}. NAV oppgir 11 121 kr, som er dette med G for 2023; at grensen følger G for måneden det betales for, er vår tolkning.',
	aboveHalf:
		'For {{forMonth}} er det utbetalt {{monthKr}}, som ikke er under grensen på {{limitKr}}: NAV trekker etter tabellen.',
	decemberAssumed:
		'NAV oppgir ikke hva som gjelder for {{benefit}} i desember. Vi regner med halvt trekk i {{forMonth}}, som for andre ytelser som skattlegges som lønn.',
	decemberDisputed:
		'{{benefit}} er trekkfri i desember: skattebetalingsloven § 5-7 første ledd bokstav b regner den blant inntektene som trekkes over 11 måneder, og NAVs oversikt over juni og desember sier trekkfri. Én NAV-side fra 2023 sier halvt trekk; vi følger loven.',
	pensionPercentDecember:
		'Kildene spriker for pensjon med prosentkort i desember: NAV skriver at pensjon ikke trekkes i desember, og at med prosentkort trekkes alle utbetalinger med samme prosent. Vi regner med samme prosent også i desember.',
	reason: {
		backPayment: 'Etterbetaling for {{forMonth}}: {{ratePct}} etter skattekortet',
		barnepensjonFixed: 'Barnepensjon: fast {{ratePct}}',
		firstInMonth: 'Første utbetaling for {{forMonth}} ({{period}})',
		onlyInMonth: 'Utbetaling for {{forMonth}} ({{period}})',
		laterInMonth:
			'Utbetaling nr. {{nth}} for {{forMonth}}: hele måneden regnet på nytt ({{period}})',
		trekkfri: 'Trekkfri i {{forMonth}}',
		meldeperiodeTrekkfri: 'Trekkfri meldeperiode i {{paidMonth}}',
		meldeperiodeWeeks: 'Trekkfri meldeperiode i {{paidMonth}}, uke {{fromWeek}}–{{toWeek}}',
		half: 'Halvt trekk i {{forMonth}}',
		belowHalf: 'Overgangsstønad under 50 %: {{ratePct}} etter skattekortet',
		percent: 'Prosentkort: {{ratePct}}',
		frikort: 'Frikort: ingen skatt trukket',
		frikortAbove: 'Over frikortbeløpet på {{limitKr}}',
		noCard: 'Uten skattekort: {{ratePct}}',
		kildeskatt: 'Kildeskatt: {{ratePct}}',
		svalbard: 'Svalbard: {{ratePct}}'
	},
	interpretation: {
		halfLimitFromG:
			'Grensen for overgangsstønad under 50 % regner vi som 2,25 G / 24 med G for måneden det betales for. NAV oppgir 11 121 kr, som er tallet for 2023.',
		decemberAssumed:
			'Omstillingsstønad i desember: NAV oppgir det ikke, så vi regner med halvt trekk som for andre ytelser som skattlegges som lønn.',
		decemberDisputed:
			'Supplerende stønad i desember: vi følger skattebetalingsloven § 5-7 første ledd bokstav b (trekk over 11 måneder) og regner desember som trekkfri. NAVs side «Utbetalingsdatoer og skattetrekk» fra 2023 sier halvt trekk.',
		pensionPercentDecember:
			'Pensjon med prosentkort i desember: NAVs tekster spriker. Vi trekker samme prosent som i andre måneder.',
		dayTables:
			'For 1–4 dager bruker vi Skatteetatens egne tabeller for 1, 2, 3 og 4 dager. NAV skriver bare «dagtabell».',
		thirdRounding:
			'For 18–24 dager runder vi en tredjedel av beløpet ned til hele kroner før ukestabellen brukes.',
		splitMonths:
			'En periode som går over to måneder, deler vi mellom månedene etter kalenderdager.',
		noNegative:
			'Blir trekket for måneden lavere enn det som alt er trukket, trekker vi 0 kr og betaler ikke tilbake før skatteoppgjøret.',
		halfRounding: 'Halvt trekk av et oddetall runder vi opp til hele kroner.',
		percentAllMonths:
			'Reglene for juni og desember gjelder tabellkort. Med andre kort trekker vi likt hver måned.',
		meldeperiodeFallback:
			'NAV har ikke publisert ukenumrene for 2025–2027. Vi regner de første meldeperiodene som utbetales i måneden som trekkfrie (to i juni, én i desember), og uten oppgitt dato utbetalt to bankdager etter perioden. Det gir samme uker som NAVs lister for 2023 og 2024: i desember uke 47–48 (oddetallsuker) eller 48–49 (partallsuker).',
		trekkfriOutsideMonth: 'En trekkfri meldeperiode holder vi utenfor når måneden regnes på nytt.',
		paidOnAssumed:
			'Uten utbetalingsdato regner vi med NAVs vanlige dato: pensjon og uføretrygd rundt den 20. (rundt den 12. i desember), AAP og dagpenger to bankdager etter meldeperioden, andre ytelser første bankdag etter perioden. Aldri en lørdag eller søndag.',
		extraOncePerMonth:
			'Tilleggstrekk i kroner tar vi én gang i måneden, fra den første utbetalingen i måneden.',
		wholeKroner: 'Tabellen regner med hele kroner, så vi ser bort fra øre.',
		belowHalfTable:
			'Overgangsstønad under 50 % trekkes etter prosentsatsen på skattekortet. Uten prosentsatsen bruker vi tabellen.',
		paidNextYear:
			'En utbetaling i januar eller senere året etter regner vi med reglene og skattekortet for dette året, og holder den utenfor årets summer.'
	}
};
