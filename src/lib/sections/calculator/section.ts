import { defineSection } from '../../section/section.svelte';
import { never } from '../../ui/lazy.svelte';
import { CALC_LABELS, defaultForm, encodeForm } from './fields';

/**
 * The calculator's wiring (section/section.svelte.ts): the form and its link writer are the
 * first screen; the compute with the results' components, and the link reader, come on demand.
 * The results (with their styles) are fetched only in the browser, so the prerendered page does
 * not inline their styles (ui/lazy.svelte.ts: errorSummary). The results speak in the payments'
 * steps and the year's teaser.
 */
export const calculatorSection = defineSection({
	ns: 'calc',
	empty: defaultForm,
	encode: (form, lang) => encodeForm(form, lang),
	engine: async () => {
		const [m, parts] = await Promise.all([
			import('./form'),
			import.meta.env.SSR ? never() : import('./resultParts')
		]);
		return { ...m, ...parts };
	},
	link: () => import('./link'),
	namespaces: ['steps', 'year'],
	labels: CALC_LABELS
});
