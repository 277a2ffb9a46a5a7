import { DEFAULT_YEAR, TABLE_YEARS, YEARS } from '../engine/rules';

/**
 * The years every page offers, as the forms hold them (strings), all taken from the engine's
 * registry (`engine/rules/index.ts`): a new income year registered there appears in every form,
 * select and link decoder with no edit here or in a page. No zod here: the calculator's first
 * screen imports this.
 */

/** Years with Skatteetaten's withholding routine: per payment, uføretrygd, whole tables. */
export const WITHHOLDING_YEARS: readonly string[] = TABLE_YEARS.map(String);

/** Years whose annual tax rules are known: back payments and the years they are for. */
export const INCOME_YEARS: readonly string[] = YEARS.map(String);

/** The year a form opens on. */
export const DEFAULT_FORM_YEAR = String(DEFAULT_YEAR);

/** The latest year in `years` before `year`, or `year` itself when there is none. */
export function yearBefore(years: readonly string[], year: string): string {
	return [...years].reverse().find((y) => y < year) ?? year;
}

/** A select's options for a list of years. */
export function yearOptions(years: readonly string[]): Array<{ value: string; label: string }> {
	return years.map((y) => ({ value: y, label: y }));
}

/** The same list as a zod enum's values (never empty: the registry has at least one year). */
export function yearEnum(years: readonly string[]): [string, ...string[]] {
	return [...years] as [string, ...string[]];
}
