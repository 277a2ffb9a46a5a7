import type { SpecialMonthRule } from '../engine/nav/benefits';

/**
 * The message key of a benefit's June or December rule (`SpecialMonthRule`, as NAV states it):
 * the trekkfri meldeperioder are two in June (AAP) and one in December (AAP and dagpenger), so
 * each month has its own words.
 */
export function monthRuleKey<M extends 'June' | 'December'>(
	rule: SpecialMonthRule,
	month: M
): Exclude<SpecialMonthRule, 'meldeperioder'> | `meldeperioder${M}` {
	return rule === 'meldeperioder' ? `meldeperioder${month}` : rule;
}
