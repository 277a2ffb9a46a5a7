import type { FieldLabels } from '../../section/labels';
import nbCalc from '../../i18n/messages/nb/calc';
import nbCheck from '../../i18n/messages/nb/check';
import nbExplain from '../../i18n/messages/nb/explain';

// For the explain and check pages' label tests: whether a field has a label of its own in its
// section's map (not the fallback), and whether each of its keys is a message.

const MESSAGES: Record<string, unknown> = { calc: nbCalc, check: nbCheck, explain: nbExplain };

/** The message a key names in bokmål, or undefined when there is none. */
export function message(key: string): string | undefined {
	const [ns, path] = key.split(':') as [string, string];
	let at: unknown = MESSAGES[ns];
	for (const part of path.split('.'))
		at = typeof at === 'object' && at ? (at as Record<string, unknown>)[part] : undefined;
	return typeof at === 'string' ? at : undefined;
}

/** A field's own label's message keys (a row's field: the row's and the column's), or null. */
export function ownLabel(map: FieldLabels, field: string): string[] | null {
	const own = map.fields[field];
	if (own) return [own];
	const row = /^(\w+)\.(\d+)\.(\w+)$/u.exec(field);
	const list = row ? map.rows?.[row[1]!] : undefined;
	const column = row ? list?.fields[row[3]!] : undefined;
	return list && column ? [list.row, column] : null;
}
