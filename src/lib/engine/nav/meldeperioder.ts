import type { Source } from '../rules/source';
import { isoWeek, isoWeekday } from '../calendar';

/**
 * Trekkfri meldeperioder for AAP (June: the first two; December: the first) and dagpenger
 * (December: the first), docs/nav-payments.md §4–§5.
 *
 * A meldeperiode is 14 days, Monday to Sunday two weeks later, aligned on ISO weeks; the person
 * reports every second week (odd or even ISO weeks). NAV names the trekkfri meldeperioder by
 * their ISO week numbers, and the numbers change from year to year, so they are dated data here,
 * never code. Years without published numbers use the interpretation (§5): the meldeperiode(s)
 * paid first in that month.
 */
export type Reporting = 'odd' | 'even';

/** A meldeperiode named by its two ISO weeks, e.g. [47, 48]. */
export type WeekPair = readonly [number, number];

export interface MeldeperiodeWeeks {
	june: Record<Reporting, readonly WeekPair[]>;
	december: Record<Reporting, readonly WeekPair[]>;
	source: Source;
}

export const MELDEPERIODE_WEEKS: Readonly<Record<number, MeldeperiodeWeeks>> = {
	2023: {
		// "I juni er de to første periodene trekkfrie, det vil si uke 21-22 og 23-24 eller uke
		// 22-23 og 24-25. I desember er den første utbetalingen trekkfri, det vil si enten uke
		// 47-48, eller uke 48-49."
		june: {
			odd: [
				[21, 22],
				[23, 24]
			],
			even: [
				[22, 23],
				[24, 25]
			]
		},
		december: { odd: [[47, 48]], even: [[48, 49]] },
		source: {
			title:
				'nav.no: Utbetalingsdatoer, feriepenger og skattetrekk – Arbeidsavklaringspenger (AAP)',
			section: '2023',
			docs: 'docs/nav-payments.md §5'
		}
	}
};

/** How many meldeperioder are trekkfri in the month (§4). */
export const TREKKFRI_COUNT = { 6: 2, 12: 1 } as const;

/**
 * The ISO weeks of a payment period when it is exactly one meldeperiode (Monday to Sunday,
 * 14 days), otherwise undefined.
 */
export function meldeperiodeWeeks(from: number, to: number): WeekPair | undefined {
	if (to - from !== 13 || isoWeekday(from) !== 1) return undefined;
	return [isoWeek(from), isoWeek(to)];
}

/**
 * Whether a period is one of the meldeperioder NAV lists as trekkfri for the year and month.
 * `reporting` narrows to odd or even reporting weeks; without it, both lists are searched (a
 * meldeperiode's own first week tells its parity, and the two lists never share a period).
 * Undefined when no week numbers are published for the year: use the fallback.
 */
export function isListedTrekkfri(
	year: number,
	month: 6 | 12,
	from: number,
	to: number,
	reporting?: Reporting
): boolean | undefined {
	const data = MELDEPERIODE_WEEKS[year];
	if (!data) return undefined;
	const weeks = meldeperiodeWeeks(from, to);
	if (!weeks) return false;
	const byParity = month === 6 ? data.june : data.december;
	const lists = reporting ? [byParity[reporting]] : [byParity.odd, byParity.even];
	return lists.some((list) => list.some(([a, b]) => a === weeks[0] && b === weeks[1]));
}
