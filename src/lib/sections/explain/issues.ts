import { errorText } from '../../i18n/errors';
import { t } from '../../i18n/i18n.svelte';
import type { FormIssue } from '../../input/zod';

/**
 * An issue's message: this page's own wording when it has one (`explain:errors`), else the shared
 * one (filled). The section words its issues with it (section.ts), apart from the results' words.
 */
export function issueText(issue: FormIssue): string {
	const own = `explain:errors.${issue.code}`;
	const text = t(own, issue.values ?? {});
	return text === own || text === `errors.${issue.code}` ? errorText(issue) : text;
}
