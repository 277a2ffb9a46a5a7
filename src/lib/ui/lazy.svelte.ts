import type * as Later from './later';

/** A component fetched for later, by its name in later.ts. */
export type LaterName = keyof typeof Later;
type Loaded<N extends LaterName> = Awaited<ReturnType<(typeof Later)[N]>>;

/**
 * The one way a component is fetched for later: `later('stepList')` fetches the list of such
 * components (later.ts, not in any first load), then the one named, with its styles. A
 * section's own parts fetched later (its results' components) are written the same way, with the
 * same guard, in its `section.ts` (the engine side the contract fetches).
 */
export function later<N extends LaterName>(name: N): Promise<Loaded<N>> {
	if (import.meta.env.SSR) return never();
	return import('./later').then((l) => (l[name] as () => Promise<Loaded<N>>)());
}

/** A promise that never settles: what the prerenderer gets for something only shown later. */
export function never(): Promise<never> {
	return new Promise<never>(() => {});
}
