import Decimal from 'decimal.js';
import {
	annualTax,
	type AnnualTaxInput,
	type AnnualTaxResult,
	type PensionTaxCredit,
	type YearEndKind
} from './annual';
import { adviseYear, NEAR_ZERO_KR } from './advice';
import { EngineError, type FieldIssue } from './errors';
import { percentOf, wholeKr } from './money';
import { backPaymentRate } from './nav/backPayment';
import { BENEFITS, isBenefit, type Benefit } from './nav/benefits';
import type { Reporting } from './nav/meldeperioder';
import {
	monthTableTrekk,
	withholdPayments,
	type Card,
	type Extra,
	type PaymentInput,
	type WithholdResult
} from './payments';
import { getYearRules, TABLE_YEARS, YEARS } from './rules';
import { step, type Step } from './steps';
import { isValidTable, tableInfo } from './tabelltrekk';
import { amountIssue, isObj, percentIssue } from './validate';
import { ageAssumption, pensionTableAssumption } from './year/assumptions';
import { backPayInYear } from './year/backPay';
import { FINAL_NOTES, finalTaxCard, kildeskattYearTax, svalbardYearTax } from './year/finalTax';
import { monthsWithPension } from './year/pensionMonths';

/**
 * A person's income year, one model for every benefit (docs/annual-and-back-payments.md §2, §2b): each
 * source of income with its kind and how tax is withheld from it; the annual tax (with the
 * pension credit); what is withheld over the year; the likely outcome at the year-end settlement
 * with a range where it rests on assumptions; what drives it; and what the person can do.
 *
 * Blank is unknown, never zero: a source's amount, a percentage or a known withheld amount left
 * blank would decide the answer, so the result asks for it (`needs`) instead of an outcome. Other
 * deductions left blank are estimated from the table number (8xxx: a deduction, 9xxx: an
 * addition, (n − 8000 or n − 9000) × 1000 kr), or taken as none, and the result says so with
 * how far the outcome moves.
 */

/**
 * What the income is, for the annual tax: wages; a benefit taxed as wages (AAP, dagpenger,
 * sykepenger, …); uføretrygd (taxed as wages, counted in samlet pensjonsinntekt); a pension with
 * the pension credit (alderspensjon, public-sector AFP, supplerende stønad); a pension without it
 * (tjenestepensjon, gjenlevendeytelse, …).
 */
export type IncomeKind = 'wage' | 'benefit' | 'uforetrygd' | 'pension' | 'pensionNoCredit';

export const INCOME_KINDS: readonly IncomeKind[] = [
	'wage',
	'benefit',
	'uforetrygd',
	'pension',
	'pensionNoCredit'
];

/** How tax is withheld from a source. */
export type SourceWithholding =
	/** A NAV benefit: NAV's own withholding (`withholdPayments`), June and December included. */
	| {
			by: 'nav';
			benefit: Benefit;
			/** Optional only where the benefit needs none (barnepensjon: a fixed rate). */
			card?: Card;
			payments: PaymentInput[];
			extra?: Extra;
			meldekortWeeks?: Reporting;
			withUforetrygd?: boolean;
	  }
	/** Another payer using a withholding table (the month table, over the table's months). */
	| { by: 'table'; table: string }
	/** Another payer withholding a percentage; blank is asked for. */
	| { by: 'percent'; percent?: number }
	/** The person knows what was (or will be) withheld over the year; blank is asked for. */
	| { by: 'known'; withheld?: number }
	/**
	 * A back payment for an earlier year, withheld at NAV's flat rate (44 %, 32 %, …). `forYear`:
	 * the year it is for (default: the year before); `earlierIncome`: that year's other income,
	 * for the spreading relief (blank: the outcome is a range, and the result says so).
	 */
	| { by: 'backPay'; benefit: Benefit; forYear?: number; earlierIncome?: number };

export interface IncomeSource {
	/** What the income is. For `by: 'nav'` it follows from the benefit when left out. */
	kind?: IncomeKind;
	/** The year's gross, kroner. For `by: 'nav'` the payments' total; elsewhere blank is asked for. */
	amount?: number;
	withholding: SourceWithholding;
	/** Pension with the credit: months with pension and the grade; absent: 12 months at 100 %. */
	pensionCredit?: { months?: number; gradePct?: number };
}

