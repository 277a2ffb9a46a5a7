import type { YearStatus } from './types';

// Entry point (src/lib/years.ts imports it for every first screen): a year's status, no rules.

/**
 * A year's status read from the registry's data (years to statuses), with no year's rules loaded. The engine reads it over its registry
 * (`yearStatus` in rules/index.ts); the pages over what the build took from the registry
 * (src/lib/years.ts), so a first screen can say "forslag" without the engine.
 */

/** The registry's statuses, keyed by the year as written ("2026"). */
export type YearStatuses = Readonly<Record<string, YearStatus>>;

/**
 * A year's status, or undefined for a year the registry does not have. A year typed as text is
 * read as written, less spaces around it; nothing but a registered year is found (not "", not a
 * name every object has, such as "constructor").
 */
export function statusIn(statuses: YearStatuses, year: number | string): YearStatus | undefined {
	const key = typeof year === 'number' ? String(year) : year.trim();
	return Object.hasOwn(statuses, key) ? statuses[key] : undefined;
}
