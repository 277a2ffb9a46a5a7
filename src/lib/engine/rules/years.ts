import type { YearStatus } from './types';

/**
 * The registered income years as a light list (no rule data), for what the first screen needs
 * before the engine loads: the year selectors, their labels ("2027 – forslag") and the default.
 * It mirrors the registry in index.ts: years.test.ts fails when a year, its status or whether it
 * has withholding tables differs between the two, so a year is replaced by its module and its
 * line here.
 */
export interface YearEntry {
	year: number;
	status: YearStatus;
	/** Whether the year has the withholding-table routine (tables, per-payment withholding). */
	tables: boolean;
}

const ADOPTED: YearStatus = { kind: 'adopted' };

export const YEAR_CATALOGUE: readonly YearEntry[] = [
	{ year: 2023, status: ADOPTED, tables: false },
	{ year: 2024, status: ADOPTED, tables: false },
	{ year: 2025, status: ADOPTED, tables: true },
	{ year: 2026, status: ADOPTED, tables: true },
	{
		year: 2027,
		status: { kind: 'proposal', document: 'Prop. 1 LS (2026–2027)', date: '2026-10-07' },
		tables: true
	}
];

/**
 * The year every page opens on: the current income year (2026 until the 2027 rules are adopted
 * and the year has turned). A proposal year is offered but never the default.
 */
export const DEFAULT_YEAR = 2026;

/** Every year, ascending. */
export const CATALOGUE_YEARS: readonly number[] = YEAR_CATALOGUE.map((e) => e.year);
/** The years with withholding tables, ascending. */
export const CATALOGUE_TABLE_YEARS: readonly number[] = YEAR_CATALOGUE.filter((e) => e.tables).map(
	(e) => e.year
);

/** A year's status, or undefined for a year we do not have (a year typed as text is accepted). */
export function yearStatus(year: number | string): YearStatus | undefined {
	const y = typeof year === 'string' ? Number(year) : year;
	return YEAR_CATALOGUE.find((e) => e.year === y)?.status;
}
