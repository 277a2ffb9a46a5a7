import { defineSection } from '../../section/section.svelte';
import { later } from '../../ui/lazy.svelte';
import { EXPLAIN_LABELS, defaultExplainForm, encodeExplain } from './fields';
import { issueText } from './issues';

/**
 * The explain section's wiring (section/section.svelte.ts): the form and its link writer are the
 * first screen; the compute (with the calculator's link for a cause found), the result's words
 * (text.ts), its steps and their wording come when the person starts typing or submits, the link
 * reader only when a link is opened. Its issues are in the page's own words where it has them
 * (`explain:errors`), the shared ones else. The earlier payments' rows come with the compute too
 * (the notice opens without any, and a link that has some fetches both), only in the browser, so
 * their styles are not inlined in the page.
 */
export const explainSection = defineSection({
	ns: 'explain',
	empty: defaultExplainForm,
	encode: encodeExplain,
	engine: async () => {
		const [m, text, steps, rows, share] = await Promise.all([
			import('./form'),
			import('./text'),
			later('stepList'),
			later('paymentRowFields'),
			later('shareBar')
		]);
		return {
			...m,
			text,
			StepList: steps.default,
			PaymentRowFields: rows.default,
			ShareBar: share.default
		};
	},
	link: () => import('./link'),
	namespaces: ['steps'],
	labels: EXPLAIN_LABELS,
	message: issueText
});
