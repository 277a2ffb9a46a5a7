// Entry point (first screens import it directly): Skatteetaten's table routine, without the rest.
import { bracketSum, type BracketPart } from '../brackets';
import { fail } from '../errors';
import { checkAmount, isObj } from '../validate';
import { getTableRoutine, getYearRules } from '../rules';
import type { Source } from '../rules/source';
import { tableRoutine } from '../rules/sources';
import type { TableRoutineParams } from '../rules/types';
import { step, type Step } from '../steps';
import { isValidTable, tableInfo, type TableInfo } from './tables';

/**
 * Skatteetaten's table-withholding routine (docs/tabelltrekk.md), exact to the krone.
 * Steps 2–10 run in IEEE-754 doubles in the routine's own order (`p * 40.48 / 100`, not
 * `p * 0.4048`): the official tables depend on it. Money the project itself adds up is done
 * elsewhere with decimal.js.
 */
export type Period = 'month' | '14days' | 'week' | '4days' | '3days' | '2days' | '1day';
export const PERIODS: readonly Period[] = [
	'month',
	'14days',
	'week',
	'4days',
	'3days',
	'2days',
	'1day'
];

export {
	isValidTable,
	tableInfo,
	TABLES,
	type TableInfo,
	type TableKind,
	type Trygdeavgift
} from './tables';

export interface TabelltrekkInput {
	year: number;
	table: string;
	period: Period;
	amount: number;
}

interface PeriodParams {
	step: number;
	incomeFactorOrdinary: number;
	divisorOrdinary: number;
	incomeFactorOther: number;
	divisorOther105: number;
	/** Highest amount in the official listing of a whole table. */
	listedMax: number;
}

// docs/tabelltrekk.md "Period parameters": divisors in the routine's own float order.
const PERIOD: Record<Period, PeriodParams> = {
	month: {
		step: 100,
		incomeFactorOrdinary: 12.12,
		divisorOrdinary: 10.5,
		incomeFactorOther: 12,
		divisorOther105: 10.5,
		listedMax: 200_000
	},
	'14days': {
		step: 50,
		incomeFactorOrdinary: 26.26,
		divisorOrdinary: 23,
		incomeFactorOther: 26,
		divisorOther105: 23,
		listedMax: 100_000
	},
	week: {
		step: 20,
		incomeFactorOrdinary: 52.52,
		divisorOrdinary: 46,
		incomeFactorOther: 52,
		divisorOther105: 46,
		listedMax: 50_000
	},
	'4days': {
		step: 20,
		incomeFactorOrdinary: 60.6,
		divisorOrdinary: (60 * 46) / 52,
		incomeFactorOther: 91,
		divisorOther105: (91 * 10.5) / 12,
		listedMax: 40_000
	},
	'3days': {
		step: 20,
		incomeFactorOrdinary: 80.8,
		divisorOrdinary: (80 * 46) / 52,
		incomeFactorOther: 122,
		divisorOther105: (122 * 10.5) / 12,
		listedMax: 30_000
	},
	'2days': {
		step: 20,
		incomeFactorOrdinary: 121.2,
		divisorOrdinary: (120 * 46) / 52,
		incomeFactorOther: 183,
		divisorOther105: (183 * 10.5) / 12,
		listedMax: 20_000
	},
	'1day': {
		step: 20,
		incomeFactorOrdinary: 242.4,
		divisorOrdinary: (240 * 46) / 52,
		incomeFactorOther: 365,
		divisorOther105: (365 * 10.5) / 12,
		listedMax: 10_000
	}
};

export function isPeriod(p: unknown): p is Period {
	return typeof p === 'string' && Object.hasOwn(PERIOD, p);
}

/** Everything one (year, table, period) needs, resolved once so the hot path only does arithmetic. */
interface Compiled {
	year: number;
	info: TableInfo;
	period: Period;
	step: number;
	incomeFactor: number;
	divisor: number;
	minRate: number;
	minMax: number;
	stdRate: number;
	stdMax: number;
	seaRate: number;
	seaMax: number;
	personfradrag: number;
	skattore: number;
	felles: number;
	brackets: TableRoutineParams['trinnskatt']['value'];
	tryRate: number;
	tryFrigrense: number;
	tryPhaseIn: number;
	tryLimit: number;
	roundDown: boolean;
	/** The steps' source: the year's routine, or for a proposal year the routine with its figures. */
	source: Source;
}

/** A proposal year has no official routine yet: its steps name the routine and the proposal. */
function routineSource(year: number): Source {
	const status = getYearRules(year).status;
	return tableRoutine(year, status.kind === 'adopted' ? undefined : status);
}

// year → table → period: nested maps, so a cache hit builds no key string (the hot path of
// tabelltrekk() stays allocation-free).
const compiledCache = new Map<number, Map<string, Map<Period, Compiled>>>();

