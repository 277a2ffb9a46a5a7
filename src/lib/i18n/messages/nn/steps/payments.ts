import type nb from '../../nb/steps/payments';
import type { Messages } from '../../../types';

export default {
	days: 'Utbetalinga gjeld {{fromDate}} – {{toDate}}: {{days}}, rekna i kalenderdagar (helgar og heilagdagar medrekna).',
	paidOnAssumed:
		'Utbetalingsdatoen er ikkje oppgitt. Vi reknar med {{paidDate}}: første bankdag etter perioden, slik NAV betalar etterskotsvis.',
	paidOnAssumedMeldekort:
		'Utbetalingsdatoen er ikkje oppgitt. Vi reknar med {{paidDate}}: meldekortet kan sendast frå siste laurdagen i meldeperioden, og NAV betalar ca. 2–3 yrkedagar etter at det er registrert. Vi reknar to bankdagar etter den siste dagen i perioden.',
	paidOnAssumedInMonth:
		'Utbetalingsdatoen er ikkje oppgitt. Vi reknar med {{paidDate}}: NAV betalar pensjon og uføretrygd rundt den 20. (i desember tidlegare, rundt den 12.), bankdagen før når datoen er ei helg eller ein heilagdag.',
	split:
		'Perioden går over {{months}} månader. Beløpet er fordelt på månadene etter talet på kalenderdagar, og kvar del blir rekna med i sin eigen månad.',
	splitPart: 'Delen for {{forMonth}}: {{days}}, {{amountKr}}.',
	meldeperiodeListed:
		'NAV oppgir meldeperioden veke {{fromWeek}}–{{toWeek}} som trekkfri for {{benefit}} i {{forMonth}}: det blir ikkje trekt skatt etter tabellen.',
	meldeperiodeTrekkfri:
		'Dette er ein av dei første meldeperiodane for {{benefit}} som blir utbetalte i {{paidMonth}} (i juni dei to første, i desember den første). Dei er trekkfrie: det blir ikkje trekt skatt etter tabellen.',
	meldeperiodeTrekkfriWeeks:
		'Meldeperioden veke {{fromWeek}}–{{toWeek}} er ein av dei første for {{benefit}} som blir utbetalte i {{paidMonth}} (i juni dei to første, i desember den første). Han er trekkfri: det blir ikkje trekt skatt etter tabellen.',
	trekkfri: '{{benefit}} er trekkfri i {{forMonth}}: det blir ikkje trekt skatt etter tabellen.',
	trekkfriWithUforetrygd:
		'Du får også uføretrygd. Då er ytingar til attlevande ektefelle trekkfrie i {{forMonth}}: det blir ikkje trekt skatt etter tabellen.',
	sykepengerNotPaidInDecember:
		'Halvt trekk i desember gjeld berre sjukepengar for desember som blir utbetalte i desember. Denne blir utbetalt i {{paidMonth}}, så det er vanleg trekk.',
	paidNextYear:
		'Blir utbetalt {{paidDate}}, altså i {{nextYear}}. Vi brukar reglane og skattekortet for {{year}}, men NAV trekkjer etter skattekortet for {{nextYear}}, og beløpet er inntekt i {{nextYear}}. Det er difor halde utanfor summane for {{year}}.',
	trekkfriLeftOut:
		'Den trekkfrie meldeperioden ({{leftOutKr}} for {{leftOutDays}}) blir halden utanfor når {{forMonth}} blir rekna på nytt, slik at trekket ikkje blir teke att på denne utbetalinga.',
	wholeKroner: 'Tabellen reknar med heile kroner: {{amountKr}} blir rekna som {{wholeKr}}.',
	period: 'Til no er det betalt for {{days}} i månaden, så NAV brukar {{period}}.',
	periodThird:
		'Til no er det betalt for {{days}} dagar i månaden (18–24 dagar): NAV brukar vekestabellen på ein tredjedel av {{cumulativeKr}}, altså {{thirdKr}}, som gir {{weekTrekkKr}}, og gongar med tre: {{monthTrekkKr}}.',
	half: 'I {{forMonth}} har {{benefit}} halvt trekk: halvparten av {{fullKr}} er {{halfKr}}.',
	noNegative:
		'Trekket for heile månaden ({{monthTotalKr}}) er lågare enn det som alt er trekt ({{earlierKr}}). Det blir ikkje betalt tilbake no, så denne utbetalinga blir trekt 0 kr.',
	monthFirst:
		'Første utbetaling for {{forMonth}}: trekket for {{cumulativeKr}} ({{cumulativeDays}}) er {{monthTotalKr}}, og det blir trekt {{trekkKr}}.',
	monthRecalc:
		'NAV reknar heile {{forMonth}} på nytt: {{cumulativeKr}} for {{cumulativeDays}} gir {{monthTotalKr}} i trekk for månaden. {{earlierKr}} er alt trekt, så denne utbetalinga blir trekt {{trekkKr}}.',
	partCap:
		'Trekket for {{forMonth}} ({{shareKr}}) er større enn delen av utbetalinga for månaden, så det blir trekt {{partKr}}. Resten blir teke på neste utbetaling for månaden.',
	belowHalf:
		'Overgangsstønad under 50 % (under {{limitKr}} i månaden før skatt) blir trekt etter prosentsatsen på skattekortet, ikkje tabellen. For {{forMonth}} er det utbetalt {{monthKr}}.',
	belowHalfNoPercent:
		'Overgangsstønad under 50 % (under {{limitKr}} i månaden før skatt) trekkjer NAV etter prosentsatsen på skattekortet. For {{forMonth}} er det utbetalt {{monthKr}}, men prosentsatsen er ikkje oppgitt, så vi brukar tabellen.',
	percent: 'Prosentkort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	percentAllMonths:
		'Med prosentkort blir same prosent trekt også i juni og desember. Reglane om trekkfri og halvt trekk gjeld tabellkort.',
	rateAllMonths:
		'Denne satsen blir brukt også i juni og desember. Reglane om trekkfri og halvt trekk gjeld tabellkort.',
	ordinaryJuneDecember:
		'Kjeldeskatt og Svalbard-skatt blir trekte som vanleg også i juni og desember.',
	frikortNoLimit: 'Frikort utan beløpsgrense: NAV trekkjer ikkje skatt.',
	frikortBelow:
		'Frikort: utbetalt hittil i år er {{paidKr}}, som er innanfor frikortbeløpet på {{limitKr}}. Ingen skatt blir trekt.',
	frikortAbove:
		'Frikortbeløpet på {{limitKr}} er brukt opp. Av denne utbetalinga er {{aboveKr}} over grensa, og det blir trekt {{ratePct}} av det: {{trekkKr}}.',
	noCard:
		'Utan skattekort trekkjer NAV {{ratePct}}: {{ratePct}} av {{amountKr}} = {{trekkKr}}. Bestill skattekort hos Skatteetaten (skatteetaten.no/skattekort). Det som blir trekt for mykje, får du tilbake i skatteoppgjeret.',
	kildeskatt: 'Kjeldeskatt for deg som bur i utlandet: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	svalbard: 'Svalbard-skattekort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	cap: 'Trekket kan ikkje vere større enn utbetalinga ({{amountKr}}), så det blir {{trekkKr}}.',
	extraKroner:
		'Friviljug tilleggstrekk: {{extraKr}} i månaden, teke éin gong i {{paidMonth}} frå den første utbetalinga i månaden. Av denne utbetalinga blir det trekt {{takenKr}}.',
	extraAlreadyTaken:
		'Det friviljuge tilleggstrekket for {{paidMonth}} er alt teke på ei tidlegare utbetaling.',
	extraShort:
		'Utbetalinga er for lita til heile tilleggstrekket. Resten, {{restKr}}, blir teke frå neste utbetaling i {{paidMonth}}, om det kjem ei.',
	extraEndsWithYear:
		'Frivillig tilleggstrekk gjeld ut {{year}}, så det blir ikkje teke av denne utbetalinga.',
	extraPercent: 'Friviljug tilleggstrekk: {{ratePct}} av utbetalinga = {{extraKr}}.',
	total: 'Utbetalt {{grossKr}}, trekt {{trekkKr}}, til deg {{netKr}}.',
	twelveMonthTable:
		'Tabell {{table}} trekkjer skatten for året jamt over alle 12 månadene. Skattedirektoratet skriv at det difor ikkje skal givast trekkfritak i ferietida og før jul: {{forMonth}} har vanleg trekk, same kva yting det er.',
	backPayment:
		'Denne delen er ei etterbetaling for {{forMonth}}, utbetalt i {{paidMonth}}. For tidlegare månader i år trekkjer NAV prosentsatsen på skattekortet, også med tabellkort (Skatteetaten): {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	backPaymentPercentCard:
		'Dette er ei etterbetaling for {{forMonth}}, utbetalt i {{paidMonth}}. For tidlegare månader i år blir prosentsatsen på skattekortet, {{ratePct}}, trekt, som for andre utbetalingar (Skatteetaten).',
	barnepensjonFixed:
		'Barnepensjon: frå 2025 trekkjer NAV fast {{ratePct}} av kvar utbetaling, same kva skattekort. {{ratePct}} av {{amountKr}} = {{trekkKr}}. Skatteoppgjeret for barnepensjon reknar vi ikkje ut.',
	halfLimit:
		'Grensa for overgangsstønad under 50 % er 2,25 G delt på 24 i månaden. Med G = {{gKr}} for {{forMonth}} er grensa {{limitKr}}. NAV oppgir 11 121 kr, som er dette med G for 2023; at grensa følgjer G for månaden det blir betalt for, er vår tolking.',
	aboveHalf:
		'For {{forMonth}} er det utbetalt {{monthKr}}, som ikkje er under grensa på {{limitKr}}: NAV trekkjer etter tabellen.',
	decemberAssumed:
		'NAV oppgir ikkje kva som gjeld for {{benefit}} i desember. Vi reknar med halvt trekk i {{forMonth}}, som for andre ytingar som blir skattlagde som løn.',
	decemberDisputed:
		'{{benefit}} er trekkfri i desember: skattebetalingslova § 5-7 første ledd bokstav b reknar han blant inntektene som blir trekte over 11 månader, og NAV si oversikt over juni og desember seier trekkfri. Éi NAV-side frå 2023 seier halvt trekk; vi følgjer lova.',
	pensionPercentDecember:
		'Kjeldene sprikjer for pensjon med prosentkort i desember: NAV skriv at pensjon ikkje blir trekt i desember, og at med prosentkort blir alle utbetalingar trekte med same prosent. Vi reknar med same prosent også i desember.',
	reason: {
		backPayment: 'Etterbetaling for {{forMonth}}: {{ratePct}} etter skattekortet',
		barnepensjonFixed: 'Barnepensjon: fast {{ratePct}}',
		firstInMonth: 'Første utbetaling for {{forMonth}} ({{period}})',
		onlyInMonth: 'Utbetaling for {{forMonth}} ({{period}})',
		laterInMonth:
			'Utbetaling nr. {{nth}} for {{forMonth}}: heile månaden rekna på nytt ({{period}})',
		trekkfri: 'Trekkfri i {{forMonth}}',
		meldeperiodeTrekkfri: 'Trekkfri meldeperiode i {{paidMonth}}',
		meldeperiodeWeeks: 'Trekkfri meldeperiode i {{paidMonth}}, veke {{fromWeek}}–{{toWeek}}',
		half: 'Halvt trekk i {{forMonth}}',
		belowHalf: 'Overgangsstønad under 50 %: {{ratePct}} etter skattekortet',
		percent: 'Prosentkort: {{ratePct}}',
		frikort: 'Frikort: ingen skatt trekt',
		frikortAbove: 'Over frikortbeløpet på {{limitKr}}',
		noCard: 'Utan skattekort: {{ratePct}}',
		kildeskatt: 'Kjeldeskatt: {{ratePct}}',
		svalbard: 'Svalbard: {{ratePct}}'
	},
	interpretation: {
		halfLimitFromG:
			'Grensa for overgangsstønad under 50 % reknar vi som 2,25 G / 24 med G for månaden det blir betalt for. NAV oppgir 11 121 kr, som er talet for 2023.',
		decemberAssumed:
			'Omstillingsstønad i desember: NAV oppgir det ikkje, så vi reknar med halvt trekk som for andre ytingar som blir skattlagde som løn.',
		decemberDisputed:
			'Supplerande stønad i desember: vi følgjer skattebetalingslova § 5-7 første ledd bokstav b (trekk over 11 månader) og reknar desember som trekkfri. NAV-sida «Utbetalingsdatoer og skattetrekk» frå 2023 seier halvt trekk.',
		pensionPercentDecember:
			'Pensjon med prosentkort i desember: tekstane til NAV sprikjer. Vi trekkjer same prosent som i andre månader.',
		dayTables:
			'For 1–4 dagar brukar vi dei eigne tabellane til Skatteetaten for 1, 2, 3 og 4 dagar. NAV skriv berre «dagtabell».',
		thirdRounding:
			'For 18–24 dagar rundar vi ein tredjedel av beløpet ned til heile kroner før vekestabellen blir brukt.',
		splitMonths:
			'Ein periode som går over to månader, deler vi mellom månadene etter kalenderdagar.',
		noNegative:
			'Blir trekket for månaden lågare enn det som alt er trekt, trekkjer vi 0 kr og betalar ikkje tilbake før skatteoppgjeret.',
		halfRounding: 'Halvt trekk av eit oddetal rundar vi opp til heile kroner.',
		percentAllMonths:
			'Reglane for juni og desember gjeld tabellkort. Med andre kort trekkjer vi likt kvar månad.',
		meldeperiodeFallback:
			'NAV har ikkje publisert vekenummera for 2025–2027. Vi reknar dei første meldeperiodane som blir utbetalte i månaden, som trekkfrie (to i juni, éin i desember), og utan oppgitt dato utbetalte to bankdagar etter perioden. Det gir dei same vekene som lista til NAV for 2023 og 2024: i desember veke 47–48 (oddetalsveker) eller 48–49 (partalsveker).',
		trekkfriOutsideMonth:
			'Ein trekkfri meldeperiode held vi utanfor når månaden blir rekna på nytt.',
		paidOnAssumed:
			'Utan utbetalingsdato reknar vi med den vanlege datoen til NAV: pensjon og uføretrygd rundt den 20. (rundt den 12. i desember), AAP og dagpengar to bankdagar etter meldeperioden, andre ytingar første bankdag etter perioden. Aldri ein laurdag eller sundag.',
		extraOncePerMonth:
			'Tilleggstrekk i kroner tek vi éin gong i månaden, frå den første utbetalinga i månaden.',
		wholeKroner: 'Tabellen reknar med heile kroner, så vi ser bort frå øre.',
		belowHalfTable:
			'Overgangsstønad under 50 % blir trekt etter prosentsatsen på skattekortet. Utan prosentsatsen brukar vi tabellen.',
		paidNextYear:
			'Ei utbetaling i januar eller seinare året etter reknar vi med reglane og skattekortet for dette året, og held ho utanfor summane for året.'
	}
} satisfies Messages<typeof nb>;
