import { defineSection } from '../../section/section.svelte';
import { later } from '../../ui/lazy.svelte';
import { defaultEtterbetalingForm, encodeEtterbetaling, etterbetalingLabels } from './fields';

/**
 * The back-payment section's wiring (section/section.svelte.ts): the form and its link writer are
 * the first screen; the compute with the steps and the year's status note, and the link reader,
 * come on demand.
 */
export const etterbetalingSection = defineSection({
	ns: 'etterbetaling',
	empty: defaultEtterbetalingForm,
	encode: encodeEtterbetaling,
	engine: async () => {
		const [m, steps, note, share] = await Promise.all([
			import('./form'),
			later('stepList'),
			later('yearStatusNote'),
			later('shareBar')
		]);
		return { ...m, StepList: steps.default, YearStatusNote: note.default, ShareBar: share.default };
	},
	link: () => import('./link'),
	namespaces: ['steps'],
	labels: etterbetalingLabels
});
