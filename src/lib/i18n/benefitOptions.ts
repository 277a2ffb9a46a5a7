import type { Benefit } from '../engine/nav/benefits';
import { t } from './i18n.svelte';

/**
 * The options of a benefit selector: each benefit of `ids` (the engine's `BENEFIT_IDS`), named
 * in the `benefits` namespace, which the pages that name benefits load. The ids are passed in,
 * not imported (a type costs nothing), so this sits with the form's parts (vite.config.ts: the
 * fields group) without bringing the benefits' rules to pages that name no benefit.
 */
export function benefitOptions(ids: readonly Benefit[]): Array<{ value: string; label: string }> {
	return ids.map((b) => ({ value: b, label: t(`benefits:${b}`) }));
}