function compile(year: number, table: string, period: Period): Compiled {
	const hit = compiledCache.get(year)?.get(table)?.get(period);
	if (hit) return hit;
	const r = getTableRoutine(year);
	const info = tableInfo(table);
	if (!info) fail('table', 'unknownTable');
	if (!isPeriod(period)) fail('period', 'unknownPeriod');
	const pp = PERIOD[period];
	const ordinary = info.kind === 'ordinary';
	const incomeFactor = ordinary ? pp.incomeFactorOrdinary : pp.incomeFactorOther;
	const divisor = ordinary
		? pp.divisorOrdinary
		: info.months === 12
			? pp.incomeFactorOther
			: pp.divisorOther105;
	const min = info.seafarer ? r.minstefradragSeafarer.value : r.minstefradrag.value;
	const tryRate =
		info.trygdeavgift === 'high'
			? r.trygdeavgiftHighPct.value
			: info.trygdeavgift === 'low'
				? r.trygdeavgiftLowPct.value
				: 0;
	const tryFrigrense = r.trygdeavgiftFrigrense.value;
	const tryPhaseIn = r.trygdeavgiftPhaseInPct.value;
	const c: Compiled = {
		year,
		info,
		period,
		step: pp.step,
		incomeFactor,
		divisor,
		minRate: min.ratePct,
		minMax: min.max,
		stdRate: info.standardDeduction ? r.standardDeduction.value.ratePct : 0,
		stdMax: r.standardDeduction.value.max,
		seaRate: info.seafarer ? r.seafarerDeduction.value.ratePct : 0,
		seaMax: r.seafarerDeduction.value.max,
		personfradrag: info.finnmark ? r.personfradragFinnmark.value : r.personfradrag.value,
		skattore: r.skattorePct.value,
		felles: info.finnmark ? r.fellesskattFinnmarkPct.value : r.fellesskattPct.value,
		brackets: r.trinnskatt.value,
		tryRate,
		tryFrigrense,
		tryPhaseIn,
		// Step 8: the limit where the full rate takes over from the phase-in.
		tryLimit: tryRate > 0 ? Math.round((tryFrigrense * tryPhaseIn) / (tryPhaseIn - tryRate)) : 0,
		roundDown: info.seafarer,
		source: routineSource(year)
	};
	let byTable = compiledCache.get(year);
	if (!byTable) compiledCache.set(year, (byTable = new Map()));
	let byPeriod = byTable.get(table);
	if (!byPeriod) byTable.set(table, (byPeriod = new Map()));
	byPeriod.set(period, c);
	return c;
}

/**
 * Steps 1–11 for one amount. `rec`, when given, receives the explanation's steps as they are
 * computed (never a second calculation).
 */
