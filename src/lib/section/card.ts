import type { FieldLabels } from './labels';

/**
 * The tax card's fields, the same in every section that asks for the card (TaxCardFields.svelte
 * shows them): one map from the engine's paths to the form's fields, and one set of labels.
 */

/** The engine's card paths and the form fields a person typed them in. */
export const CARD_FIELDS: Readonly<Record<string, string>> = {
	card: 'cardKind',
	'card.kind': 'cardKind',
	'card.table': 'table',
	'card.percent': 'percent',
	'card.limit': 'frikortLimit'
};

/** A card path as its form field, or undefined for a path that is not the card's. */
export function cardField(engineField: string): string | undefined {
	return CARD_FIELDS[engineField];
}

/** The card's fields as the page labels them (TaxCardFields.svelte reads them too). */
export const CARD_LABELS = {
	cardKind: 'calc:card.legend',
	table: 'calc:card.table',
	percent: 'calc:card.percent',
	frikortLimit: 'calc:card.frikortLimit'
} as const satisfies FieldLabels['fields'];