export interface YourYearInput {
	year: number;
	sources: IncomeSource[];
	/**
	 * Other deductions for the year (interest, union dues, …). Blank: the table card's built-in
	 * deduction (8xxx), or none; either way said, with how far the outcome moves.
	 */
	deductions?: number;
	/** Other alminnelig inntekt (interest, rent, …). Blank: a 9xxx table's addition, or none. */
	capitalIncome?: number;
	finnmark?: boolean;
	/**
	 * Year of birth: trygdeavgift on wages is at the low rate for people under 17 or over 69
	 * (folketrygdloven § 23-3). Blank with wage-type income: 17–69 assumed, and said.
	 */
	birthYear?: number;
	/**
	 * The first month (1–12) a voluntary extra withholding could start; default January; 13 when
	 * the year is over (then there is nothing left to withhold from).
	 */
	fromMonth?: number;
	/** Today, yyyy-mm-dd: the advice is what can still be done on this day (`adviseYear`). */
	today?: string;
}

export interface YearSourceResult {
	kind: IncomeKind | 'barnepensjon';
	amount: number;
	withheld: number;
	method: SourceWithholding['by'];
	/** The NAV benefit, for `nav` and `backPay`. */
	benefit?: Benefit;
	/** For `nav`: NAV's withholding over the year. */
	withholding?: WithholdResult;
	/** The table the source is withheld by, if any. */
	table?: string;
	/** The rate withheld, for `percent`, `backPay` and a NAV benefit on a percentage card. */
	ratePct?: number;
}

/** A named assumption, and how much the outcome (tax − withheld) moves if it is wrong. */
export interface YearAssumption extends Step {
	/** Signed change of the outcome (positive: more restskatt) under the alternative. */
	deltaKr?: number;
	/** Whether the alternative is part of the outcome's range. */
	inRange: boolean;
}

export interface YourYearResult {
	year: number;
	/** Blank fields that would decide the answer: ask for these; no outcome until they are given. */
	needs: FieldIssue[];
	sources: YearSourceResult[];
	annual?: AnnualTaxResult;
	/** Everything withheld in the year. */
	withheld: number;
	outcome?: {
		kind: YearEndKind;
		/** Whole kroner, positive. */
		amount: number;
		/** Tax − withheld: positive is restskatt, negative tilgode. */
		net: number;
		/** The range of `net` over the assumptions that have an alternative. */
		low: number;
		high: number;
	};
	assumptions: YearAssumption[];
	drivers: Step[];
	actions: Step[];
	steps: Step[];
}

export { NEAR_ZERO_KR };
/** Deductions of this much lower the tax by 22 %: the step of "each 10 000 kr" the result names. */
const DEDUCTION_STEP_KR = 10_000;
/** Pension-type NAV benefits that give the pension credit (skatteloven § 16-1; Skatte-ABC S-13). */
const CREDIT_BENEFITS: ReadonlySet<Benefit> = new Set<Benefit>([
	'alderspensjon',
	'afp',
	'supplerende-stonad'
]);
const SRC_2B = 'docs/annual-and-back-payments.md §2 (what the estimate may assume)';
const SRC_PENSION_MONTHS =
	'skattebetalingsloven § 5-7 første ledd b: pensjon trekkes i 11 måneder (docs/annual-and-back-payments.md §2b)';

/** The kind of income a NAV benefit is, for the annual tax. */
export function kindOfBenefit(benefit: Benefit): IncomeKind | 'barnepensjon' {
	if (benefit === 'barnepensjon') return 'barnepensjon';
	if (benefit === 'uforetrygd') return 'uforetrygd';
	if (BENEFITS[benefit].income === 'pension')
		return CREDIT_BENEFITS.has(benefit) ? 'pension' : 'pensionNoCredit';
	return 'benefit';
}

interface Parsed {
	issues: FieldIssue[];
	needs: FieldIssue[];
}

