import { rules2026 } from './2026';
import { citeAll, type Source } from './source';
import { folketrygdloven, skatteloven, skattevedtaket, svalbardTax } from './sources';
import type { NavRates, Sourced, YearRules } from './types';

// Income year 2027: the government's budget PROPOSAL, not adopted rules. Every figure here is an
// estimate until the Storting votes (December 2026) and Skatteetaten publishes the 2027
// withholding routine; then this module is replaced by the adopted figures and `status` becomes
// `adopted` (one module, one line in years.ts; years.test.ts holds them together).
//
// Source of the proposal's figures: Prop. 1 LS (2026–2027) Skatter, avgifter og toll 2027,
// table 1.5, presented 7 October 2026, as quoted in public sources. What the
// proposal does not give is carried from 2026 and says so in its source's note.
const DOCUMENT = 'Prop. 1 LS (2026–2027)';
const PROPOSAL_NOTE = 'proposal of 7 October 2026, not adopted';

/** The proposal's table 1.5, with what we did with its figure (`note`), if anything. */
function prop(note?: string): Source {
	return {
		title: DOCUMENT,
		section: 'table 1.5',
		note: note ? `${PROPOSAL_NOTE}; ${note}` : PROPOSAL_NOTE,
		docs: 'docs/annual-and-back-payments.md §3'
	};
}

/** A figure the proposal does not give: 2026's, carried, and said. */
function carried(what?: string): Source {
	return {
		title: DOCUMENT,
		note: `carried from 2026: not in ${DOCUMENT} table 1.5${what ? `; ${what}` : ''}`,
		docs: 'docs/annual-and-back-payments.md §3'
	};
}

const PROP = prop();
const FTRL = [folketrygdloven('§ 23-3'), PROP];
const FTRL_UNCHANGED = [folketrygdloven('§ 23-3'), prop('unchanged')];
/**
 * The withholding routine uses 0.88 × the wage minstefradrag for its ordinary tables: rate
 * 46 % × 0.88 = 40.48 %, max 0.88 × the wage max. The 2025 and 2026 routines both satisfy it
 * (0.88 × 92 000 = 80 960; 0.88 × 95 700 = 84 216; checked in years.test.ts), so 2027's table
 * figure is derived the same way: 0.88 × 99 550 = 87 604.
 */
const TABLE_MINSTEFRADRAG = prop(
	'derived as in the 2025 and 2026 routines: 0.88 × the wage minstefradrag (46 % × 0.88 = 40.48 %; 0.88 × 99 550 = 87 604)'
);

/** NAV publishes no 2027 rates before the year: each of 2026's is carried and says so. */
function carriedNav(nav: NavRates): NavRates {
	const carry = <T>(r: Sourced<T>): Sourced<T> => ({
		value: r.value,
		source: citeAll(carried("NAV's rate; no 2027 figure published"), r.source)
	});
	return Object.fromEntries(
		Object.entries(nav).map(([k, r]) => [k, carry(r as Sourced<unknown>)])
	) as unknown as NavRates;
}

// Figures the table routine and the annual tax both use, written once: the personfradrag, the
// finnmarksfradrag (the table routine's Finnmark personfradrag is their sum) and the trygdeavgift
// (the table routine's high and low rates are the wage and pension rates), and the wage
// minstefradrag (the seafarer tables use it).
const PERSONFRADRAG = 120_180;
const FINNMARKSFRADRAG = 45_000;
const MINSTEFRADRAG_WAGE = { ratePct: 46, max: 99_550 };
const TRYGDEAVGIFT = { wagePct: 7.4, pensionPct: 5.1, frigrense: 99_650, phaseInPct: 25 };

const trinnskatt = [
	{ from: 235_150, ratePct: 1.7 },
	{ from: 331_050, ratePct: 4.0 },
	{ from: 754_050, ratePct: 13.7 },
	{ from: 1_019_300, ratePct: 16.8 },
	{ from: 1_525_900, ratePct: 17.8 }
];

