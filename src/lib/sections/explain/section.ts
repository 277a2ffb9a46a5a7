import { defineSection } from '../../section/section.svelte';
import { EXPLAIN_LABELS, defaultExplainForm, encodeExplain } from './fields';
import { issueText } from './text';

/**
 * The explain section's wiring (section/section.svelte.ts): the form and its link writer are the
 * first screen; the compute (with the calculator's link for a cause found) and the steps' wording
 * come when the person starts typing or submits, the link reader only when a link is opened. Its
 * issues are in the page's own words where it has them (`explain:errors`), the shared ones else.
 */
export const explainSection = defineSection({
	ns: 'explain',
	empty: defaultExplainForm,
	encode: encodeExplain,
	engine: () => import('./form'),
	link: () => import('./link'),
	namespaces: ['steps'],
	labels: EXPLAIN_LABELS,
	message: issueText
});
