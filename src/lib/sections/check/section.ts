import { errorText } from '../../i18n/errors';
import { t } from '../../i18n/i18n.svelte';
import type { FormIssue } from '../../input/zod';
import { defineSection } from '../../section/section.svelte';
import { CHECK_LABELS, defaultCheckForm, encodeCheck } from './fields';

/** Withheld above the gross is worded by the explain page's messages (fetched with the engine). */
function checkIssueText(issue: FormIssue): string {
	return issue.code === 'aboveGross' ? t('explain:errors.aboveGross') : errorText(issue);
}

/**
 * The check section's wiring (section/section.svelte.ts): the form and its link writer are the
 * first screen; the compute, with the explain page's words for a line's cause, comes when the
 * person starts typing or submits, the link reader only when a link is opened. The importer
 * (import.ts, d3-dsv) is not part of it: the page fetches it when a list is pasted or imported.
 */
export const checkSection = defineSection({
	ns: 'check',
	empty: defaultCheckForm,
	encode: encodeCheck,
	engine: () => import('./form'),
	link: () => import('./link'),
	namespaces: ['explain'],
	labels: CHECK_LABELS,
	message: checkIssueText
});
