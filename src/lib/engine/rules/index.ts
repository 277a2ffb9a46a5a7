// Entry point (the about page and the table routine import it directly): the registry of years.
import { fail } from '../errors';
import { rules2023 } from './2023';
import { rules2024 } from './2024';
import { rules2025 } from './2025';
import { rules2026 } from './2026';
import { rules2027 } from './2027';
import type { TableRoutineParams, YearRules, YearStatus } from './types';
import { statusIn, type YearStatuses } from './yearStatus';

/** Every income year the engine knows. Adding a year: one module and one line here. */
const REGISTRY: Record<number, YearRules> = {
	2023: rules2023,
	2024: rules2024,
	2025: rules2025,
	2026: rules2026,
	2027: rules2027
};

/** Every registered income year, ascending: the years whose annual tax the engine knows. */
export const YEARS: readonly number[] = Object.keys(REGISTRY).map(Number);
/**
 * The registered years that have Skatteetaten's withholding-table routine (`tableRoutine`): the
 * years per-payment withholding, the tables and uføretrygd can be computed for. The forms hold
 * the same years as text, as `WITHHOLDING_YEARS` (src/lib/years.ts): one set, two spellings.
 */
export const TABLE_YEARS: readonly number[] = YEARS.filter((y) => REGISTRY[y]!.tableRoutine);
/**
 * The year every page opens on: the current income year (2026 until the 2027 rules are adopted
 * and the year has turned). A proposal year is offered but never the default. Moving it on is
 * this one line.
 */
export const DEFAULT_YEAR = 2026;

/** A registered year as the pages list it: its status and whether it has withholding tables. */
export interface YearEntry {
	year: number;
	status: YearStatus;
	/** Whether the year has the withholding-table routine (tables, per-payment withholding). */
	tables: boolean;
}

/** Every registered year, ascending, derived from the registry (never written twice). */
export const YEAR_CATALOGUE: readonly YearEntry[] = YEARS.map((year) => ({
	year,
	status: REGISTRY[year]!.status,
	tables: REGISTRY[year]!.tableRoutine !== undefined
}));

/** Each registered year's status, keyed by the year as written: the registry's data. */
const STATUSES: YearStatuses = Object.fromEntries(
	YEAR_CATALOGUE.map((e) => [String(e.year), e.status])
);

/**
 * What the pages take from the registry at build time (vite.config.ts → `__REGISTRY_YEARS__`,
 * read by src/lib/years.ts): the years, those with tables, the default and each status.
 */
export function registrySummary(): {
	years: readonly number[];
	tableYears: readonly number[];
	defaultYear: number;
	statuses: Record<string, YearStatus>;
	/** Each year's wage trygdeavgift rate: the uføretrygd page says it before the rules load. */
	wagePct: Record<string, number>;
} {
	return {
		years: YEARS,
		tableYears: TABLE_YEARS,
		defaultYear: DEFAULT_YEAR,
		statuses: STATUSES,
		wagePct: Object.fromEntries(
			YEARS.map((y) => [String(y), REGISTRY[y]!.annual.trygdeavgiftWagePct.value])
		)
	};
}

/** A year's status, or undefined for a year we do not have (a year typed as text is accepted). */
export function yearStatus(year: number | string): YearStatus | undefined {
	return statusIn(STATUSES, year);
}

export function getYearRules(year: unknown, field = 'year'): YearRules {
	const rules = typeof year === 'number' ? REGISTRY[year] : undefined;
	if (!rules) fail(field, 'unknownYear', { years: YEARS.join(', ') });
	return rules;
}

export function getTableRoutine(year: unknown, field = 'year'): TableRoutineParams {
	const r = typeof year === 'number' ? REGISTRY[year]?.tableRoutine : undefined;
	if (!r) fail(field, 'unknownYear', { years: TABLE_YEARS.join(', ') });
	return r;
}

export type {
	YearStatus,
	YearRules,
	TableRoutineParams,
	AnnualParams,
	Bracket,
	NavRates,
	Sourced
} from './types';
