/**
 * The prerendered page can be used before the app has started (on a slow connection the scripts
 * arrive later). Text fields, check boxes and radio buttons changed then are kept by Svelte when
 * it hydrates; a select is not: it is set back to the value the app starts with. This reads what
 * the person chose in the prerendered page, so the field can take it once the app has started.
 *
 * Only while the app is starting (the layout marks the page `data-ready` once it has), and only
 * when the select differs from the option the page was prerendered with: a field rendered later
 * (another page, a field shown on demand) is never touched.
 */
export function choiceBeforeStart(id: string): string | undefined {
	if (typeof document === 'undefined' || 'ready' in document.documentElement.dataset)
		return undefined;
	const el = document.getElementById(id);
	if (!(el instanceof HTMLSelectElement)) return undefined;
	const prerendered = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
	return prerendered && el.value !== prerendered.value ? el.value : undefined;
}
