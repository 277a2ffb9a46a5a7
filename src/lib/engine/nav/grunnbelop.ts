import type { Source } from '../rules/source';

/**
 * Grunnbeløpet (G), in force from 1 May each year. Source: NAV, "Grunnbeløpet i folketrygden"
 * (docs/annual-and-back-payments.md §3); the G from 1 May 2026: navikt/helse-spleis `Grunnbeløp.kt`,
 * "vedtatt i statsråd fredag 22. mai 2026" (also navikt/g). The G from 1 May 2027 is not in our
 * sources: for a date after G_KNOWN_UNTIL the caller must give it.
 */
/** NAV's yearly figure, explained in docs/annual-and-back-payments.md §3. */
function g(year: number): Source {
	return { title: `NAV: grunnbeløpet ${year}`, docs: 'docs/annual-and-back-payments.md §3' };
}

export const GRUNNBELOP: ReadonlyArray<{ from: string; value: number; source: Source }> = [
	{ from: '2021-05-01', value: 106_399, source: g(2021) },
	{ from: '2022-05-01', value: 111_477, source: g(2022) },
	{ from: '2023-05-01', value: 118_620, source: g(2023) },
	{ from: '2024-05-01', value: 124_028, source: g(2024) },
	{ from: '2025-05-01', value: 130_160, source: g(2025) },
	{
		from: '2026-05-01',
		value: 136_549,
		source: {
			...g(2026),
			note: 'navikt/helse-spleis Grunnbeløp.kt: vedtatt i statsråd 22. mai 2026',
			url: 'https://github.com/navikt/helse-spleis'
		}
	}
];

/** The last date whose G is known: the day before the next 1 May after the last entry. */
export const G_KNOWN_UNTIL = '2027-04-30';

/** The G in force on a date, or undefined when our sources do not have it. */
export function grunnbelopOn(
	iso: string
): { value: number; from: string; source: Source } | undefined {
	if (iso > G_KNOWN_UNTIL) return undefined;
	let hit: (typeof GRUNNBELOP)[number] | undefined;
	for (const g of GRUNNBELOP) if (g.from <= iso) hit = g;
	return hit;
}
