import type { FieldLabels } from './labels';

/**
 * The tax card's fields, the same in every section that asks for the card (TaxCardFields.svelte
 * shows them): one set of labels, on the first screen. The engine's card paths map to these
 * fields in one place too, with the engine's issues (input/engineIssues.ts: `cardField`).
 */

/** The card's fields as the page labels them (TaxCardFields.svelte reads them too). */
export const CARD_LABELS = {
	cardKind: 'calc:card.legend',
	table: 'calc:card.table',
	percent: 'calc:card.percent',
	frikortLimit: 'calc:card.frikortLimit'
} as const satisfies FieldLabels['fields'];
