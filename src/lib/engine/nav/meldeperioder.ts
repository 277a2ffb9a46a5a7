/**
 * Trekkfri meldeperioder for AAP (June and December) and dagpenger (December), as dated data:
 * NAV publishes the ISO week numbers per year (nav-payments.md §5; the 2023 page). A meldeperiode
 * is named by its two ISO weeks. Years without published weeks use the interpretation: the
 * meldeperiode(s) paid first in that month.
 */
export type Reporting = 'odd' | 'even';

export interface MeldeperiodeWeeks {
	june: Record<Reporting, Array<[number, number]>>;
	december: Record<Reporting, Array<[number, number]>>;
	source: string;
}

export const MELDEPERIODE_WEEKS: Record<number, MeldeperiodeWeeks> = {
	2023: {
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
		source: 'nav.no: Skattetrekk på utbetalinger fra NAV (2023)'
	}
};
