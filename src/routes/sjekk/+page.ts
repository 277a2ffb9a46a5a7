import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// This page's messages load with it, not with the first screen; the explain page's words for a
// cause come with the engine (CheckSection.svelte).
export async function load() {
	await ensureNamespaces(['benefits', 'check']);
	return {};
}
