import { defineSection } from '../../section/section.svelte';
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
		const [m, steps, timeline, outcome, note] = await Promise.all([
			import('./form'),
			import('../../ui/StepList.svelte'),
			import('../../ui/Timeline.svelte'),
			import('../../ui/YearOutcome.svelte'),
			import('../../ui/YearStatusNote.svelte')
		]);
		return {
			...m,
			StepList: steps.default,
			Timeline: timeline.default,
			YearOutcome: outcome.default,
			YearStatusNote: note.default
		};
	},
	link: () => import('./link'),
	// The year's outcome names the benefit (YearOutcome).
	namespaces: ['steps', 'benefits'],
	labels: UFORE_LABELS
});
