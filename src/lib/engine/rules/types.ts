import type { Cited } from './source';

/**
 * The shape of one income year's parameters. Every legal number carries its source.
 *
 * Glossary, nb → en (the law's nouns name the domain; English names the mechanics):
 * - alminnelig inntekt → ordinary income (taxed at 22 %, 18.5 % in Finnmark and Nord-Troms)
 * - personinntekt → personal income (the base of trinnskatt and trygdeavgift)
 * - personfradrag → personal allowance
 * - minstefradrag → minimum standard deduction (wage and pension variants)
 * - standardfradrag → standard deduction (in the 73xx/75xx/77xx and 6xxx tables)
 * - sjømannsfradrag → seafarer deduction (tables 0100/0101)
 * - finnmarksfradrag → Finnmark deduction (tiltakssonen: Finnmark and Nord-Troms)
 * - trinnskatt → bracket tax; trinn → bracket
 * - trygdeavgift → national insurance contribution; frigrense → lower limit;
 *   opptrappingssats → phase-in rate
 * - kommuneskatt / skattøre → municipal (and county) tax / its share of the 22 % rate
 * - fellesskatt → common (state) tax, the rest of the 22 %
 * - trekkgrunnlag → withholding base; tabelltrekk → table withholding; trekktabell → withholding
 *   table; trekk → withholding; trekkrutine → the official routine that produces the tables
 * - skatteoppgjør → year-end tax settlement; restskatt → tax owed; til gode → refund
 */
/** A figure with where it comes from (structured: see ../source.ts). */
export interface Sourced<T> {
	value: T;
	source: Cited;
}

export interface Bracket {
	/** Lower threshold in kroner (income above it is taxed at `ratePct`). */
	from: number;
	/** Rate in percent, as the official routine writes it (e.g. 13.7). */
	ratePct: number;
}

/** Parameters of Skatteetaten's withholding-table routine for one year (docs/tabelltrekk.md). */
export interface TableRoutineParams {
	personfradrag: Sourced<number>;
	personfradragFinnmark: Sourced<number>;
	trinnskatt: Sourced<Bracket[]>;
	skattorePct: Sourced<number>;
	fellesskattPct: Sourced<number>;
	fellesskattFinnmarkPct: Sourced<number>;
	trygdeavgiftHighPct: Sourced<number>;
	trygdeavgiftLowPct: Sourced<number>;
	trygdeavgiftFrigrense: Sourced<number>;
	trygdeavgiftPhaseInPct: Sourced<number>;
	minstefradrag: Sourced<{ ratePct: number; max: number }>;
	minstefradragSeafarer: Sourced<{ ratePct: number; max: number }>;
	standardDeduction: Sourced<{ ratePct: number; max: number }>;
	seafarerDeduction: Sourced<{ ratePct: number; max: number }>;
}

/** Parameters for a person's annual tax (docs/annual-and-back-payments.md §2–3). */
export interface AnnualParams {
	personfradrag: Sourced<number>;
	finnmarksfradrag: Sourced<number>;
	trinnskatt: Sourced<Bracket[]>;
	/** Trinn 3 rate in Finnmark and Nord-Troms (the other steps are as ordinary). */
	trinnskatt3FinnmarkPct: Sourced<number>;
	alminneligInntektPct: Sourced<number>;
	alminneligInntektFinnmarkPct: Sourced<number>;
	trygdeavgiftWagePct: Sourced<number>;
	trygdeavgiftPensionPct: Sourced<number>;
	trygdeavgiftFrigrense: Sourced<number>;
	trygdeavgiftPhaseInPct: Sourced<number>;
	minstefradragWage: Sourced<{ ratePct: number; max: number }>;
	minstefradragPension: Sourced<{ ratePct: number; max: number }>;
	/**
	 * Skattefradrag for pensjonsinntekt (skatteloven § 16-1; skattevedtaket § 6-5;
	 * docs/annual-and-back-payments.md §2.8): the year's maximum, tapered by rate 1 of samlet
	 * pensjonsinntekt above threshold 1 (up to threshold 2) and by rate 2 above threshold 2.
	 * Absent for a year whose figures we have no source for: the credit is then not covered.
	 */
	/**
	 * The Svalbard tax on income under the withholding scheme (lønnstrekkordningen), final for the
	 * year: `lowPct` up to `gMultiple` G (the last G fixed in the income year), `highPct` above;
	 * trygdeavgift comes on top at the year's rates (docs/annual-and-back-payments.md §2.11).
	 */
	svalbard: Sourced<{ lowPct: number; highPct: number; gMultiple: number }>;
	skattefradragPensjon?: Sourced<{
		max: number;
		rate1Pct: number;
		threshold1: number;
		rate2Pct: number;
		threshold2: number;
	}>;
}

/**
 * Whether a year's rules are law or still a proposal. A proposal year's figures are estimates:
 * every result for it says so (document and date), and its year selector label says "forslag".
 * When the adopted rules are published, the year's module is replaced and this becomes `adopted`.
 */
export type YearStatus =
	| { kind: 'adopted' }
	| {
			kind: 'proposal';
			/** The document the figures come from, e.g. "Prop. 1 LS (2026–2027)". */
			document: string;
			/** The day it was presented, ISO (YYYY-MM-DD). */
			date: string;
	  };

/**
 * NAV's own withholding rates for one income year (docs/nav-payments.md §1, docs/annual-and-back-payments.md §4).
 * They change by year like the tax rates do, so each year's module holds its own: a new year's
 * change can never alter an earlier year's result.
 */
export interface NavRates {
	/** No tax card: percent of every payment of a benefit. */
	noCardPct: Sourced<number>;
	/** No tax card, pension from NAV: percent until a pension card arrives. */
	noCardPensionPct: Sourced<number>;
	/**
	 * Barnepensjon: `ratePct` of every payment. `everyCard`: whatever card the child has (from
	 * 2025); otherwise only without a tax card.
	 */
	barnepensjon: Sourced<{ ratePct: number; everyCard: boolean }>;
	/** Frikort with an amount limit: percent of what is paid above the limit. */
	frikortAbovePct: Sourced<number>;
	/** Kildeskatt (not resident in Norway): percent of every payment, pension and uføretrygd only. */
	kildeskattPct: Sourced<number>;
	/** NAV's Svalbard card: wage-type benefits and uføretrygd, and pension. */
	svalbard: Sourced<{ wagePct: number; pensionPct: number }>;
	/**
	 * Back payments for earlier years, flat rates: wage-type benefits and uføretrygd; pension and
	 * supplerende stønad; each also in Finnmark and Nord-Troms (tiltakssonen); kildeskatt; Svalbard.
	 */
	backPayment: Sourced<{
		wagePct: number;
		wageFinnmarkPct: number;
		pensionPct: number;
		pensionFinnmarkPct: number;
		kildeskattPct: number;
		svalbardWagePct: number;
		svalbardPensionPct: number;
	}>;
	/**
	 * Overgangsstønad below 50 % is withheld by the card's percentage: the limit a month is
	 * `gMultiple` G / `months` (2.25 G / 24), with the G in force for the month paid for.
	 */
	overgangsstonadHalf: Sourced<{ gMultiple: number; months: number }>;
}

export interface YearRules {
	year: number;
	status: YearStatus;
	annual: AnnualParams;
	/** NAV's own rates for the year. */
	nav: NavRates;
	/** Only years whose official withholding routine we have. */
	tableRoutine?: TableRoutineParams;
}
