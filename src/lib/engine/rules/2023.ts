import type { YearRules } from './types';

const NAV = 'nav.no: Skattetrekk på utbetalinger fra NAV';
// Income year 2023 (annual tax only; no withholding-table routine is covered for this year).
// Source: Stortingets skattevedtak for 2023 / regjeringen.no satser 2023 (docs/annual-and-back-payments.md §3).
const VEDTAK =
	'Stortingets skattevedtak 2023; regjeringen.no satser 2023 (docs/annual-and-back-payments.md §3)';
const FTRL = 'Folketrygdloven § 23-3; Stortingets vedtak om trygdeavgift 2023';

export const rules2023: YearRules = {
	year: 2023,
	status: { kind: 'adopted' },
	// NAV's own rates for 2023 (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4).
	nav: {
		noCardPct: { value: 50, source: `${NAV} (uten skattekort: 50 %)` },
		noCardPensionPct: { value: 30, source: `${NAV} (pensjon uten skattekort: 30 %)` },
		barnepensjon: {
			value: { ratePct: 17, everyCard: false },
			source: 'nav.no: Skattetrekk på utbetalinger fra NAV (barnepensjon uten skattekort, 17 %)'
		},
		frikortAbovePct: {
			value: 50,
			source: 'skatteetaten.no: Frikort (50 % trekk når frikortbeløpet er brukt opp)'
		},
		kildeskattPct: {
			value: 15,
			source:
				'skatteetaten.no: Kildeskatt på pensjon og uføretrygd (15 %); nav.no: ikke for sykepenger, dagpenger, foreldrepenger og andre lønnsliknende ytelser'
		},
		svalbard: {
			value: { wagePct: 15.7, pensionPct: 13.1 },
			source: 'navikt/sokos-skattekort, Syntetisering.kt: Svalbard-satser for inntektsåret 2023'
		},
		backPayment: {
			value: {
				wagePct: 44,
				wageFinnmarkPct: 40,
				pensionPct: 32,
				pensionFinnmarkPct: 28,
				kildeskattPct: 15,
				svalbardWagePct: 16.2,
				svalbardPensionPct: 13.1
			},
			source:
				'skatteetaten.no: Skatt på etterbetalinger av pensjon og ytelser fra NAV (tidligere år; docs/annual-and-back-payments.md §4)'
		},
		overgangsstonadHalf: {
			value: { gMultiple: 2.25, months: 24 },
			source:
				'nav.no (2023): overgangsstønad under 50 % («under 11 121 kroner i måneden» = 2,25 G / 24 med G 118 620) trekkes med prosentsatsen; folketrygdloven § 15-9 (full stønad 2,25 G i året)'
		}
	},
	annual: {
		personfradrag: { value: 79_600, source: VEDTAK },
		finnmarksfradrag: { value: 20_550, source: `${VEDTAK}; skatteloven § 15-5` },
		trinnskatt: {
			value: [
				{ from: 198_350, ratePct: 1.7 },
				{ from: 279_150, ratePct: 4.0 },
				{ from: 642_950, ratePct: 13.5 },
				{ from: 926_800, ratePct: 16.5 },
				{ from: 1_500_000, ratePct: 17.5 }
			],
			source: `${VEDTAK}; skattevedtaket § 3-1`
		},
		trinnskatt3FinnmarkPct: { value: 11.5, source: VEDTAK },
		alminneligInntektPct: { value: 22, source: VEDTAK },
		alminneligInntektFinnmarkPct: { value: 18.5, source: VEDTAK },
		trygdeavgiftWagePct: { value: 7.9, source: FTRL },
		trygdeavgiftPensionPct: { value: 5.1, source: FTRL },
		trygdeavgiftFrigrense: { value: 69_650, source: FTRL },
		trygdeavgiftPhaseInPct: { value: 25, source: FTRL },
		minstefradragWage: {
			value: { ratePct: 46, max: 104_450 },
			source: `${VEDTAK}; skatteloven § 6-32`
		},
		minstefradragPension: {
			value: { ratePct: 40, max: 86_250 },
			source: `${VEDTAK}; skatteloven § 6-32`
		},
		skattefradragPensjon: {
			value: { max: 32_825, rate1Pct: 16.7, threshold1: 246_800, rate2Pct: 6, threshold2: 373_650 },
			source:
				'Skattevedtaket 2023 § 6-5 after the revised budget 2023, as restated by sticos.no/satser/fradragssatser; thresholds also in danskebank.no "Pensjonsskattefradraget" (246 800 / 373 650); Skatteetaten\'s own rates page for 2023 was not found (secondary sources); skatteloven § 16-1'
		}
	}
};
