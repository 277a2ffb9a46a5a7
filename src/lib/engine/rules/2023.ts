import {
	annualRates,
	BACK_PAYMENT,
	FRIKORT,
	KILDESKATT,
	navWithholding,
	OVERGANGSSTONAD_HALF,
	skatteloven,
	skattevedtaket,
	svalbard,
	trygdeavgift,
	svalbardTax
} from './sources';
import type { YearRules } from './types';

// Income year 2023 (annual tax only; no withholding-table routine is covered for this year).
// Source: Stortingets skattevedtak for 2023 / regjeringen.no satser 2023 (docs/annual-and-back-payments.md §3).
const RATES = annualRates(2023);
const FTRL = trygdeavgift(2023);

export const rules2023: YearRules = {
	year: 2023,
	status: { kind: 'adopted' },
	// NAV's own rates for 2023 (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4).
	nav: {
		noCardPct: { value: 50, source: navWithholding('uten skattekort: 50 %') },
		noCardPensionPct: { value: 30, source: navWithholding('pensjon uten skattekort: 30 %') },
		barnepensjon: {
			value: { ratePct: 17, everyCard: false },
			source: navWithholding('barnepensjon uten skattekort, 17 %')
		},
		frikortAbovePct: {
			value: 50,
			source: FRIKORT
		},
		kildeskattPct: {
			value: 15,
			source: KILDESKATT
		},
		svalbard: {
			value: { wagePct: 15.7, pensionPct: 13.1 },
			source: svalbard(2023)
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
			source: BACK_PAYMENT
		},
		overgangsstonadHalf: {
			value: { gMultiple: 2.25, months: 24 },
			source: OVERGANGSSTONAD_HALF
		}
	},
	annual: {
		svalbard: { value: { lowPct: 8, highPct: 22, gMultiple: 12 }, source: svalbardTax(2023) },
		personfradrag: { value: 79_600, source: RATES },
		finnmarksfradrag: { value: 20_550, source: [...RATES, skatteloven('§ 15-5')] },
		trinnskatt: {
			value: [
				{ from: 198_350, ratePct: 1.7 },
				{ from: 279_150, ratePct: 4.0 },
				{ from: 642_950, ratePct: 13.5 },
				{ from: 926_800, ratePct: 16.5 },
				{ from: 1_500_000, ratePct: 17.5 }
			],
			source: annualRates(2023, '§ 3-1')
		},
		trinnskatt3FinnmarkPct: { value: 11.5, source: RATES },
		alminneligInntektPct: { value: 22, source: RATES },
		alminneligInntektFinnmarkPct: { value: 18.5, source: RATES },
		trygdeavgiftWagePct: { value: 7.9, source: FTRL },
		trygdeavgiftPensionPct: { value: 5.1, source: FTRL },
		trygdeavgiftFrigrense: { value: 69_650, source: FTRL },
		trygdeavgiftPhaseInPct: { value: 25, source: FTRL },
		minstefradragWage: {
			value: { ratePct: 46, max: 104_450 },
			source: [...RATES, skatteloven('§ 6-32')]
		},
		minstefradragPension: {
			value: { ratePct: 40, max: 86_250 },
			source: [...RATES, skatteloven('§ 6-32')]
		},
		skattefradragPensjon: {
			value: { max: 32_825, rate1Pct: 16.7, threshold1: 246_800, rate2Pct: 6, threshold2: 373_650 },
			source: [
				{
					...skattevedtaket(2023, '§ 6-5'),
					note: "after the revised budget 2023, as restated by sticos.no/satser/fradragssatser; thresholds also in danskebank.no «Pensjonsskattefradraget» (246 800 / 373 650); Skatteetaten's own rates page for 2023 was not found (secondary sources)"
				},
				skatteloven('§ 16-1')
			]
		}
	}
};
