import Decimal from 'decimal.js';
import {
	annualTax,
	type AnnualTaxInput,
	type AnnualTaxResult,
	type PensionTaxCredit,
	type YearEndKind
} from '../annual';
import { NEAR_ZERO_KR } from '../advice';
import { EngineError } from '../errors';
import { YEARS } from '../rules';
import { folketrygdloven, skatteloven } from '../rules/sources';
import { step, type Step } from '../steps';
import { tableInfo } from '../tabelltrekk';
import { isObj } from '../validate';
import { ageAssumption, pensionTableAssumption } from './assumptions';
import { backPayInYear } from './backPay';
import { collectDrivers } from './drivers';
import { finalTaxCard, kildeskattYearTax, svalbardYearTax } from './finalTax';
import { withheldBySource } from './incomeSources';
import { adviceFor, finish, rangeStep } from './outcome';
import { monthsWithPension } from './pensionMonths';
import {
	SRC_2B,
	type IncomeSource,
	type YearAssumption,
	type YearSourceResult,
	type YourYearInput,
	type YourYearResult
} from './types';
import { validate } from './validate';

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

export {
	INCOME_KINDS,
	kindOfBenefit,
	type IncomeKind,
	type IncomeSource,
	type SourceWithholding,
	type YearAssumption,
	type YearSourceResult,
	type YourYearInput,
	type YourYearResult
} from './types';
export { NEAR_ZERO_KR };
/** Deductions of this much lower the tax by 22 %: the step of "each 10 000 kr" the result names. */
const DEDUCTION_STEP_KR = 10_000;

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
	const sources = withheldBySource(input, steps);
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
				source: [skatteloven('§ 16-1 annet ledd'), { title: 'Skatte-ABC S-13', section: '3.2.3' }]
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
				{ source: folketrygdloven('§ 23-3 annet ledd') }
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
