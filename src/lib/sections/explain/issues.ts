import { errorText } from '../../i18n/errors';
import { hasMessage, t } from '../../i18n/i18n.svelte';
import { keyFromData } from '../../i18n/keys';
import type { FormIssue } from '../../input/zod';

/**
 * An issue's message: this page's own wording when it has one (`explain:errors`), else the shared
 * one (filled). The section words its issues with it (section.ts), apart from the results' words.
 */
export function issueText(issue: FormIssue): string {
	const own = keyFromData('explain', `errors.${issue.code}`);
	return hasMessage(own) ? t(own, issue.values ?? {}) : errorText(issue);
}
