export default {
	title: 'Om Trekkhjelp',
	intro:
		'Trekkhjelp viser deg som får penger fra NAV hva som blir trukket i skatt av hver utbetaling, og hvorfor. Den er laget for mottakere og for saksbehandlere som skal forklare et trekk.',
	methodTitle: 'Slik regner vi',
	method:
		'Tabelltrekket regnes med den samme framgangsmåten som Skatteetaten bruker for å lage trekktabellene, og gir det samme trekket til kronen. Trekket på hver utbetaling følger NAVs regler for trekkperioder, omregning av hele måneden og juni og desember. Der de offentlige reglene ikke er fullstendige, bygger vi på en tolkning og sier det i resultatet.',
	monthsTitle: 'Juni og desember for hver ytelse',
	months:
		'Tabelltrekket regner årets skatt som om den trekkes over 10,5 måneder. Hva det betyr i juni og desember, avhenger av ytelsen. Uføretrygd har for eksempel trekkfri juni og halvt trekk i desember. Alderspensjon har vanlig trekk i juni og trekkfri desember: trekk i 11 måneder. Tabellen under viser hver ytelse. Dette gjelder tabellkort; med prosentkort trekkes det likt hver måned.',
	monthsNote: {
		twelveMonth:
			'Tabeller som trekker over 12 måneder (7350, 7500, 7700, 6350, 6500, 6700, 0100, 0101, 7150, 7160): vanlig trekk i juni og desember for alle ytelser. Skattedirektoratet: «Det skal derfor ikke gis trekkfritaking i ferietiden og før jul».',
		sykepenger:
			'Sykepenger: halvt trekk i desember bare for sykepenger for desember som utbetales i desember.',
		gjenlevende: 'Ytelser til gjenlevende ektefelle: trekkfri i juni når du også får uføretrygd.',
		barnepensjon:
			'Barnepensjon: fra 2025 trekker NAV fast {{ratePct}} av hver utbetaling, uansett skattekort, også i juni og desember. Skatteoppgjøret for barnepensjon regner vi ikke ut.',
		omstillingsstonad:
			'Omstillingsstønad: trekkfri i juni (NAV). Halvt trekk i desember er vår tolkning, som for andre ytelser som skattlegges som lønn.',
		meldeperioder:
			'AAP og dagpenger: de første meldeperiodene som utbetales i måneden er trekkfrie, to i juni (bare AAP) og én i desember. NAVs lister for 2023 og 2024 gir uke 47–48 (oddetallsuker) eller 48–49 (partallsuker) i desember. For 2025–2027 er ingen liste publisert: vi regner med utbetaling to bankdager etter meldeperioden, som gir de samme ukene, og viser ukene på utbetalingen.',
		supplerende:
			'Supplerende stønad i desember: trekkfri. Skattebetalingsloven § 5-7 første ledd bokstav b regner den blant inntektene som trekkes over 11 måneder, og NAVs oversikt sier trekkfri. Én NAV-side fra 2023 sier halvt trekk; vi følger loven og nevner siden i resultatet.'
	},
	interpretationsTitle: 'Tolkninger',
	interpretations:
		'Der de offentlige reglene ikke sier nok, har vi valgt den mest sannsynlige lesningen. Et resultat som bygger på en av disse, er merket «Tolkning» og kalt et anslag.',
	yearsTitle: 'Årene vi dekker',
	years:
		'Tabelltrekk: inntektsårene {{tableYears}}. Årsskatt og etterbetalinger: inntektsårene {{annualYears}}.',
	proposalYear:
		'{{year}} er et forslag, ikke vedtatte regler: tallene bygger på {{document}}, lagt fram {{date}}. Alt vi regner ut for {{year}}, er anslag og merket slik, til Stortinget har vedtatt budsjettet og Skatteetaten har publisert trekktabellene.',
	sourcesTitle: 'Kilder',
	sources: {
		skatteetaten: 'Skatteetaten: trekkrutinen og tabellene for forskuddstrekk',
		nav: 'NAV: Skattetrekk på utbetalinger fra NAV',
		rates: 'Stortingets skattevedtak og regjeringens satsoversikter for {{annualYears}}',
		abc: 'Skatte-ABC: uføretrygd, etterbetalinger (E-7) og skattebegrensning (S-12)'
	},
	privacyTitle: 'Personvern',
	privacy:
		'Alt du skriver, blir på enheten din. Ingenting sendes til noen server, vi bruker ingen informasjonskapsler og ingen sporing eller statistikkverktøy. En lenke du deler, har opplysningene etter #-tegnet, som nettlesere ikke sender til serveren.',
	a11yTitle: 'Tilgjengelighetserklæring',
	a11y: {
		status:
			'Trekkhjelp skal oppfylle kravene i WCAG 2.1 på nivå A og AA, som norske nettsteder skal følge etter forskrift om universell utforming av IKT-løsninger. Vi mener alle sidene oppfyller dem, med unntakene under «Kjente mangler». Sist vurdert 7. desember 2026.',
		testedTitle: 'Slik tester vi',
		tested: {
			axe: 'Hver side, på bokmål, nynorsk og engelsk, blir testet automatisk med axe for hver endring, både på en telefon (ned til 320 piksler bred) og på en stor skjerm, også med resultater og feilmeldinger fremme.',
			layout:
				'De samme testene sjekker at ingenting må rulles sidelengs på en smal telefon, og at ingen tekst mangler.',
			keyboard:
				'Vi går gjennom skjemaene for hånd med bare tastatur: alt kan nås og brukes, fokus synes, og en feil tar deg til oppsummeringen og videre til feltet.'
		},
		gapsTitle: 'Kjente mangler',
		gaps: {
			users:
				'Sidene er ikke testet av brukere av skjermleser eller andre hjelpemidler. Automatiske tester finner bare en del av problemene.',
			chart: 'Grafen over månedene er et bilde; de samme tallene står i tabellen under den.',
			print:
				'En utskrift eller en PDF lagret fra nettleseren er ikke et tilgjengelig PDF-dokument med struktur.',
			embed:
				'Bygget inn på en annen nettside er resten av den siden vertens ansvar, også tittelen på rammen.'
		},
		reportTitle: 'Meld fra om et problem',
		report:
			'Får du ikke brukt en side, eller finner du noe vi har oversett, vil vi gjerne vite det. Meld fra til den som driver nettstedet du bruker Trekkhjelp på, eller i prosjektets saksliste der kildekoden ligger. Skriv hvilken side og hvilket språk, hvilken nettleser og hvilket hjelpemiddel du brukte, og hva som skjedde. Bruker en offentlig virksomhet Trekkhjelp på sine sider og du ikke får svar, kan du klage til Tilsynet for universell utforming av ikt (Uutilsynet).'
	},
	disclaimerTitle: 'Ansvar',
	disclaimer:
		'Trekkhjelp er ikke laget av NAV eller Skatteetaten. Det er skattekortet ditt og NAVs utbetalinger som gjelder, og skatteoppgjøret avgjør den endelige skatten.'
};
