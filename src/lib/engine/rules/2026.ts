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

// Income year 2026. Sources: Skatteetaten's withholding-table routine for 2026 (trekkrutine,
// restated in docs/tabelltrekk.md) and Stortingets skattevedtak for 2026 / the government's
// rate overview (docs/annual-and-back-payments.md §3).
const ROUTINE = routine(2026);
const RATES = annualRates(2026);
const FTRL = trygdeavgift(2026);

// Figures the table routine and the annual tax both use, written once: the personfradrag, the
// finnmarksfradrag (the table routine's Finnmark personfradrag is their sum) and the trygdeavgift
// (the table routine's high and low rates are the wage and pension rates), and the wage
// minstefradrag (the seafarer tables use it).
const PERSONFRADRAG = 114_540;
const FINNMARKSFRADRAG = 45_000;
const MINSTEFRADRAG_WAGE = { ratePct: 46, max: 95_700 };
const TRYGDEAVGIFT = { wagePct: 7.6, pensionPct: 5.1, frigrense: 99_650, phaseInPct: 25 };

const trinnskatt = [
	{ from: 226_100, ratePct: 1.7 },
	{ from: 318_300, ratePct: 4.0 },
	{ from: 725_050, ratePct: 13.7 },
	{ from: 980_100, ratePct: 16.8 },
	{ from: 1_467_200, ratePct: 17.8 }
];

export const rules2026: YearRules = {
	year: 2026,
	status: { kind: 'adopted' },
	tableRoutine: {
		personfradrag: { value: PERSONFRADRAG, source: ROUTINE },
		personfradragFinnmark: {
			value: PERSONFRADRAG + FINNMARKSFRADRAG,
			source: [ROUTINE, skatteloven('§ 15-5')]
		},
		trinnskatt: { value: trinnskatt, source: [ROUTINE, skattevedtaket(2026, '§ 3-1')] },
		skattorePct: { value: 13.75, source: ROUTINE },
		fellesskattPct: { value: 8.25, source: ROUTINE },
		fellesskattFinnmarkPct: { value: 4.75, source: ROUTINE },
		trygdeavgiftHighPct: { value: TRYGDEAVGIFT.wagePct, source: [ROUTINE, ...FTRL] },
		trygdeavgiftLowPct: { value: TRYGDEAVGIFT.pensionPct, source: [ROUTINE, ...FTRL] },
		trygdeavgiftFrigrense: { value: TRYGDEAVGIFT.frigrense, source: [ROUTINE, ...FTRL] },
		trygdeavgiftPhaseInPct: { value: TRYGDEAVGIFT.phaseInPct, source: [ROUTINE, ...FTRL] },
		minstefradrag: { value: { ratePct: 40.48, max: 84_216 }, source: ROUTINE },
		minstefradragSeafarer: { value: MINSTEFRADRAG_WAGE, source: ROUTINE },
		standardDeduction: { value: { ratePct: 10, max: 40_000 }, source: ROUTINE },
		seafarerDeduction: {
			value: { ratePct: 30, max: 86_300 },
			source: [ROUTINE, skatteloven('§ 6-61')]
		}
	},
	// NAV's own rates (docs/nav-payments.md §1; docs/annual-and-back-payments.md §4): the dated ones
	// in force this year (nav/rates.ts) and this year's Svalbard wage rate, from NAV's code for 2026.
	nav: navRatesOf(2026, { svalbardWagePct: 15.6 }),
	annual: {
		svalbard: { value: { lowPct: 8, highPct: 22, gMultiple: 12 }, source: svalbardTax(2026) },
		personfradrag: { value: PERSONFRADRAG, source: RATES },
		finnmarksfradrag: { value: FINNMARKSFRADRAG, source: [...RATES, skatteloven('§ 15-5')] },
		trinnskatt: { value: trinnskatt, source: annualRates(2026, '§ 3-1') },
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
			value: { ratePct: 40, max: 75_400 },
			source: [...RATES, skatteloven('§ 6-32')]
		},
		skattefradragPensjon: {
			value: { max: 39_100, rate1Pct: 19.1, threshold1: 294_200, rate2Pct: 6, threshold2: 437_100 },
			source: [
				{
					...skattevedtaket(2026, '§ 6-5'),
					note: 'as changed 19 June 2026 (FOR-2026-06-19-1243) and the rate by lov 23. juni 2026 nr. 66, in force from 1 January 2026',
					docs: 'docs/annual-and-back-payments.md §2.8'
				},
				skatteloven('§ 16-1')
			]
		}
	}
};