export const rules2027: YearRules = {
	year: 2027,
	status: { kind: 'proposal', document: DOCUMENT, date: '2026-10-07' },
	nav: carriedNav(rules2026.nav),
	// The same routine as 2025 and 2026 with the proposal's parameters: estimated tables (expect
	// a krone or two against the official ones, more if the Storting changes a rate).
	tableRoutine: {
		personfradrag: { value: PERSONFRADRAG, source: PROP },
		personfradragFinnmark: {
			value: PERSONFRADRAG + FINNMARKSFRADRAG,
			source: [
				prop('personfradrag 120 180'),
				carried('finnmarksfradrag 45 000'),
				skatteloven('§ 15-5')
			]
		},
		trinnskatt: {
			value: trinnskatt,
			source: [prop('rates as 2026'), skattevedtaket(2026, '§ 3-1')]
		},
		skattorePct: {
			value: 13.75,
			source: carried('the split of the 22 % between municipality and state')
		},
		fellesskattPct: {
			value: 8.25,
			source: carried(`the rest of the 22 % of ${DOCUMENT} table 1.5`)
		},
		fellesskattFinnmarkPct: { value: 4.75, source: carried() },
		trygdeavgiftHighPct: { value: TRYGDEAVGIFT.wagePct, source: FTRL },
		trygdeavgiftLowPct: { value: TRYGDEAVGIFT.pensionPct, source: FTRL },
		trygdeavgiftFrigrense: { value: TRYGDEAVGIFT.frigrense, source: FTRL_UNCHANGED },
		trygdeavgiftPhaseInPct: { value: TRYGDEAVGIFT.phaseInPct, source: FTRL_UNCHANGED },
		minstefradrag: { value: { ratePct: 40.48, max: 87_604 }, source: TABLE_MINSTEFRADRAG },
		minstefradragSeafarer: {
			value: MINSTEFRADRAG_WAGE,
			source: prop('the wage minstefradrag, as the seafarer tables use it')
		},
		standardDeduction: { value: { ratePct: 10, max: 40_000 }, source: carried() },
		seafarerDeduction: {
			value: { ratePct: 30, max: 86_300 },
			source: [carried(), skatteloven('§ 6-61')]
		}
	},
	annual: {
		svalbard: {
			value: { lowPct: 8, highPct: 22, gMultiple: 12 },
			source: [...svalbardTax(2026), carried('the Svalbard tax')]
		},
		personfradrag: { value: PERSONFRADRAG, source: PROP },
		finnmarksfradrag: { value: FINNMARKSFRADRAG, source: [carried(), skatteloven('§ 15-5')] },
		trinnskatt: {
			value: trinnskatt,
			source: [prop('rates as 2026'), skattevedtaket(2026, '§ 3-1')]
		},
		trinnskatt3FinnmarkPct: { value: 13.7, source: carried() },
		alminneligInntektPct: { value: 22, source: PROP },
		alminneligInntektFinnmarkPct: { value: 18.5, source: carried() },
		trygdeavgiftWagePct: { value: TRYGDEAVGIFT.wagePct, source: FTRL },
		trygdeavgiftPensionPct: { value: TRYGDEAVGIFT.pensionPct, source: FTRL },
		trygdeavgiftFrigrense: { value: TRYGDEAVGIFT.frigrense, source: FTRL_UNCHANGED },
		trygdeavgiftPhaseInPct: { value: TRYGDEAVGIFT.phaseInPct, source: FTRL_UNCHANGED },
		minstefradragWage: {
			value: MINSTEFRADRAG_WAGE,
			source: [PROP, skatteloven('§ 6-32')]
		},
		minstefradragPension: {
			value: { ratePct: 40, max: 77_950 },
			source: [PROP, skatteloven('§ 6-32')]
		},
		skattefradragPensjon: {
			value: { max: 40_750, rate1Pct: 19.1, threshold1: 306_250, rate2Pct: 6, threshold2: 457_550 },
			source: [PROP, skatteloven('§ 16-1')]
		}
	}
};
