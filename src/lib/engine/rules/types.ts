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
export interface Sourced<T> {
	value: T;
	source: string;
}

export interface Bracket {
	/** Lower threshold in kroner (income above it is taxed at `ratePct`). */
	from: number;
	/** Rate in percent, as the official routine writes it (e.g. 13.7). */
	ratePct: number;
}

/** Parameters of Skatteetaten's withholding-table routine for one year (tabelltrekk.md). */
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

/** Parameters for a person's annual tax (ufore-etterbetaling.md §2–3). */
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
	 * ufore-etterbetaling.md §2.8): the year's maximum, tapered by rate 1 of samlet
	 * pensjonsinntekt above threshold 1 (up to threshold 2) and by rate 2 above threshold 2.
	 * Absent for a year whose figures we have no source for: the credit is then not covered.
	 */
	skattefradragPensjon?: Sourced<{
		max: number;
		rate1Pct: number;
		threshold1: number;
		rate2Pct: number;
		threshold2: number;
	}>;
}

export interface YearRules {
	year: number;
	annual: AnnualParams;
	/** Only years whose official withholding routine we have. */
	tableRoutine?: TableRoutineParams;
}
