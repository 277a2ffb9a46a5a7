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

/** Every kind of tax card a section may ask for (the calculator asks for all of them). */
export const CARD_KINDS = [
	'table',
	'percent',
	'frikort',
	'none',
	'kildeskatt',
	'svalbard'
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * The card's kind in every section's link (`c=t8010` in the calculator's, `k=t` in the others'):
 * its first letter (table t, percent p, frikort f, none n, kildeskatt k, svalbard s), the same
 * everywhere; link/fragmentSchema.ts reads it back (`cardKindFrom`). card.test.ts holds that no
 * two kinds share one.
 */
export function cardCode(kind: CardKind): string {
	return kind[0]!;
}
