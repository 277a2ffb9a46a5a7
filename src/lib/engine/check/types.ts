// The shapes of "check a year of payments": what goes in (the payments as NAV's overview or the
// annual statement lists them, each with what was withheld), what comes out (the card that
// explains them, each line checked, the year's totals), and the payroll list's line-by-line check.
import type { Benefit } from '../nav/benefits';
import type { Reporting } from '../nav/meldeperioder';
import type { Card, Extra } from '../payments';
import type { Period } from '../tabelltrekk';
import type { LineCause } from './causes';

export type { LineCause } from './causes';

/** One payment as listed: the period paid for, gross, what was withheld and (if known) the day paid. */
export interface CheckPayment {
	/** First day paid for, `YYYY-MM-DD`. */
	from: string;
	/** Last day paid for, `YYYY-MM-DD`, inclusive. */
	to: string;
	/** Gross kroner (øre allowed). */
	amount: number;
	/** Everything withheld from the payment, whole kroner (tax and any voluntary extra). */
	withheld: number;
	/** Date paid, `YYYY-MM-DD`; default: NAV's usual date, as `withholdPayments` assumes it. */
	paidOn?: string;
}

export interface CheckInput {
	year: number;
	benefit: Benefit;
	/** The tax card, when known; otherwise the card that explains the most lines is found. */
	card?: Card;
	payments: CheckPayment[];
	/** A voluntary extra withholding the person knows they have (never guessed). */
	extra?: Extra;
	/** AAP and dagpenger: odd or even reporting weeks, as `withholdPayments` takes it. */
	meldekortWeeks?: Reporting;
	/** Gjenlevende together with uføretrygd, as `withholdPayments` takes it. */
	withUforetrygd?: boolean;
}

/**
 * `ok`: withheld exactly what the card gives. `differs`: not, and the explain search finds what
 * does give it (another table, a flat rate, the other payment order). `unexplained`: not, and
 * nothing found gives it (what to check is listed in its causes).
 */
export type LineStatus = 'ok' | 'differs' | 'unexplained';

export interface CheckLine {
	/** Position in the input. */
	index: number;
	withheld: number;
	/** What the card gives on this payment (tax and the known extra), whole kroner. */
	expected: number;
	/** withheld − expected: positive when more was withheld than the card gives. */
	differenceKr: number;
	status: LineStatus;
	/** For a line that differs: what the explain search gives for it (empty for an ok line). */
	causes: LineCause[];
}

export interface CheckTotals {
	gross: number;
	withheld: number;
	expected: number;
	/** Gross less what was withheld: what was paid out. */
	net: number;
}

export interface CheckResult {
	/** The card given, or the one that explains the most lines. */
	card: Card;
	/** Other cards that explain as many lines (a tie); empty when the card was given. */
	candidates: Card[];
	lines: CheckLine[];
	totals: CheckTotals;
}

// ---------------------------------------------------------------------------------------------
// A payroll list: every line with its own table and table period.

export interface PayrollLine {
	/** The table number on the line (e.g. `8010`). */
	table: string;
	/** The table period the line is withheld by. */
	period: Period;
	/** Gross kroner. */
	amount: number;
	/** Withheld on the line, whole kroner. */
	withheld: number;
}

export interface PayrollInput {
	year: number;
	lines: PayrollLine[];
}

/** `negativeNet`: more withheld than paid; `largeNet`: a net far above the list's usual one. */
export type PayrollFlag = 'negativeNet' | 'largeNet';

export interface PayrollCheckLine {
	index: number;
	withheld: number;
	expected: number;
	differenceKr: number;
	status: 'ok' | 'differs';
	net: number;
	flags: PayrollFlag[];
}

export interface PayrollResult {
	lines: PayrollCheckLine[];
	totals: CheckTotals;
	/** The net above which a line is flagged as large (kroner), or null for a list too short. */
	largeNetAbove: number | null;
}
