import { ensureNamespaces } from '../i18n/i18n.svelte';
import { RESULT_NAMESPACES } from '../i18n/resources';

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

export interface LazyModule<M> {
	/** The module once it has arrived, else null (reactive). */
	readonly current: M | null;
	/** Fetch it (once) with the messages its results speak in. */
	load(): Promise<M>;
}

/**
 * A section's engine side (compute, link reader: the engine, decimal.js, zod) fetched on demand,
 * as the calculator does (sections/calculator/calculator.svelte.ts: loadEngine): when the person starts filling in
 * the form, opens a link or submits. The first screen, the form, does not need it.
 */
export function lazyModule<M>(
	load: () => Promise<M>,
	namespaces: readonly string[] = []
): LazyModule<M> {
	let mod = $state<M | null>(null);
	let loading: Promise<M> | null = null;
	return {
		get current() {
			return mod;
		},
		load() {
			// The error messages and the results' words come with every such module: its issues
			// are the only errors a section shows, and its results the only ones (neither is core).
			loading ??= Promise.all([
				load(),
				ensureNamespaces(['errors', ...RESULT_NAMESPACES, ...namespaces]),
				errorSummary()
			]).then(([m]) => {
				mod = m;
				return m;
			});
			return loading;
		}
	};
}
