/**
 * Every shared component a page shows only after something happened (a result, an error, a
 * print), each fetched by its loader here, written once. Pages and sections ask for one by name
 * with `later(name)` (lazy.svelte.ts), never import this list or these components themselves:
 * so no first load carries the list, the server's build leaves it out (`later` is never on the
 * server) and each component's styles come with it, not inlined in a page (tests/build.spec.ts
 * fails when a page's inline styles carry one of these).
 */

/** The error summary: an error shows only once a section's engine side or parser has run. */
export function errorSummary() {
	return import('./ErrorSummary.svelte');
}

/** The steps of "how we calculated this" with their sources (StepList.svelte renders it). */
export function stepListBody() {
	return import('./StepListBody.svelte');
}

/** "How we calculated this": a result's steps. */
export function stepList() {
	return import('./StepList.svelte');
}

/** The year month by month (a result's timeline). */
export function timeline() {
	return import('./Timeline.svelte');
}

/** The year's outcome: the settlement likely to come and what can still be done. */
export function yearOutcome() {
	return import('./YearOutcome.svelte');
}

/** Share and print, under a result. */
export function shareBar() {
	return import('./ShareBar.svelte');
}

/** What was typed, as printed (PrintedInputs.svelte): fetched when a result or a print wants it. */
export function printedInputs() {
	return import('./PrintedInputs.svelte');
}

/** The note beside a proposal year's figures (YearStatusNote.svelte): only for such a year. */
export function yearStatusNote() {
	return import('./YearStatusNote.svelte');
}

/** A row of payment fields (from–to, amount, withheld, paid): lists that start empty. */
export function paymentRowFields() {
	return import('./PaymentRowFields.svelte');
}
