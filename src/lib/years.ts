import type { YearStatus } from './engine/rules/types';
import { statusIn } from './engine/rules/yearStatus';

/**
 * The years every page offers, as the forms hold them (strings), all taken from the engine's
 * registry (`engine/rules/index.ts`: YEARS, TABLE_YEARS, DEFAULT_YEAR): a new income year
 * registered there appears in every form, select and link decoder with no edit here or in a page.
 *
 * vite.config.ts reads the registry when the site is built and puts its years in
 * `__REGISTRY_YEARS__`, so the calculator's first screen can list them without loading every
 * year's rules (the first-load budget). No zod here either, for the same reason.
 */

/** What the build takes from the registry. */
export interface RegistryYears {
	years: readonly number[];
	tableYears: readonly number[];
	defaultYear: number;
	/** Each year's status (adopted, or a proposal with its document and date). */
	statuses: Readonly<Record<string, YearStatus>>;
	/**
	 * Each year's trygdeavgift rate on wages (the engine's data, with its source there), for the
	 * uføretrygd page's first screen.
	 */
	wagePct?: Readonly<Record<string, number>>;
}

/** The forms' year lists from the registry's. */
export function yearLists(r: RegistryYears) {
	return {
		/**
		 * The engine's TABLE_YEARS as the forms hold them (text): the years with Skatteetaten's
		 * withholding-table routine, for per payment, uføretrygd and whole tables.
		 */
		WITHHOLDING_YEARS: r.tableYears.map(String) as readonly string[],
		/** Years whose annual tax rules are known: back payments and the years they are for. */
		INCOME_YEARS: r.years.map(String) as readonly string[],
		/** The year a form opens on. */
		DEFAULT_FORM_YEAR: String(r.defaultYear)
	};
}

// Once: the build writes the whole registry at every place the name is read.
const REGISTRY = __REGISTRY_YEARS__;

export const { WITHHOLDING_YEARS, INCOME_YEARS, DEFAULT_FORM_YEAR } = yearLists(REGISTRY);

/** The latest year in `years` before `year`, or `year` itself when there is none. */
export function yearBefore(years: readonly string[], year: string): string {
	return [...years].reverse().find((y) => y < year) ?? year;
}

/**
 * A year's status as the registry has it, or undefined for a year we do not have (a year typed
 * as text is accepted). Select labels and proposal notices read it (src/lib/i18n/years.ts).
 */
export function yearStatus(year: number | string): YearStatus | undefined {
	return statusIn(REGISTRY.statuses, year);
}

/** The same list as a zod enum's values (never empty: the registry has at least one year). */
export function yearEnum(years: readonly string[]): [string, ...string[]] {
	return [...years] as [string, ...string[]];
}

/** Today in the person's own time zone, yyyy-mm-dd: what the advice is read against. */
export function todayIso(now: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A year's trygdeavgift rate on wages, from the engine's rules as the build read them. */
export function wagePctOf(year: number | string): number | undefined {
	return REGISTRY.wagePct?.[String(year)];
}
