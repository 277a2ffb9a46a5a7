/**
 * The shape of one income year's parameters. Every legal number carries its source.
 *
 * Glossary (nb → en): personfradrag → personal allowance; trinnskatt → bracket tax;
 * trygdeavgift → national insurance contribution; minstefradrag → minimum standard deduction;
 * alminnelig inntekt → ordinary income; skattøre → municipal share of the 22 % rate;
 * fellesskatt → common tax; frigrense → lower limit; opptrappingssats → phase-in rate;
 * trekkgrunnlag → withholding base; tabelltrekk → table withholding; finnmarksfradrag → Finnmark
 * deduction; sjømannsfradrag → seafarer deduction.
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
}

export interface YearRules {
	year: number;
	annual: AnnualParams;
	/** Only years whose official withholding routine we have. */
	tableRoutine?: TableRoutineParams;
}
