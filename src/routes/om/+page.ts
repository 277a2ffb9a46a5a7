import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// This page's messages load with it, not with the first screen (of the steps, only the
// payments' interpretations).
export async function load() {
	await ensureNamespaces(['benefits', 'about', 'steps/payments', 'calc/terms']);
	return {};
}
