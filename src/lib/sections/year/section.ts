import { defineSection } from '../../section/section.svelte';
import { later } from '../../ui/lazy.svelte';
import { YEAR_LABELS, defaultYearForm, encodeYear } from './fields';

/**
 * Your year's wiring (section/section.svelte.ts): the form (the calculator's form as its NAV
 * part, and the year's own fields) and its link writer are the first screen; the compute with the
 * result's parts, and the link reader, come on demand.
 */
export const yearSection = defineSection({
	ns: 'year',
	empty: defaultYearForm,
	encode: encodeYear,
	engine: async () => {
		const [m, outcome, share] = await Promise.all([
			import('./form'),
			later('yearOutcome'),
			later('shareBar')
		]);
		return { ...m, YearOutcome: outcome.default, ShareBar: share.default };
	},
	link: () => import('./link'),
	namespaces: ['steps'],
	labels: YEAR_LABELS
});
