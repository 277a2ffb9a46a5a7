import type { Source } from '../rules/source';

/**
 * Grunnbeløpet (G) with its two dates (docs/annual-and-back-payments.md §3):
 *
 * - `from`: the G is in force from 1 May each year (its virkningstidspunkt). This is the G of the
 *   6 G cap on sykepenger: the G in force on the first day of absence (skjæringstidspunkt), kept
 *   for the whole absence.
 * - `minsteinntektFrom`: the date from which the new G applies to the minimum-income requirements
 *   (½ G for sykepenger, folketrygdloven § 8-3). Forskrift om grunnbeløp 2021-05-21-1568 § 6 lets
 *   that date lie after 1 May; until it, the requirement uses the previous G. NAV's own data give
 *   it per year: navikt/g `grunnbeløp.json` (`virkningstidspunktForMinsteinntekt`) and
 *   navikt/helse-spleis `Grunnbeløp.kt` (`gyldigSomMinsteinntektKrav`). The two agree on every
 *   year but 2023, where navikt/g says 26 May and helse-spleis, the sykepenger system, 29 May: we
 *   follow helse-spleis.
 *
 * The entry for 2020 is there only as the minimum-income G of May 2021; the G of the cap is known
 * from G_KNOWN_FROM. The G from 1 May 2027 is not in our sources: for a date after G_KNOWN_UNTIL
 * the caller must give it.
 */
const NAVIKT_G: Source = {
	title: 'navikt/g: grunnbeløp.json',
	section: 'dato, grunnbeløp, virkningstidspunktForMinsteinntekt',
	url: 'https://github.com/navikt/g',
	docs: 'docs/annual-and-back-payments.md §3'
};
const SPLEIS_G: Source = {
	title: 'navikt/helse-spleis: Grunnbeløp.kt',
	section: 'gyldigFra, gyldigSomMinsteinntektKrav',
	url: 'https://github.com/navikt/helse-spleis',
	docs: 'docs/annual-and-back-payments.md §3'
};
const FORSKRIFT: Source = {
	title: 'Forskrift om grunnbeløp og minsteinntekt (FOR-2021-05-21-1568)',
	section: '§ 6',
	url: 'https://lovdata.no/forskrift/2021-05-21-1568/§6'
};

/** NAV's yearly figure, with both dates, explained in docs/annual-and-back-payments.md §3. */
function g(year: number, note?: string): readonly Source[] {
	return [
		{
			title: `NAV: grunnbeløpet ${year}`,
			docs: 'docs/annual-and-back-payments.md §3',
			...(note ? { note } : {})
		},
		SPLEIS_G,
		NAVIKT_G
	];
}

export interface GrunnbelopEntry {
	/** In force from (virkningstidspunkt): the G of the 6 G cap on a first day of absence. */
	from: string;
	value: number;
	/** From this date the G applies to the minimum-income requirement (½ G). */
	minsteinntektFrom: string;
	source: readonly Source[];
}

export const GRUNNBELOP: readonly GrunnbelopEntry[] = [
	{
		from: '2020-05-01',
		value: 101_351,
		minsteinntektFrom: '2020-09-21',
		source: g(2020, 'vedtatt etter 1. mai; brukt her bare som minsteinntekt i mai 2021')
	},
	{ from: '2021-05-01', value: 106_399, minsteinntektFrom: '2021-05-24', source: g(2021) },
	{ from: '2022-05-01', value: 111_477, minsteinntektFrom: '2022-05-23', source: g(2022) },
	{
		from: '2023-05-01',
		value: 118_620,
		minsteinntektFrom: '2023-05-29',
		source: g(2023, 'minsteinntekt fra 29. mai (helse-spleis); navikt/g sier 26. mai')
	},
	{ from: '2024-05-01', value: 124_028, minsteinntektFrom: '2024-06-03', source: g(2024) },
	{ from: '2025-05-01', value: 130_160, minsteinntektFrom: '2025-06-02', source: g(2025) },
	{
		from: '2026-05-01',
		value: 136_549,
		minsteinntektFrom: '2026-06-01',
		source: g(2026, 'vedtatt i statsråd 22. mai 2026 (helse-spleis Grunnbeløp.kt)')
	}
];

/** The source of the rule that the minimum-income G may change later than 1 May. */
export const MINSTEINNTEKT_SOURCE: readonly Source[] = [FORSKRIFT, SPLEIS_G, NAVIKT_G];

/** The first date whose G (for the cap) our sources have. */
export const G_KNOWN_FROM = '2021-05-01';
/** The last date whose G is known: the day before the next 1 May after the last entry. */
export const G_KNOWN_UNTIL = '2027-04-30';

/** The G in force on a date (the G of the 6 G cap), or undefined when our sources lack it. */
export function grunnbelopOn(iso: string): GrunnbelopEntry | undefined {
	if (iso < G_KNOWN_FROM || iso > G_KNOWN_UNTIL) return undefined;
	let hit: GrunnbelopEntry | undefined;
	for (const e of GRUNNBELOP) if (e.from <= iso) hit = e;
	return hit;
}

/**
 * The G the minimum-income requirement uses on a date: the latest entry whose
 * `minsteinntektFrom` is on or before it (from 1 May to that date, last year's G). Undefined
 * outside the dates grunnbelopOn knows.
 */
export function minsteinntektGrunnbelopOn(iso: string): GrunnbelopEntry | undefined {
	if (iso < G_KNOWN_FROM || iso > G_KNOWN_UNTIL) return undefined;
	let hit: GrunnbelopEntry | undefined;
	for (const e of GRUNNBELOP) if (e.minsteinntektFrom <= iso) hit = e;
	return hit;
}
