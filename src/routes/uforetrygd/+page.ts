import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// This page's messages load with it, not with the first screen.
export async function load() {
	await ensureNamespaces(['ufore', 'steps', 'year']);
	return {};
}
