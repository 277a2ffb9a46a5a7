import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// This page's messages load with it, not with the first screen, and so do the error messages:
// its own checks show them as the person types, without the engine.
export async function load() {
	await ensureNamespaces(['table', 'errors']);
	return {};
}
