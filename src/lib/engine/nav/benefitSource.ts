/**
 * Where the benefits' June and December rules (benefits.ts) come from: nav.no "Skattetrekk på
 * utbetalinger fra NAV", restated in docs/nav-payments.md §4. In a module of its own so that a
 * screen listing the benefits does not carry the sources (every page's first load stays light).
 */
import { navWithholding } from '../rules/sources';
import type { Source } from '../rules/source';

export const BENEFIT_SOURCE: Source = { ...navWithholding(), docs: 'docs/nav-payments.md §4' };
