/**
 * Grunnbeløpet (G), in force from 1 May each year. Source: NAV, "Grunnbeløpet i folketrygden"
 * (ufore-etterbetaling.md §3). The G from 1 May 2026 is not in our sources: the caller must give it.
 */
export const GRUNNBELOP: ReadonlyArray<{ from: string; value: number; source: string }> = [
	{ from: '2021-05-01', value: 106_399, source: 'NAV: grunnbeløpet 2021' },
	{ from: '2022-05-01', value: 111_477, source: 'NAV: grunnbeløpet 2022' },
	{ from: '2023-05-01', value: 118_620, source: 'NAV: grunnbeløpet 2023' },
	{ from: '2024-05-01', value: 124_028, source: 'NAV: grunnbeløpet 2024' },
	{ from: '2025-05-01', value: 130_160, source: 'NAV: grunnbeløpet 2025' }
];

/** The last date whose G is known: the day before the next 1 May after the last entry. */
export const G_KNOWN_UNTIL = '2026-04-30';

/** The G in force on a date, or undefined when our sources do not have it. */
export function grunnbelopOn(
	iso: string
): { value: number; from: string; source: string } | undefined {
	if (iso > G_KNOWN_UNTIL) return undefined;
	let hit: (typeof GRUNNBELOP)[number] | undefined;
	for (const g of GRUNNBELOP) if (g.from <= iso) hit = g;
	return hit;
}
