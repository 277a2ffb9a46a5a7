import { annualRates, skatteloven, skattevedtaket, trygdeavgift, svalbardTax } from './sources';
import { navRatesOf } from '../nav/rates';
import type { YearRules } from './types';

// Income year 2023 (annual tax only; no withholding-table routine is covered for this year).
// Source: Stortingets skattevedtak for 2023 / regjeringen.no satser 2023 (docs/annual-and-back-payments.md §3).
const RATES = annualRates(2023);
const FTRL = trygdeavgift(2023);

export const rules2023: YearRules = {
	year: 2023,
	status: { kind: 'adopted' },
	// NAV's own rates (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4): the dated ones
	// in force this year (nav/rates.ts) and this year's Svalbard wage rate, from NAV's code for 2023.
	nav: navRatesOf(2023, { svalbardWagePct: 15.7 }),
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
