import type { YearRules } from './types';

const NAV = 'nav.no: Skattetrekk på utbetalinger fra NAV';
// Income year 2024 (annual tax only; no withholding-table routine is covered for this year).
// Source: Stortingets skattevedtak for 2024 / regjeringen.no satser 2024 (docs/annual-and-back-payments.md §3).
const VEDTAK =
	'Stortingets skattevedtak 2024; regjeringen.no satser 2024 (docs/annual-and-back-payments.md §3)';
const FTRL = 'Folketrygdloven § 23-3; Stortingets vedtak om trygdeavgift 2024';

export const rules2024: YearRules = {
	year: 2024,
	status: { kind: 'adopted' },
	// NAV's own rates for 2024 (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4).
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
			source: 'navikt/sokos-skattekort, Syntetisering.kt: Svalbard-satser for inntektsåret 2024'
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
		personfradrag: { value: 88_250, source: VEDTAK },
		finnmarksfradrag: { value: 30_000, source: `${VEDTAK}; skatteloven § 15-5` },
		trinnskatt: {
			value: [
				{ from: 208_050, ratePct: 1.7 },
				{ from: 292_850, ratePct: 4.0 },
				{ from: 670_000, ratePct: 13.6 },
				{ from: 937_900, ratePct: 16.6 },
				{ from: 1_350_000, ratePct: 17.6 }
			],
			source: `${VEDTAK}; skattevedtaket § 3-1`
		},
		trinnskatt3FinnmarkPct: { value: 13.6, source: VEDTAK },
		alminneligInntektPct: { value: 22, source: VEDTAK },
		alminneligInntektFinnmarkPct: { value: 18.5, source: VEDTAK },
		trygdeavgiftWagePct: { value: 7.8, source: FTRL },
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
			value: { max: 34_350, rate1Pct: 16.7, threshold1: 258_400, rate2Pct: 6, threshold2: 391_550 },
			source:
				'Skattevedtaket 2024 § 6-5, as restated by sticos.no/satser/fradragssatser ("Særskilt skattefradrag for pensjonister", 2023 and 2024); Skatteetaten\'s own rates page for 2024 was not found (secondary source); skatteloven § 16-1'
		}
	}
};
