import { fail } from '../errors';
import { rules2023 } from './2023';
import { rules2024 } from './2024';
import { rules2025 } from './2025';
import { rules2026 } from './2026';
import type { TableRoutineParams, YearRules } from './types';

/** Every income year the engine knows. Adding a year: one module and one line here. */
const REGISTRY: Record<number, YearRules> = {
	2023: rules2023,
	2024: rules2024,
	2025: rules2025,
	2026: rules2026
};

export const YEARS: readonly number[] = Object.keys(REGISTRY).map(Number);
export const TABLE_YEARS: readonly number[] = YEARS.filter((y) => REGISTRY[y]!.tableRoutine);
/** The year every page opens on: the current income year. Moving it on is this one line. */
export const DEFAULT_YEAR = 2026;

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

export type { YearRules, TableRoutineParams, AnnualParams, Bracket, Sourced } from './types';
