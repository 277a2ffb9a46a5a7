import type { YearRules } from './types';

// Income year 2024 (annual tax only; no withholding-table routine is covered for this year).
// Source: Stortingets skattevedtak for 2024 / regjeringen.no satser 2024 (ufore-etterbetaling.md §3).
const VEDTAK =
	'Stortingets skattevedtak 2024; regjeringen.no satser 2024 (ufore-etterbetaling.md §3)';
const FTRL = 'Folketrygdloven § 23-3; Stortingets vedtak om trygdeavgift 2024';

export const rules2024: YearRules = {
	year: 2024,
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
