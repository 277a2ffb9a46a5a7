import { ensureNamespaces } from '$lib/i18n/i18n.svelte';

// The benefits' names, which the calculator's form lists, load with the page (not core: the
// pages that name no benefit go without them).
export async function load() {
	await ensureNamespaces(['benefits']);
	return {};
}
