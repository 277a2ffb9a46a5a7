import type nb from '../nb/about';
import type { Messages } from '../../types';

export default {
	title: 'Om Trekkhjelp',
	intro:
		'Trekkhjelp viser deg som får pengar frå NAV kva som blir trekt i skatt av kvar utbetaling, og kvifor. Han er laga for mottakarar og for saksbehandlarar som skal forklare eit trekk.',
	methodTitle: 'Slik reknar vi',
	method:
		'Tabelltrekket blir rekna med den same framgangsmåten som Skatteetaten brukar for å lage trekktabellane, og gir det same trekket til krona. Trekket på kvar utbetaling følgjer reglane til NAV for trekkperiodar, omrekning av heile månaden og juni og desember. Der dei offentlege reglane ikkje er fullstendige, byggjer vi på ei tolking og seier det i resultatet.',
	monthsTitle: 'Juni og desember for kvar yting',
	months:
		'Tabelltrekket reknar skatten for året som om han blir trekt over 10,5 månader. Kva det tyder i juni og desember, kjem an på ytinga. Uføretrygd har til dømes trekkfri juni og halvt trekk i desember. Alderspensjon har vanleg trekk i juni og trekkfri desember: trekk i 11 månader. Tabellen under viser kvar yting. Dette gjeld tabellkort; med prosentkort blir det trekt likt kvar månad.',
	monthsNote: {
		twelveMonth:
			'Tabellar som trekkjer over 12 månader (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160): vanleg trekk i juni og desember for alle ytingar. Skattedirektoratet skriv i tabellane at det ikkje skal givast trekkfritak i ferietida og før jul.',
		sykepenger:
			'Sjukepengar: halvt trekk i desember berre for sjukepengar for desember som blir utbetalte i desember.',
		gjenlevende: 'Ytingar til attlevande ektefelle: trekkfri i juni når du også får uføretrygd.',
		barnepensjon:
			'Barnepensjon: frå 2025 trekkjer NAV fast {{ratePct}} av kvar utbetaling, same kva skattekort, også i juni og desember. Skatteoppgjeret for barnepensjon reknar vi ikkje ut.',
		omstillingsstonad:
			'Omstillingsstønad: trekkfri i juni (NAV). Halvt trekk i desember er vår tolking, som for andre ytingar som blir skattlagde som løn.',
		meldeperioder:
			'AAP og dagpengar: dei første meldeperiodane som blir utbetalte i månaden, er trekkfrie, to i juni (berre AAP) og éin i desember. Lista til NAV for 2023 og 2024 gir veke 47–48 (oddetalsveker) eller 48–49 (partalsveker) i desember. For 2025–2027 er inga liste publisert: vi reknar med utbetaling to bankdagar etter meldeperioden, som gir dei same vekene, og viser vekene på utbetalinga.',
		supplerende:
			'Supplerande stønad i desember: trekkfri. Skattebetalingslova § 5-7 første ledd bokstav b reknar han blant inntektene som blir trekte over 11 månader, og NAV si oversikt seier trekkfri. Éi NAV-side frå 2023 seier halvt trekk; vi følgjer lova og nemner sida i resultatet.'
	},
	interpretationsTitle: 'Tolkingar',
	interpretations:
		'Der dei offentlege reglane ikkje seier nok, har vi valt den mest sannsynlege lesinga. Eit resultat som byggjer på ei av desse, er merkt «Tolking» og kalla eit overslag.',
	yearsTitle: 'Åra vi dekkjer',
	years:
		'Tabelltrekk: inntektsåra {{tableYears}}. Årsskatt og etterbetalingar: inntektsåra {{annualYears}}.',
	proposalYear:
		'{{year}} er eit forslag, ikkje vedtekne reglar: tala byggjer på {{document}}, lagt fram {{date}}. Alt vi reknar ut for {{year}}, er overslag og merkt slik, til Stortinget har vedteke budsjettet og Skatteetaten har publisert trekktabellane.',
	sourcesTitle: 'Kjelder',
	sources: {
		skatteetaten: 'Skatteetaten: trekkrutinen og tabellane for forskotstrekk',
		nav: 'NAV: Skattetrekk på utbetalingar frå NAV',
		rates: 'Skattevedtaket til Stortinget og satsoversiktene til regjeringa for {{annualYears}}',
		abc: 'Skatte-ABC: uføretrygd, etterbetalingar (E-7) og skatteavgrensing (S-12)'
	},
	privacyTitle: 'Personvern',
	privacy:
		'Alt du skriv, blir verande på eininga di. Ingenting blir sendt til nokon server, vi brukar ingen informasjonskapslar og inga sporing eller statistikkverktøy. Ei lenkje du deler, har opplysningane etter #-teiknet, som nettlesarar ikkje sender til serveren.',
	a11yTitle: 'Tilgjengeerklæring',
	a11y: {
		status:
			'Trekkhjelp skal oppfylle krava i WCAG 2.1 på nivå A og AA, som norske nettstader skal følgje etter forskrift om universell utforming av IKT-løysingar. Vi meiner alle sidene oppfyller dei, med unntaka under «Kjende manglar». Sist vurdert 7. desember 2026.',
		testedTitle: 'Slik testar vi',
		tested: {
			axe: 'Kvar side, på bokmål, nynorsk og engelsk, blir testa automatisk med axe for kvar endring, både på ein telefon (ned til 320 pikslar brei) og på ein stor skjerm, også med resultat og feilmeldingar framme.',
			layout:
				'Dei same testane sjekkar at ingenting må rullast sidelengs på ein smal telefon, og at ingen tekst manglar.',
			keyboard:
				'Vi går gjennom skjemaa for hand med berre tastatur: alt kan nåast og brukast, fokus synest, og ein feil tek deg til oppsummeringa og vidare til feltet.'
		},
		gapsTitle: 'Kjende manglar',
		gaps: {
			users:
				'Sidene er ikkje testa av brukarar av skjermlesar eller andre hjelpemiddel. Automatiske testar finn berre ein del av problema.',
			chart: 'Grafen over månadene er eit bilete; dei same tala står i tabellen under han.',
			print:
				'Ei utskrift eller ein PDF lagra frå nettlesaren er ikkje eit tilgjengeleg PDF-dokument med struktur.',
			embed:
				'Bygd inn på ei anna nettside er resten av den sida ansvaret til verten, også tittelen på ramma.'
		},
		reportTitle: 'Meld frå om eit problem',
		report:
			'Får du ikkje brukt ei side, eller finn du noko vi har oversett, vil vi gjerne vite det. Meld frå til den som driv nettstaden du brukar Trekkhjelp på, eller i sakslista til prosjektet der kjeldekoden ligg. Skriv kva side og kva språk, kva nettlesar og kva hjelpemiddel du brukte, og kva som skjedde. Brukar ei offentleg verksemd Trekkhjelp på sidene sine og du ikkje får svar, kan du klage til Tilsynet for universell utforming av ikt (Uutilsynet).'
	},
	disclaimerTitle: 'Ansvar',
	disclaimer:
		'Trekkhjelp er ikkje laga av NAV eller Skatteetaten. Det er skattekortet ditt og utbetalingane frå NAV som gjeld, og skatteoppgjeret avgjer den endelege skatten.'
} satisfies Messages<typeof nb>;
