import Decimal from 'decimal.js';
import { getYearRules } from '../rules';
import { navWithholding } from '../rules/sources';
import { citeAll, type Cited, type Source } from '../rules/source';
import type { Benefit } from './benefits';
import { grunnbelopOn } from './grunnbelop';

/**
 * NAV's flat rates, read from the income year's own rules (rules/<year>.ts, `nav`), each with its
 * source (docs/nav-payments.md §1): a new year's change can never alter an earlier year's result.
 */
export const CARD_SOURCE: Source = navWithholding();
export const EXTRA_SOURCE: Source[] = [
	{ title: 'Skatteetaten: Frivillig skattetrekk' },
	{ ...navWithholding('trekkes også i juni og desember'), docs: 'docs/nav-payments.md §1, §4' }
];

export interface Rate {
	value: number;
	source: Cited;
}

/**
 * The no-card rate for a benefit in a year: barnepensjon its fixed rate; pension-type benefits
 * (alderspensjon, AFP, gjenlevende, tidligere familiepleier: NAV's "pensjon") the pension rate
 * (30 %); everything else the benefit rate (50 %).
 */
export function noCardRate(benefit: Benefit, income: 'wage' | 'pension', year: number): Rate {
	const nav = getYearRules(year).nav;
	if (benefit === 'barnepensjon')
		return { value: nav.barnepensjon.value.ratePct, source: nav.barnepensjon.source };
	const r = income === 'pension' ? nav.noCardPensionPct : nav.noCardPct;
	return { value: r.value, source: r.source };
}

/** Barnepensjon's fixed rate on every payment whatever the card, or undefined for the year. */
export function barnepensjonFixedRate(year: number): Rate | undefined {
	const b = getYearRules(year).nav.barnepensjon;
	return b.value.everyCard ? { value: b.value.ratePct, source: b.source } : undefined;
}

export function kildeskattRate(year: number): Rate {
	const k = getYearRules(year).nav.kildeskattPct;
	return { value: k.value, source: k.source };
}

export function frikortAboveRate(year: number): Rate {
	const f = getYearRules(year).nav.frikortAbovePct;
	return { value: f.value, source: f.source };
}

/** NAV's Svalbard card: pension at the pension rate; wage-type benefits and uføretrygd the other. */
export function svalbardRate(year: number, income: 'wage' | 'pension'): Rate {
	const s = getYearRules(year).nav.svalbard;
	return { value: income === 'pension' ? s.value.pensionPct : s.value.wagePct, source: s.source };
}

/**
 * Kildeskatt applies only to pension and uføretrygd (docs/nav-payments.md §1): NAV's wage-type
 * benefits (sykepenger, dagpenger, foreldrepenger, …) cannot be in the scheme.
 */
export function kildeskattAllowed(benefit: Benefit, income: 'wage' | 'pension'): boolean {
	return income === 'pension' || benefit === 'uforetrygd';
}

/**
 * Overgangsstønad below 50 % (below this many kroner a month before tax) is withheld by the
 * card's percentage, not its table (docs/nav-payments.md §1). Full overgangsstønad is 2.25 G a year, so
 * half is 2.25 G / 24 a month; NAV's published 11 121 kr is that with the 2023 G. Interpretation:
 * the limit follows the G in force on the first day of the month paid for. `value` is exact
 * (compare with it); `valueKr` is to the øre, half up (for showing). Undefined when that month's
 * G is not in our sources.
 */
export function overgangsstonadHalfLimit(
	year: number,
	month: number
): { value: Decimal; valueKr: number; g: number; source: Cited } | undefined {
	const rule = getYearRules(year).nav.overgangsstonadHalf;
	const g = grunnbelopOn(`${year}-${String(month).padStart(2, '0')}-01`);
	if (!g) return undefined;
	const value = new Decimal(g.value).times(rule.value.gMultiple).dividedBy(rule.value.months);
	return {
		value,
		valueKr: value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
		g: g.value,
		source: citeAll(rule.source, g.source)
	};
}
