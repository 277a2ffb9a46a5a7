/**
 * The message key of a June or December rule: the trekkfri meldeperioder are two in June (AAP)
 * and one in December (AAP and dagpenger), so each month has its own words.
 */
export function monthRuleKey(rule: string, month: 'June' | 'December'): string {
	return rule === 'meldeperioder' ? `meldeperioder${month}` : rule;
}