function validate(input: YourYearInput): Parsed {
	const issues: FieldIssue[] = [];
	const needs: FieldIssue[] = [];
	try {
		getYearRules(input.year);
	} catch (e) {
		if (e instanceof EngineError) issues.push(...e.issues);
		else throw e;
	}
	const sources: unknown[] = Array.isArray(input.sources) ? input.sources : [];
	if (sources.length === 0) issues.push({ field: 'sources', code: 'required' });
	// A qualifying pension paid by NAV gives its months from the payments; one given as an
	// amount is asked for its months, never 12 taken silently (docs/annual-and-back-payments.md §2.8).
	const navPension = sources.some(
		(x) =>
			isObj(x) &&
			isObj(x.withholding) &&
			x.withholding.by === 'nav' &&
			isBenefit(x.withholding.benefit) &&
			(x.kind ?? kindOfBenefit(x.withholding.benefit)) === 'pension'
	);
	sources.forEach((src, i) => {
		const f = `sources.${i}`;
		if (!isObj(src) || !isObj(src.withholding)) return issues.push({ field: f, code: 'invalid' });
		const w = src.withholding;
		if (src.kind !== undefined && !INCOME_KINDS.includes(src.kind as IncomeKind))
			issues.push({ field: `${f}.kind`, code: 'invalid' });
		if (w.by !== 'nav') {
			if (src.kind === undefined) issues.push({ field: `${f}.kind`, code: 'required' });
			const c = src.pensionCredit;
			if (
				src.kind === 'pension' &&
				w.by !== 'backPay' &&
				!navPension &&
				(!isObj(c) || c.months === undefined)
			)
				needs.push({ field: `${f}.pensionCredit.months`, code: 'required' });
			if (src.amount === undefined) needs.push({ field: `${f}.amount`, code: 'required' });
			else {
				const x = amountIssue(`${f}.amount`, src.amount);
				if (x) issues.push(x);
			}
		}
		switch (w.by) {
			case 'nav':
				if (!isBenefit(w.benefit))
					issues.push({ field: `${f}.withholding.benefit`, code: 'unknownBenefit' });
				break;
			case 'table':
				if (typeof w.table !== 'string' || !isValidTable(w.table))
					issues.push({ field: `${f}.withholding.table`, code: 'unknownTable' });
				else if (!TABLE_YEARS.includes(input.year))
					issues.push({
						field: `${f}.withholding.table`,
						code: 'unknownYear',
						values: { years: TABLE_YEARS.join(', ') }
					});
				break;
			case 'percent':
				if (w.percent === undefined)
					needs.push({ field: `${f}.withholding.percent`, code: 'required' });
				else {
					const x = percentIssue(`${f}.withholding.percent`, w.percent);
					if (x) issues.push(x);
				}
				break;
			case 'known':
				if (w.withheld === undefined)
					needs.push({ field: `${f}.withholding.withheld`, code: 'required' });
				else {
					const x = amountIssue(`${f}.withholding.withheld`, w.withheld);
					if (x) issues.push(x);
				}
				break;
			case 'backPay':
				if (!isBenefit(w.benefit))
					issues.push({ field: `${f}.withholding.benefit`, code: 'unknownBenefit' });
				if (
					w.forYear !== undefined &&
					(typeof w.forYear !== 'number' || !Number.isInteger(w.forYear))
				)
					issues.push({ field: `${f}.withholding.forYear`, code: 'invalid' });
				else if (typeof w.forYear === 'number' && w.forYear >= input.year)
					issues.push({ field: `${f}.withholding.forYear`, code: 'futureYear' });
				if (w.earlierIncome !== undefined) {
					const x = amountIssue(`${f}.withholding.earlierIncome`, w.earlierIncome);
					if (x) issues.push(x);
				}
				break;
			default:
				issues.push({ field: `${f}.withholding.by`, code: 'invalid' });
		}
	});
	for (const k of ['deductions', 'capitalIncome'] as const)
		if (input[k] !== undefined) {
			const x = amountIssue(k, input[k]);
			if (x) issues.push(x);
		}
	const b = input.birthYear;
	if (
		b !== undefined &&
		(typeof b !== 'number' || !Number.isInteger(b) || b < 1900 || b > input.year)
	)
		issues.push({ field: 'birthYear', code: 'invalid' });
	const m = input.fromMonth;
	if (m !== undefined && (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 13))
		issues.push({ field: 'fromMonth', code: 'invalid' });
	return { issues, needs };
}

