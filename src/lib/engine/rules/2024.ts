import { annualRates, skatteloven, skattevedtaket, trygdeavgift, svalbardTax } from './sources';
import { navRatesOf } from '../nav/rates';
import type { YearRules } from './types';

// Income year 2024 (annual tax only; no withholding-table routine is covered for this year).
// Source: Stortingets skattevedtak for 2024 / regjeringen.no satser 2024 (docs/annual-and-back-payments.md §3).
const RATES = annualRates(2024);
const FTRL = trygdeavgift(2024);

export const rules2024: YearRules = {
	year: 2024,
	status: { kind: 'adopted' },
	// NAV's own rates (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4): the dated ones
	// in force this year (nav/rates.ts) and this year's Svalbard wage rate, from NAV's code for 2024.
	nav: navRatesOf(2024, { svalbardWagePct: 15.7 }),
	annual: {
		svalbard: { value: { lowPct: 8, highPct: 22, gMultiple: 12 }, source: svalbardTax(2024) },
		personfradrag: { value: 88_250, source: RATES },
		finnmarksfradrag: { value: 30_000, source: [...RATES, skatteloven('§ 15-5')] },
		trinnskatt: {
			value: [
				{ from: 208_050, ratePct: 1.7 },
				{ from: 292_850, ratePct: 4.0 },
				{ from: 670_000, ratePct: 13.6 },
				{ from: 937_900, ratePct: 16.6 },
				{ from: 1_350_000, ratePct: 17.6 }
			],
			source: annualRates(2024, '§ 3-1')
		},
		trinnskatt3FinnmarkPct: { value: 13.6, source: RATES },
		alminneligInntektPct: { value: 22, source: RATES },
		alminneligInntektFinnmarkPct: { value: 18.5, source: RATES },
		trygdeavgiftWagePct: { value: 7.8, source: FTRL },
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
			value: { max: 34_350, rate1Pct: 16.7, threshold1: 258_400, rate2Pct: 6, threshold2: 391_550 },
			source: [
				{
					...skattevedtaket(2024, '§ 6-5'),
					note: "as restated by sticos.no/satser/fradragssatser («Særskilt skattefradrag for pensjonister», 2023 and 2024); Skatteetaten's own rates page for 2024 was not found (secondary source)"
				},
				skatteloven('§ 16-1')
			]
		}
	}
};
