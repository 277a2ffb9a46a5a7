import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// This page's messages load with it, not with the first screen; the steps' wording comes with
// the engine (+page.svelte).
export async function load() {
	await ensureNamespaces(['benefits', 'etterbetaling']);
	return {};
}
