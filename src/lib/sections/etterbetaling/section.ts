import { defineSection } from '../../section/section.svelte';
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
		const [m, steps, note] = await Promise.all([
			import('./form'),
			import('../../ui/StepList.svelte'),
			import('../../ui/YearStatusNote.svelte')
		]);
		return { ...m, StepList: steps.default, YearStatusNote: note.default };
	},
	link: () => import('./link'),
	namespaces: ['steps'],
	labels: etterbetalingLabels
});
