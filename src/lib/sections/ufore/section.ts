import { defineSection } from '../../section/section.svelte';
import { later } from '../../ui/lazy.svelte';
import { UFORE_LABELS, defaultUforeForm, encodeUfore } from './fields';

/**
 * The uføretrygd section's wiring (section/section.svelte.ts): the form and its link writer are
 * the first screen; the compute with the result's parts, and the link reader, come on demand.
 */
export const uforeSection = defineSection({
	ns: 'ufore',
	empty: defaultUforeForm,
	encode: encodeUfore,
	engine: async () => {
		const [m, steps, months, outcome, note, share] = await Promise.all([
			import('./form'),
			later('stepList'),
			later('timeline'),
			later('yearOutcome'),
			later('yearStatusNote'),
			later('shareBar')
		]);
		return {
			...m,
			StepList: steps.default,
			Timeline: months.default,
			YearOutcome: outcome.default,
			YearStatusNote: note.default,
			ShareBar: share.default
		};
	},
	link: () => import('./link'),
	// The year's outcome names the benefit (YearOutcome).
	namespaces: ['steps', 'benefits'],
	labels: UFORE_LABELS
});