export function yourYear(input: YourYearInput): YourYearResult {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const { issues, needs } = validate(input);
	if (issues.length > 0) throw new EngineError(issues);
	const year = input.year;
	const finnmark = input.finnmark === true;
	const steps: Step[] = [];
	const drivers: Step[] = [];
	const assumptions: YearAssumption[] = [];

	// 1. Each source: its income and what is withheld from it.
	const sources: YearSourceResult[] = [];
	input.sources.forEach((src, i) => {
		const w = src.withholding;
		if (w.by === 'nav') {
			let withholding: WithholdResult;
			try {
				withholding = withholdPayments({
					year,
					benefit: w.benefit,
					card: w.card,
					payments: w.payments,
					...(w.extra ? { extra: w.extra } : {}),
					...(w.meldekortWeeks ? { meldekortWeeks: w.meldekortWeeks } : {}),
					...(w.withUforetrygd ? { withUforetrygd: true } : {})
				});
			} catch (e) {
				if (!(e instanceof EngineError)) throw e;
				throw new EngineError(
					e.issues.map((x) => ({
						...x,
						field: x.field === 'year' ? 'year' : `sources.${i}.withholding.${x.field}`
					}))
				);
			}
			const kind = src.kind ?? kindOfBenefit(w.benefit);
			sources.push({
				kind,
				amount: withholding.totals.gross,
				withheld: withholding.totals.trekk,
				method: 'nav',
				benefit: w.benefit,
				withholding,
				...(w.card?.kind === 'table' ? { table: w.card.table } : {}),
				...(w.card?.kind === 'percent' ? { ratePct: w.card.percent } : {})
			});
			steps.push(
				step('year.sourceNav', {
					benefit: w.benefit,
					amountKr: withholding.totals.gross,
					withheldKr: withholding.totals.trekk
				})
			);
			return;
		}
		if (src.amount === undefined) return;
		const kind = src.kind!;
		const amount = new Decimal(src.amount);
		if (w.by === 'table') {
			// The month table on a twelfth of the year, over the months the table withholds for
			// (10.5: June free and December half; 12 for the 12-month tables). A pension payer
			// withholds in June and not in December: 11 months (skattebetalingsloven § 5-7 first
			// paragraph b; docs/annual-and-back-payments.md §2b).
			const info = tableInfo(w.table)!;
			const isPension = kind === 'pension' || kind === 'pensionNoCredit';
			const months = isPension && info.months === 10.5 ? 11 : info.months;
			const monthly = amount.dividedBy(12);
			const perMonth = monthTableTrekk(year, w.table, monthly.toNumber());
			const withheld = wholeKr(new Decimal(perMonth).times(months));
			sources.push({ kind, amount: src.amount, withheld, method: 'table', table: w.table });
			steps.push(
				step(
					'year.sourceTable',
					{
						kind,
						amountKr: src.amount,
						table: w.table,
						monthlyKr: wholeKr(monthly),
						perMonthKr: perMonth,
						months,
						withheldKr: withheld
					},
					{ interpretation: true, source: isPension ? SRC_PENSION_MONTHS : SRC_2B }
				)
			);
		} else if (w.by === 'percent') {
			if (w.percent === undefined) return;
			const withheld = percentOf(amount, w.percent);
			sources.push({ kind, amount: src.amount, withheld, method: 'percent', ratePct: w.percent });
			steps.push(
				step('year.sourcePercent', {
					kind,
					amountKr: src.amount,
					ratePct: w.percent,
					withheldKr: withheld
				})
			);
		} else if (w.by === 'known') {
			if (w.withheld === undefined) return;
			sources.push({ kind, amount: src.amount, withheld: w.withheld, method: 'known' });
			steps.push(step('year.sourceKnown', { kind, amountKr: src.amount, withheldKr: w.withheld }));
		} else {
			// On kildeskatt or the Svalbard scheme, NAV's back-pay rate for that card.
			const rate = backPaymentRate(w.benefit, input.year, finalTaxCard(input) ?? 'other');
			const ratePct = finnmark ? rate.finnmarkPct : rate.ordinaryPct;
			const withheld = percentOf(amount, ratePct);
			sources.push({
				kind,
				amount: src.amount,
				withheld,
				method: 'backPay',
				benefit: w.benefit,
				ratePct
			});
			steps.push(
				step(
					'year.sourceBackPay',
					{ benefit: w.benefit, amountKr: src.amount, ratePct, withheldKr: withheld },
					{ source: rate.source }
				)
			);
		}
	});

	// Kildeskatt covers pension and uføretrygd only: other wage-type income is outside it.
	if (finalTaxCard(input) === 'kildeskatt') {
		const bad = sources.flatMap((s, i) =>
			s.kind === 'wage' || s.kind === 'benefit'
				? [{ field: `sources.${i}.kind`, code: 'kildeskattNotAllowed' as const }]
				: []
		);
		if (bad.length > 0) throw new EngineError(bad);
	}

	// Barnepensjon is outside the estimate (§2.9): neither its income nor its withholding counts.
	const withheld = sources
		.filter((x) => x.kind !== 'barnepensjon')
		.reduce((s, x) => s + x.withheld, 0);
	const result: YourYearResult = {
		year,
		needs,
		sources,
		withheld,
		assumptions,
		drivers,
		actions: [],
		steps
	};
	if (needs.length > 0) {
		steps.push(step('year.needs', { count: needs.length }));
		return result;
	}

	// Barnepensjon is capital income from 2024 with its own rules: not in this estimate (§2.9).
	if (sources.some((s) => s.kind === 'barnepensjon'))
		steps.push(
			step('year.barnepensjonNotCovered', {}, { source: 'docs/annual-and-back-payments.md §2.9' })
		);

	// 2. The income for the annual tax.
	const sum = (pred: (s: YearSourceResult) => boolean) =>
		sources.filter(pred).reduce((t, s) => t.plus(s.amount), new Decimal(0));
	const wage = sum((s) => s.kind === 'wage' || s.kind === 'benefit' || s.kind === 'uforetrygd');
	const ufore = sum((s) => s.kind === 'uforetrygd');
	const creditPension = sum((s) => s.kind === 'pension');
	const otherPension = sum((s) => s.kind === 'pensionNoCredit');

	// Kildeskatt or the Svalbard scheme on the NAV card: the tax withheld is the year's tax
	// (§2.10, §2.11); no resident settlement, no deductions, no pension credit.
	const finalCard = finalTaxCard(input);
	if (finalCard) {
		const annual =
			finalCard === 'kildeskatt'
				? kildeskattYearTax(year, wage.plus(creditPension).plus(otherPension).toNumber())
				: svalbardYearTax(year, wage.toNumber(), creditPension.plus(otherPension).toNumber());
		if (!annual) throw new EngineError([{ field: 'year', code: 'gUnknown' }]);
		return finish(result, annual, (net) =>
			adviceFor(input, sources, { net, low: net, high: net, twoTables: false })
		);
	}

	const credit = creditTerms(input.sources.map((x, i) => ({ ...x, kind: sources[i]!.kind })));
	// The months with pension: from NAV's payments when NAV pays it, else as given (asked).
	const navMonths = sources
		.filter((s) => s.kind === 'pension' && s.withholding)
		.map((s) => monthsWithPension(s.withholding!))
		.find((m) => m !== undefined);
	if (creditPension.greaterThan(0) && navMonths)
		steps.push(
			step('year.pensionMonthsFromPayments', navMonths, {
				source: 'skatteloven § 16-1 annet ledd; Skatte-ABC S-13 3.2.3'
			})
		);
	const creditMonths = navMonths?.months ?? credit.months;

	// 3. The table number as evidence of other deductions or income (§2b), unless given. A
	// pension's table is not (§2b): it also absorbs the pension credit and the lower trygdeavgift.
	const isPension = (k: YearSourceResult['kind']) => k === 'pension' || k === 'pensionNoCredit';
	const tableOf = (pension: boolean) =>
		[
			...new Set(
				sources.flatMap((s) => (s.table && isPension(s.kind) === pension ? [s.table] : []))
			)
		]
			.map((t) => tableInfo(t)!)
			.find((t) => t.kind === 'ordinary' && t.tableDeduction !== 0);
	const evidence = tableOf(false);
	const pensionTable = evidence ? undefined : tableOf(true);
	let deductions = input.deductions;
	let capital = input.capitalIncome;
	// Trygdeavgift on wages at the low rate under 17 and over 69 (§2.5), by the year of birth.
	const age = input.birthYear !== undefined ? year - input.birthYear : undefined;
	const lowWages = age !== undefined && (age < 17 || age > 69) && wage.greaterThan(0);
	if (lowWages)
		steps.push(
			step(
				'year.ageLowRate',
				{ birthYear: input.birthYear!, age: age! },
				{ source: 'folketrygdloven § 23-3 annet ledd' }
			)
		);
	const base: AnnualTaxInput = {
		year,
		wageIncome: wage.toNumber(),
		pensionIncome: creditPension.plus(otherPension).toNumber(),
		uforetrygdIncome: ufore.toNumber(),
		finnmark,
		...(lowWages ? { lowTrygdeavgiftOnWages: true } : {})
	};
	// The pension credit: only when a qualifying pension is there; with a non-qualifying pension
	// alone, none (the credit's samlet pensjonsinntekt still counts every pension).
	const termsOption: PensionTaxCredit | undefined =
		creditMonths !== undefined || credit.gradePct !== undefined
			? {
					...(creditMonths !== undefined ? { months: creditMonths } : {}),
					...(credit.gradePct !== undefined ? { gradePct: credit.gradePct } : {})
				}
			: undefined;
	const creditOption = creditPension.greaterThan(0) ? termsOption : false;
	const taxOf = (
		d: number,
		c: number,
		opt: PensionTaxCredit | undefined = creditOption,
		extra: Partial<AnnualTaxInput> = {}
	): AnnualTaxResult =>
		annualTax({
			...base,
			...(d > 0 ? { deductions: d } : {}),
			...(c > 0 ? { capitalIncome: c } : {}),
			...(opt !== undefined ? { pensionTaxCredit: opt } : {}),
			...extra
		});
	const income = wage.plus(creditPension).plus(otherPension).toNumber();
	if (deductions === undefined) {
		if (evidence && evidence.tableDeduction > 0) {
			deductions = Math.min(evidence.tableDeduction, income);
			assumptions.push({
				...step(
					'year.assumption.deductionsFromTable',
					{ table: evidence.table, deductionKr: deductions },
					{ source: SRC_2B }
				),
				inRange: true
			});
		} else deductions = 0;
	}
	if (capital === undefined) {
		if (evidence && evidence.tableDeduction < 0) {
			capital = -evidence.tableDeduction;
			assumptions.push({
				...step(
					'year.assumption.capitalFromTable',
					{ table: evidence.table, additionKr: capital },
					{ source: SRC_2B }
				),
				inRange: true
			});
		} else capital = 0;
	}
	let annual = taxOf(deductions, capital);
	// What the person did not give is worded as an assumption in the year's steps too.
	annual.steps = annual.steps.map((s) =>
		(s.id === 'annual.deductions' && input.deductions === undefined) ||
		(s.id === 'annual.capitalIncome' && input.capitalIncome === undefined)
			? {
					...s,
					id: `year.${s.id.slice('annual.'.length)}Assumed`,
					values: { ...s.values, table: evidence?.table ?? '' }
				}
			: s
	);
	result.annual = annual;

	// How far each assumption moves the outcome (its alternative: none of it).
	for (const a of assumptions) {
		if (a.id === 'year.assumption.deductionsFromTable')
			a.deltaKr = taxOf(0, capital).total - annual.total;
		if (a.id === 'year.assumption.capitalFromTable')
			a.deltaKr = taxOf(deductions, 0).total - annual.total;
		a.values.deltaKr = Math.abs(a.deltaKr ?? 0);
	}
	// A pension's table: none of its figure taken as deductions or income (§2b).
	const pensionTableA = pensionTableAssumption({
		table: pensionTable,
		deductionsGiven: input.deductions !== undefined,
		capitalGiven: input.capitalIncome !== undefined,
		income,
		deductions,
		capital,
		annual,
		taxWith: (d, c) => taxOf(d, c)
	});
	if (pensionTableA) assumptions.push(pensionTableA);
	if (
		input.deductions === undefined &&
		!(evidence && evidence.tableDeduction > 0) &&
		pensionTableA?.id !== 'year.assumption.pensionTableDeductions'
	) {
		// No evidence: none assumed; each 10 000 kr of deductions lowers the tax (22 %, less in
		// Finnmark), never below what the income allows.
		const lower =
			annual.total - taxOf(Math.min(deductions + DEDUCTION_STEP_KR, income), capital).total;
		assumptions.push({
			...step(
				'year.assumption.noDeductions',
				{ stepKr: DEDUCTION_STEP_KR, lowerKr: lower },
				{ source: SRC_2B }
			),
			deltaKr: -lower,
			inRange: false
		});
	}
	if (creditPension.greaterThan(0) && credit.gradePct === undefined) {
		const without = taxOf(deductions, capital, false).total - annual.total;
		assumptions.push({
			...step(
				'year.assumption.pensionCredit',
				{
					months: creditMonths ?? 12,
					gradePct: 100,
					creditKr: annual.pensionCredit,
					deltaKr: without
				},
				{ interpretation: true, source: 'docs/annual-and-back-payments.md §2.8' }
			),
			deltaKr: without,
			inRange: false
		});
	}
	// No year of birth with wages: 17–69 assumed, said with what the low rate gives (§2.5).
	const ageA = ageAssumption({
		wagesOtherThanUfore: wage.minus(ufore).toNumber(),
		birthYear: input.birthYear,
		annual,
		taxAtLowRate: () => taxOf(deductions, capital, creditOption, { lowTrygdeavgiftOnWages: true }),
		nearZeroKr: NEAR_ZERO_KR
	});
	if (ageA) assumptions.push(ageA);
	// Back pay for an earlier year: the settlement's spreading relief (§4).
	const back = backPayInYear({
		year,
		finnmark,
		wage: wage.toNumber(),
		pension: creditPension.plus(otherPension).toNumber(),
		covered: (y) => YEARS.includes(y),
		items: sources.flatMap((s, i) => {
			const w = input.sources[i]!.withholding;
			return s.method === 'backPay' && w.by === 'backPay'
				? [
						{
							benefit: w.benefit,
							amount: s.amount,
							pension: isPension(s.kind),
							...(w.forYear !== undefined ? { forYear: w.forYear } : {}),
							...(w.earlierIncome !== undefined ? { earlierIncome: w.earlierIncome } : {})
						}
					]
				: [];
		})
	});
	steps.push(...back.notes);
	assumptions.push(...back.assumptions);
	if (back.reliefSteps.length > 0) {
		annual = {
			...annual,
			total: annual.total - back.relief,
			steps: [...annual.steps, ...back.reliefSteps]
		};
		result.annual = annual;
	}
	const net = annual.total - withheld;
	const inRange = assumptions.filter((a) => a.inRange && a.deltaKr !== undefined);
	const low = net + inRange.reduce((s, a) => s + Math.min(0, a.deltaKr!), 0);
	const high = net + inRange.reduce((s, a) => s + Math.max(0, a.deltaKr!), 0);
	const kind: YearEndKind = net > 0 ? 'restskatt' : net < 0 ? 'tilgode' : 'even';
	result.outcome = { kind, amount: Math.abs(net), net, low, high };
	steps.push(
		step('year.withheld', { withheldKr: withheld }),
		step(`annual.outcome.${kind}`, {
			taxKr: annual.total,
			withheldKr: withheld,
			amountKr: Math.abs(net)
		})
	);
	if (low !== high) steps.push(rangeStep(low, high));

	// 4. What drives it.
	collectDrivers(input, sources, annual, drivers, (ws) => {
		// The tax as if each table source were the only income: the personfradrag and the low
		// brackets counted once for each table.
		let separate = 0;
		for (const s of ws)
			separate += annualTax({
				year,
				wageIncome: s.kind === 'pension' || s.kind === 'pensionNoCredit' ? 0 : s.amount,
				pensionIncome: s.kind === 'pension' || s.kind === 'pensionNoCredit' ? s.amount : 0,
				...(s.kind === 'pension'
					? termsOption
						? { pensionTaxCredit: termsOption }
						: {}
					: { pensionTaxCredit: false as const }),
				finnmark
			}).total;
		const together = taxOf(0, 0);
		return Math.max(0, together.total - separate);
	});

	// 5. What to do.
	result.actions = adviceFor(input, sources, {
		net,
		low,
		high,
		twoTables: drivers.some((d) => d.id === 'year.driver.twoTables')
	});
	return result;
}

