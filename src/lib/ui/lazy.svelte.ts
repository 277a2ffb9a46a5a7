/**
 * The error summary, fetched with the engine or a section's module (an error shows only once
 * they have run), so no first screen carries it; `{#await errorSummary() then …}` renders it.
 *
 * Never on the server (the prerenderer shows no error): SvelteKit inlines in each page the styles
 * of every component the page's modules can fetch, unless the server's build leaves the fetch
 * out. So a fetch for later, of a component with styles, is written
 * `import.meta.env.SSR ? never() : import(…)`, and its styles come with it (to keep the first load small).
 */
export function errorSummary() {
	return import.meta.env.SSR ? never() : import('./ErrorSummary.svelte');
}

/** The steps of "how we calculated this" with their sources (StepList.svelte renders it). */
export function stepListBody() {
	return import.meta.env.SSR ? never() : import('./StepListBody.svelte');
}

/** A promise that never settles: what the prerenderer gets for something only shown later. */
export function never(): Promise<never> {
	return new Promise<never>(() => {});
}
