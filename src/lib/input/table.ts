/**
 * A table number as typed, checked in one place for every section that asks for one: spaces
 * removed, then `tableNumberIssue` says what is wrong with it, if anything.
 */
export function cleanTable(raw: string): string {
	return raw.replace(/\s/gu, '');
}

/**
 * Table numbers 7100–7133 were retired when Skatteetaten renumbered the withholding tables in 2025
 * (docs/tabelltrekk.md, table numbers). Someone typing one has an old card or an old habit: they
 * get a message saying so and where the new number is, not "unknown table".
 */
export function isRetiredTable(table: string): boolean {
	return /^71([0-2]\d|3[0-3])$/u.test(cleanTable(table));
}

/**
 * What is wrong with a typed table number, as an error code, or undefined when it has the shape
 * of one (four digits, not retired). Whether such a table exists in the year is the engine's
 * check (`isValidTable`), shown at the same field.
 */
export function tableNumberIssue(
	raw: string
): 'required' | 'retiredTable' | 'unknownTable' | undefined {
	const v = cleanTable(raw);
	if (v === '') return 'required';
	if (isRetiredTable(v)) return 'retiredTable';
	if (!/^\d{4}$/u.test(v)) return 'unknownTable';
	return undefined;
}
