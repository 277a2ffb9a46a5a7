import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// This page's messages load with it, not with the first screen (the error messages its own checks
// show load when the form is first changed: +page.svelte).
export async function load() {
	await ensureNamespaces(['table']);
	return {};
}