/** What the person can still do about the outcome, on the day it is read (advice.ts). */
function adviceFor(
	input: YourYearInput,
	sources: YearSourceResult[],
	o: { net: number; low: number; high: number; twoTables: boolean }
): Step[] {
	return adviseYear({
		year: input.year,
		...(input.today !== undefined ? { today: input.today } : {}),
		fromMonth: input.fromMonth ?? 1,
		...o,
		room: Array.from({ length: 12 }, (_, i) =>
			sources.reduce((t, s) => {
				const m = s.method === 'nav' ? s.withholding?.months[i] : undefined;
				return t + (m ? Math.max(0, m.gross - m.trekk) : 0);
			}, 0)
		),
		otherPayer: sources.some((s) => s.method === 'table' || s.method === 'percent')
	});
}

/** The outcome of a year whose tax is final when withheld: no range, no assumptions. */
function finish(
	result: YourYearResult,
	annual: AnnualTaxResult,
	advise: (net: number) => Step[]
): YourYearResult {
	// What makes the tax final is said next to the figure, not only in the working.
	const isNote = (x: Step) => FINAL_NOTES.has(x.id);
	result.annual = { ...annual, steps: annual.steps.filter((x) => !isNote(x)) };
	result.steps.push(...annual.steps.filter(isNote));
	const net = annual.total - result.withheld;
	const kind: YearEndKind = net > 0 ? 'restskatt' : net < 0 ? 'tilgode' : 'even';
	result.outcome = { kind, amount: Math.abs(net), net, low: net, high: net };
	result.steps.push(
		step('year.withheld', { withheldKr: result.withheld }),
		step(`annual.outcome.${kind}`, {
			taxKr: annual.total,
			withheldKr: result.withheld,
			amountKr: Math.abs(net)
		})
	);
	result.actions = advise(net);
	return result;
}

