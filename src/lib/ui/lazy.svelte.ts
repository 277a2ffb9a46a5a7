/**
 * The one way a component is fetched for later: every shared component a page shows only after
 * something happened (a result, an error, a print) is fetched through its loader here, each
 * written once. A section's own parts fetched later (its results' components) are written the
 * same way, in its `section.ts` (the engine side the contract fetches) or beside the one
 * component that asks for them.
 *
 * Never on the server: SvelteKit inlines in each page the styles of every component the page's
 * modules can fetch, unless the server's build leaves the fetch out. So a fetch for later is
 * `import.meta.env.SSR ? never() : import(…)`, and the component's styles come with it, not in
 * the first load (tests/build.spec.ts fails when a page's inline styles carry one of these).
 */

/** The error summary: an error shows only once a section's engine side or parser has run. */
export function errorSummary() {
	return import.meta.env.SSR ? never() : import('./ErrorSummary.svelte');
}

/** The steps of "how we calculated this" with their sources (StepList.svelte renders it). */
export function stepListBody() {
	return import.meta.env.SSR ? never() : import('./StepListBody.svelte');
}

/** "How we calculated this": a result's steps. */
export function stepList() {
	return import.meta.env.SSR ? never() : import('./StepList.svelte');
}

/** The year month by month (a result's timeline). */
export function timeline() {
	return import.meta.env.SSR ? never() : import('./Timeline.svelte');
}

/** The year's outcome: the settlement likely to come and what can still be done. */
export function yearOutcome() {
	return import.meta.env.SSR ? never() : import('./YearOutcome.svelte');
}

/** Share and print, under a result. */
export function shareBar() {
	return import.meta.env.SSR ? never() : import('./ShareBar.svelte');
}

/** What was typed, as printed (PrintedInputs.svelte): fetched when a result or a print wants it. */
export function printedInputs() {
	return import.meta.env.SSR ? never() : import('./PrintedInputs.svelte');
}

/** The note beside a proposal year's figures (YearStatusNote.svelte): only for such a year. */
export function yearStatusNote() {
	return import.meta.env.SSR ? never() : import('./YearStatusNote.svelte');
}

/** A row of payment fields (from–to, amount, withheld, paid): lists that start empty. */
export function paymentRowFields() {
	return import.meta.env.SSR ? never() : import('./PaymentRowFields.svelte');
}

/** A promise that never settles: what the prerenderer gets for something only shown later. */
export function never(): Promise<never> {
	return new Promise<never>(() => {});
}
