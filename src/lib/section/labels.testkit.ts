import { ensureNamespaces, hasMessage, setLang } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/keys';
import type { FieldLabels } from './labels';

// For the sections' label tests: whether each field a compute reports has a label of its own in
// its section's map (not the fallback), and whether the translator has each of its messages.

/** A field's own label's message keys (a row's field: the row's and the column's), or null. */
export function ownLabelKeys(labels: FieldLabels, field: string): MessageKey[] | null {
	const own = labels.fields[field];
	if (own) return [own];
	const row = /^(\w+)\.(\d+)\.(\w+)$/u.exec(field);
	const list = row ? labels.rows?.[row[1]!] : undefined;
	const column = row ? list?.fields[row[3]!] : undefined;
	if (!list || !column) return null;
	return 'row' in list ? [list.row, column] : [column];
}

/**
 * The fields (of those given) without a label of their own, or whose label's message the
 * bokmål messages lack: `[]` when every one is named.
 */
export async function unlabelled(labels: FieldLabels, fields: Iterable<string>): Promise<string[]> {
	await setLang('nb');
	const out: string[] = [];
	for (const field of fields) {
		const keys = ownLabelKeys(labels, field);
		if (!keys) {
			out.push(field);
			continue;
		}
		await ensureNamespaces(keys.map((k) => k.slice(0, k.indexOf(':'))));
		for (const key of keys) if (!hasMessage(key)) out.push(`${field}: ${key}`);
	}
	return out;
}

/** Every field a compute reports issues at, over some bad forms, sorted and each once. */
export function reportedFields<F>(
	forms: readonly F[],
	compute: (form: F) => { kind: string; issues?: ReadonlyArray<{ field: string }> }
): string[] {
	const fields = new Set<string>();
	for (const form of forms) {
		const o = compute(form);
		if (o.kind === 'issues') for (const i of o.issues ?? []) fields.add(i.field);
	}
	return [...fields].sort();
}
