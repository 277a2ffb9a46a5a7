import { ensureNamespaces } from '../i18n/i18n.svelte';
import { RESULT_NAMESPACES } from '../i18n/resources';
import { later } from '../ui/lazy.svelte';

export interface LazyModule<M> {
	/** The module once it has arrived, else null (reactive). */
	readonly current: M | null;
	/** Fetch it (once) with the messages its results speak in. */
	load(): Promise<M>;
	/** `load()` has finished: the module and its messages are here (reactive). */
	readonly ready: boolean;
}

/**
 * A module fetched on demand, once: a section's engine side (compute, the engine, decimal.js,
 * zod) when the person starts filling in the form, opens a link or submits, or a part of its form
 * shown only after a choice. The first screen, the form, does not need it. `{ now }` is a module
 * already here (the whole table's routine), whose messages are still fetched on demand.
 */
export function lazyModule<M>(
	load: (() => Promise<M>) | { readonly now: M },
	namespaces: readonly string[] = []
): LazyModule<M> {
	let mod = $state<M | null>(typeof load === 'function' ? null : load.now);
	let loading: Promise<M> | null = null;
	let ready = $state(false);
	return {
		get current() {
			return mod;
		},
		get ready() {
			return ready;
		},
		load() {
			// The error messages and the results' words come with every such module: its issues
			// are the only errors a section shows, and its results the only ones (neither is core).
			loading ??= Promise.all([
				typeof load === 'function' ? load() : load.now,
				ensureNamespaces(['errors', ...RESULT_NAMESPACES, ...namespaces]),
				later('errorSummary')
			]).then(([m]) => {
				mod = m;
				ready = true;
				return m;
			});
			return loading;
		}
	};
}
