import { t } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/keys';

/**
 * One name per field: a section's fields as the page labels them, written once (in the section's
 * `fields.ts`, the first screen) and read both by the field itself (`label={labelOf(LABELS,
 * 'monthly')}`) and by the error summary. Values are message keys (`MessageKey`: a misspelt one
 * fails the type check).
 *
 * - `fields`: a field id and the message key of its label.
 * - `rows`: a list's fields, `payments.2.from`: the row's own label (`{{n}}`, counted from 1) and
 *   each column's label, said together: "Betaling 3, Fra". A list keyed by a value rather than
 *   counted (`income.2025.wage`, one row per year) names that value instead of a row label
 *   (`key: 'year'`): each column's label takes it (`{{year}}`) and is said alone.
 * - `fallback`: what a field without a label of its own is called (the section's form as a
 *   whole, say); never the page's title in its place silently.
 */
export interface FieldLabels {
	readonly fields: Readonly<Record<string, MessageKey>>;
	readonly rows?: Readonly<
		Record<
			string,
			| { row: MessageKey; fields: Readonly<Record<string, MessageKey>> }
			| { key: string; fields: Readonly<Record<string, MessageKey>> }
		>
	>;
	readonly fallback: MessageKey;
}

/** The message key of a field's label (the fallback for one the map does not name). */
export function labelKey(labels: FieldLabels, field: string): MessageKey {
	return labels.fields[field] ?? labels.fallback;
}

/** A field's label as the page says it, rows included ("Betaling 3, Fra"). */
export function labelOf(labels: FieldLabels, field: string): string {
	const own = labels.fields[field];
	if (own) return t(own);
	const row = /^(\w+)\.(\d+)\.(\w+)/u.exec(field);
	const list = row ? labels.rows?.[row[1]!] : undefined;
	if (row && list) {
		const column = list.fields[row[3]!] ?? labels.fallback;
		if ('key' in list) return t(column, { [list.key]: row[2]! });
		return `${t(list.row, { n: Number(row[2]) + 1 })}, ${t(column)}`;
	}
	return t(labels.fallback);
}

/** Two maps as one (a section that asks for the tax card has the card's labels too). */
export function withLabels(base: FieldLabels, more: Partial<FieldLabels>): FieldLabels {
	return {
		fields: { ...base.fields, ...more.fields },
		rows: { ...base.rows, ...more.rows },
		fallback: more.fallback ?? base.fallback
	};
}

/** What a part of a section's form is handed to show its fields: the section's words for each. */
export interface FieldText {
	/** The message at a field, '' when it has none. */
	err: (field: string) => string;
	/** A field's label, as the field and the error summary say it. */
	label: (field: string) => string;
}
