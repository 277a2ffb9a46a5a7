/**
 * Table numbers 7100–7133 were retired when Skatteetaten renumbered the withholding tables in 2025
 * (shared/spec/tabelltrekk.md, "Table numbers"). Someone typing one has an old card or an old
 * habit: they get a message saying so and where the new number is, not "unknown table".
 */
export function isRetiredTable(table: string): boolean {
	return /^71([0-2]\d|3[0-3])$/u.test(table.replace(/\s/gu, ''));
}
