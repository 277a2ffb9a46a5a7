import {
	annualRates,
	routine,
	skatteloven,
	skattevedtaket,
	trygdeavgift,
	svalbardTax
} from './sources';
import { navRatesOf } from '../nav/rates';
import type { YearRules } from './types';

// Income year 2025. Sources: Skatteetaten's withholding-table routine for 2025 (trekkrutine,
// restated in docs/tabelltrekk.md) and Stortingets skattevedtak for 2025 / the government's
// rate overview (docs/annual-and-back-payments.md §3).
const ROUTINE = routine(2025);
const RATES = annualRates(2025);
const FTRL = trygdeavgift(2025);

// Figures the table routine and the annual tax both use, written once: the personfradrag, the
// finnmarksfradrag (the table routine's Finnmark personfradrag is their sum) and the trygdeavgift
// (the table routine's high and low rates are the wage and pension rates), and the wage
// minstefradrag (the seafarer tables use it).
const PERSONFRADRAG = 108_550;
const FINNMARKSFRADRAG = 30_000;
const MINSTEFRADRAG_WAGE = { ratePct: 46, max: 92_000 };
const TRYGDEAVGIFT = { wagePct: 7.7, pensionPct: 5.1, frigrense: 99_650, phaseInPct: 25 };

const trinnskatt = [
	{ from: 217_400, ratePct: 1.7 },
	{ from: 306_050, ratePct: 4.0 },
	{ from: 697_150, ratePct: 13.7 },
	{ from: 942_400, ratePct: 16.7 },
	{ from: 1_410_750, ratePct: 17.7 }
];

export const rules2025: YearRules = {
	year: 2025,
	status: { kind: 'adopted' },
	tableRoutine: {
		personfradrag: { value: PERSONFRADRAG, source: ROUTINE },
		personfradragFinnmark: {
			value: PERSONFRADRAG + FINNMARKSFRADRAG,
			source: [ROUTINE, skatteloven('§ 15-5')]
		},
		trinnskatt: { value: trinnskatt, source: [ROUTINE, skattevedtaket(2025, '§ 3-1')] },
		skattorePct: { value: 15.4, source: ROUTINE },
		fellesskattPct: { value: 6.6, source: ROUTINE },
		fellesskattFinnmarkPct: { value: 3.1, source: ROUTINE },
		trygdeavgiftHighPct: { value: TRYGDEAVGIFT.wagePct, source: [ROUTINE, ...FTRL] },
		trygdeavgiftLowPct: { value: TRYGDEAVGIFT.pensionPct, source: [ROUTINE, ...FTRL] },
		trygdeavgiftFrigrense: { value: TRYGDEAVGIFT.frigrense, source: [ROUTINE, ...FTRL] },
		trygdeavgiftPhaseInPct: { value: TRYGDEAVGIFT.phaseInPct, source: [ROUTINE, ...FTRL] },
		minstefradrag: { value: { ratePct: 40.48, max: 80_960 }, source: ROUTINE },
		minstefradragSeafarer: { value: MINSTEFRADRAG_WAGE, source: ROUTINE },
		standardDeduction: { value: { ratePct: 10, max: 40_000 }, source: ROUTINE },
		seafarerDeduction: {
			value: { ratePct: 30, max: 83_000 },
			source: [ROUTINE, skatteloven('§ 6-61')]
		}
	},
	// NAV's own rates (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4): the dated ones
	// in force this year (nav/rates.ts) and this year's Svalbard wage rate, from NAV's code for 2025.
	nav: navRatesOf(2025, { svalbardWagePct: 15.7 }),
	annual: {
		svalbard: { value: { lowPct: 8, highPct: 22, gMultiple: 12 }, source: svalbardTax(2025) },
		personfradrag: { value: PERSONFRADRAG, source: RATES },
		finnmarksfradrag: { value: FINNMARKSFRADRAG, source: [...RATES, skatteloven('§ 15-5')] },
		trinnskatt: { value: trinnskatt, source: annualRates(2025, '§ 3-1') },
		trinnskatt3FinnmarkPct: { value: 13.7, source: RATES },
		alminneligInntektPct: { value: 22, source: RATES },
		alminneligInntektFinnmarkPct: { value: 18.5, source: RATES },
		trygdeavgiftWagePct: { value: TRYGDEAVGIFT.wagePct, source: FTRL },
		trygdeavgiftPensionPct: { value: TRYGDEAVGIFT.pensionPct, source: FTRL },
		trygdeavgiftFrigrense: { value: TRYGDEAVGIFT.frigrense, source: FTRL },
		trygdeavgiftPhaseInPct: { value: TRYGDEAVGIFT.phaseInPct, source: FTRL },
		minstefradragWage: {
			value: MINSTEFRADRAG_WAGE,
			source: [...RATES, skatteloven('§ 6-32')]
		},
		minstefradragPension: {
			value: { ratePct: 40, max: 73_150 },
			source: [...RATES, skatteloven('§ 6-32')]
		},
		skattefradragPensjon: {
			value: { max: 36_000, rate1Pct: 16.7, threshold1: 276_400, rate2Pct: 6, threshold2: 422_950 },
			source: [
				{
					title: 'Skatteetaten: satser 2025',
					section: 'skattefradrag for pensjonsinntekt',
					url: 'https://www.skatteetaten.no/satser/',
					docs: 'docs/annual-and-back-payments.md §2.8'
				},
				skattevedtaket(2025, '§ 6-5'),
				skatteloven('§ 16-1')
			]
		}
	}
};
