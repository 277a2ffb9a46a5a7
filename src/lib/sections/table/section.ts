import { defineSection } from '../../section/section.svelte';
import { TABLE_LABELS, defaultTableForm, encodeTable } from './fields';
import * as tableForm from './form';

/**
 * The whole-table section's wiring (section/section.svelte.ts). Its first screen is its result,
 * a table, so its compute (the table routine alone) is here from the start and prerendered; the
 * error messages come when the form is first changed or a link opened, the link reader only then.
 * No submit button: its issues show at their fields as they arise, once their words are here.
 */
export const tableSection = defineSection({
	ns: 'table',
	empty: defaultTableForm,
	encode: encodeTable,
	engine: { now: tableForm },
	link: () => import('./link'),
	labels: TABLE_LABELS,
	live: true
});