/** The outcome's range in words: all restskatt, all tilgode, or from one to the other. */
function rangeStep(low: number, high: number): Step {
	if (low >= 0) return step('year.range.restskatt', { lowKr: low, highKr: high });
	if (high <= 0) return step('year.range.tilgode', { lowKr: -high, highKr: -low });
	return step('year.range.mixed', { tilgodeKr: -low, restskattKr: high });
}

/** The pension credit's terms from the pension sources (the first that gives them). */
function creditTerms(
	sources: Array<{ kind: string; pensionCredit?: IncomeSource['pensionCredit'] }>
): {
	months?: number;
	gradePct?: number;
	given: boolean;
} {
	const given = sources.find((s) => s.kind === 'pension' && s.pensionCredit)?.pensionCredit;
	return given ? { ...given, given: true } : { given: false };
}

function collectDrivers(
	input: YourYearInput,
	sources: YearSourceResult[],
	annual: AnnualTaxResult,
	drivers: Step[],
	twoTablesCost: (ws: YearSourceResult[]) => number
): void {
	const year = input.year;
	// Two payers (or NAV benefits) both on a table: each gives the personfradrag and low brackets.
	const onTable = sources.filter((s) => s.table !== undefined && s.amount > 0);
	if (onTable.length >= 2)
		drivers.push(
			step(
				'year.driver.twoTables',
				{ count: onTable.length, costKr: twoTablesCost(onTable) },
				{ source: SRC_2B }
			)
		);
	// June and December: relief a table expects a whole year to make up for, in a part year.
	for (const s of sources) {
		if (s.method !== 'nav' || !s.withholding || !s.table) continue;
		const info = tableInfo(s.table);
		if (!info || info.months !== 10.5) continue;
		const paidMonths = s.withholding.months.filter((m) => m.gross > 0);
		if (paidMonths.length >= 12) continue;
		let relief = 0;
		for (const m of paidMonths) {
			if (m.rule !== 'trekkfri' && m.rule !== 'half') continue;
			const ordinary = monthTableTrekk(year, s.table, m.gross);
			relief += Math.max(0, ordinary - m.trekk);
		}
		if (relief > 0)
			drivers.push(
				step('year.driver.juneDecember', { months: paidMonths.length, reliefKr: relief })
			);
	}
	// A percentage lower than the year's average tax on the income.
	const income = sources.reduce((t, s) => t + s.amount, 0);
	if (income > 0) {
		const averagePct = new Decimal(annual.total).times(100).dividedBy(income);
		for (const s of sources) {
			if ((s.method !== 'percent' && s.method !== 'nav') || s.ratePct === undefined) continue;
			if (averagePct.minus(s.ratePct).lessThan(1)) continue;
			const neededPct = averagePct.toDecimalPlaces(1, Decimal.ROUND_UP).toNumber();
			drivers.push(
				step('year.driver.percentTooLow', {
					ratePct: s.ratePct,
					neededPct,
					costKr: wholeKr(new Decimal(s.amount).times(neededPct - s.ratePct).dividedBy(100))
				})
			);
		}
	}
	// Back pay for earlier years at a flat rate.
	for (const s of sources)
		if (s.method === 'backPay')
			drivers.push(
				step('year.driver.backPay', {
					amountKr: s.amount,
					ratePct: s.ratePct!,
					withheldKr: s.withheld
				})
			);
	// A frikort whose limit the year's income passes: the tax comes at the settlement.
	for (const s of sources) {
		const card = s.method === 'nav' ? navCard(input, sources.indexOf(s)) : undefined;
		if (card?.kind !== 'frikort') continue;
		const limit = card.limit;
		if (limit !== undefined ? income > limit : annual.total > 0)
			drivers.push(
				step(limit !== undefined ? 'year.driver.frikortPassed' : 'year.driver.frikortNoLimit', {
					incomeKr: income,
					...(limit !== undefined ? { limitKr: limit } : {})
				})
			);
	}
}

function navCard(input: YourYearInput, index: number): Card | undefined {
	const w = input.sources[index]?.withholding;
	return w?.by === 'nav' ? w.card : undefined;
}