function compute(c: Compiled, g: number, rec?: Step[]): number {
	// 1. Base rounded down to the period's step, plus half a step.
	const a = Math.floor(g / c.step) * c.step + c.step / 2;
	// 2. Annual personal income.
	const p = Math.round(a * c.incomeFactor);
	// 3. Minstefradrag, capped, never below 0 nor above p.
	let min = Math.round((p * c.minRate) / 100);
	if (min > c.minMax) min = c.minMax;
	if (min < 0) min = 0;
	if (min > p) min = p;
	// 4. Standard deduction and seafarer deduction (their table kinds only).
	let std = 0;
	if (c.stdRate > 0) {
		std = Math.round((p * c.stdRate) / 100);
		if (std > c.stdMax) std = c.stdMax;
	}
	let sea = 0;
	if (c.seaRate > 0) {
		sea = Math.round((p * c.seaRate) / 100);
		if (sea > c.seaMax) sea = c.seaMax;
	}
	// 5. Alminnelig inntekt.
	const alm = p - min - c.info.tableDeduction - std - sea - c.personfradrag;
	// 6. Kommuneskatt and fellesskatt.
	const kommune = alm > 0 ? Math.round((alm * c.skattore) / 100) : 0;
	const felles = alm >= 0 ? Math.round((alm * c.felles) / 100) : 0;
	// 7. Trinnskatt on p, rounded once.
	const parts: BracketPart[] | undefined = rec ? [] : undefined;
	const trinn = p > c.brackets[0]!.from ? Math.round(bracketSum(p, c.brackets, parts)) : 0;
	// 8. Trygdeavgift on p with the phase-in from the lower limit.
	let trygd = 0;
	if (c.tryRate > 0 && p >= c.tryFrigrense) {
		trygd =
			p > c.tryLimit
				? Math.round((p * c.tryRate) / 100)
				: Math.round(((p - c.tryFrigrense) * c.tryPhaseIn) / 100);
	}
	// 9. Annual tax; 10. spread over the period's divisor; 11. never above the amount.
	const annual = kommune + felles + trinn + trygd;
	const raw = annual / c.divisor;
	const w = c.roundDown ? Math.floor(raw) : Math.round(raw);
	const trekk = w > g ? g : w;

	if (rec) {
		const src = c.source;
		rec.push(
			step(
				'tabelltrekk.base',
				{ amountKr: g, stepKr: c.step, baseKr: a, period: c.period },
				{ source: src }
			),
			step(
				'tabelltrekk.annualIncome',
				{ baseKr: a, factor: c.incomeFactor, incomeKr: p },
				{ source: src }
			),
			step(
				'tabelltrekk.minstefradrag',
				{ incomeKr: p, ratePct: c.minRate, maxKr: c.minMax, deductionKr: min },
				{ source: src }
			)
		);
		if (c.info.tableDeduction !== 0)
			rec.push(
				step(
					c.info.tableDeduction > 0 ? 'tabelltrekk.tableDeduction' : 'tabelltrekk.tableAddition',
					{ table: c.info.table, amountKr: Math.abs(c.info.tableDeduction) },
					{ source: src }
				)
			);
		if (c.stdRate > 0)
			rec.push(
				step(
					'tabelltrekk.standardDeduction',
					{ ratePct: c.stdRate, maxKr: c.stdMax, deductionKr: std },
					{ source: src }
				)
			);
		if (c.seaRate > 0)
			rec.push(
				step(
					'tabelltrekk.seafarerDeduction',
					{ ratePct: c.seaRate, maxKr: c.seaMax, deductionKr: sea },
					{ source: src }
				)
			);
		rec.push(
			step(
				c.info.finnmark ? 'tabelltrekk.personfradragFinnmark' : 'tabelltrekk.personfradrag',
				{ amountKr: c.personfradrag },
				{ source: src }
			),
			step('tabelltrekk.alminneligInntekt', { amountKr: alm }, { source: src }),
			step('tabelltrekk.kommuneskatt', { ratePct: c.skattore, taxKr: kommune }, { source: src }),
			step('tabelltrekk.fellesskatt', { ratePct: c.felles, taxKr: felles }, { source: src })
		);
		if (parts && parts.length > 0) {
			for (const part of parts)
				rec.push(
					step(
						'tabelltrekk.trinnskattBracket',
						{
							fromKr: part.from,
							toKr: part.to,
							ratePct: part.ratePct,
							taxKr: Math.round(part.tax * 100) / 100
						},
						{ source: src }
					)
				);
		}
		rec.push(step('tabelltrekk.trinnskatt', { incomeKr: p, taxKr: trinn }, { source: src }));
		if (c.tryRate === 0) rec.push(step('tabelltrekk.trygdeavgiftNone', {}, { source: src }));
		else
			rec.push(
				step(
					p < c.tryFrigrense
						? 'tabelltrekk.trygdeavgiftBelow'
						: p > c.tryLimit
							? 'tabelltrekk.trygdeavgift'
							: 'tabelltrekk.trygdeavgiftPhaseIn',
					{
						incomeKr: p,
						ratePct: c.tryRate,
						frigrenseKr: c.tryFrigrense,
						phaseInPct: c.tryPhaseIn,
						taxKr: trygd
					},
					{ source: src }
				)
			);
		rec.push(
			step('tabelltrekk.annualTax', { taxKr: annual }, { source: src }),
			step(
				c.roundDown ? 'tabelltrekk.divideDown' : 'tabelltrekk.divide',
				{
					taxKr: annual,
					divisor: Math.round(c.divisor * 10000) / 10000,
					months: c.info.months,
					trekkKr: w
				},
				{ source: src }
			)
		);
		if (w > g) rec.push(step('tabelltrekk.cap', { amountKr: g, trekkKr: trekk }, { source: src }));
	}
	return trekk;
}

function compiledFor(input: TabelltrekkInput): Compiled {
	if (!isObj(input)) fail('year', 'invalid');
	if (!isPeriod(input.period)) {
		getTableRoutine(input.year);
		if (!isValidTable(input.table)) fail('table', 'unknownTable');
		fail('period', 'unknownPeriod');
	}
	return compile(input.year, input.table, input.period);
}

/** The withholding for one amount, whole kroner. Throws EngineError for bad input. */
export function tabelltrekk(input: TabelltrekkInput): number {
	const c = compiledFor(input);
	return compute(c, checkAmount('amount', input.amount, { integer: true }));
}

/** The same computation, with the steps that explain it. */
export function tabelltrekkSteps(input: TabelltrekkInput): {
	trekk: number;
	steps: Step[];
	info: TableInfo;
} {
	const c = compiledFor(input);
	const steps: Step[] = [];
	const trekk = compute(c, checkAmount('amount', input.amount, { integer: true }), steps);
	return { trekk, steps, info: c.info };
}

/** A fast withholding function for one (year, table, period), for whole tables and benchmarks. */
export function tabelltrekkFn(input: Omit<TabelltrekkInput, 'amount'>): (amount: number) => number {
	const c = compiledFor({ ...input, amount: 0 });
	return (amount) => compute(c, amount);
}

/** A whole table as Skatteetaten lists it: each step from 0 to the listed maximum. */
export function tabelltrekkTable(input: { year: number; table: string; period: Period }): {
	step: number;
	max: number;
	rows: Array<{ from: number; trekk: number }>;
} {
	const c = compiledFor({ ...input, amount: 0 });
	const max = PERIOD[c.period].listedMax;
	const rows: Array<{ from: number; trekk: number }> = [];
	for (let from = 0; from <= max; from += c.step) rows.push({ from, trekk: compute(c, from) });
	return { step: c.step, max, rows };
}

export function periodStep(period: Period): number {
	return PERIOD[period].step;
}
