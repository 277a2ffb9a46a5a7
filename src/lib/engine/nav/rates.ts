import type { Cited } from '../rules/source';
import {
	BACK_PAYMENT,
	FRIKORT,
	KILDESKATT,
	navWithholding,
	OVERGANGSSTONAD_HALF,
	svalbard
} from '../rules/sources';
import type { NavRates } from '../rules/types';

/**
 * NAV's own rates that do not change with the income year (docs/nav-payments.md §1, §6), each
 * written once as a dated value, as the G is in grunnbelop.ts: the value, the date it applies
 * from, and its source. A year's rate is the one in force on 1 January of that year
 * (`navRatesOf`), so a year module carries only what is its own (the Svalbard wage rate).
 *
 * `from` is the first day our sources give the rate for: 1 January 2023, the first income year
 * covered, unless the rate changed later. A change is a new entry with its own date and source,
 * never an edit of an old one.
 */
export interface DatedRate<T> {
	/** In force from this date (ISO), until the next entry's. */
	from: string;
	value: T;
	source: Cited;
}

/** The first day of the first income year the engine covers. */
const FIRST = '2023-01-01';

/** No tax card: percent of every payment (nav.no, skattetrekk uten skattekort). */
export const NO_CARD_PCT: readonly DatedRate<number>[] = [
	{ from: FIRST, value: 50, source: navWithholding('uten skattekort: 50 %') }
];

/** No tax card, pension from NAV: percent until a pension card arrives (nav.no). */
export const NO_CARD_PENSION_PCT: readonly DatedRate<number>[] = [
	{ from: FIRST, value: 30, source: navWithholding('pensjon uten skattekort: 30 %') }
];

/**
 * Barnepensjon: 17 % without a tax card; from 1 January 2025 17 % whatever card the child has
 * (skatteetaten.no and nav.no).
 */
export const BARNEPENSJON: readonly DatedRate<{ ratePct: number; everyCard: boolean }>[] = [
	{
		from: FIRST,
		value: { ratePct: 17, everyCard: false },
		source: navWithholding('barnepensjon uten skattekort, 17 %')
	},
	{
		from: '2025-01-01',
		value: { ratePct: 17, everyCard: true },
		source: [
			navWithholding('barnepensjon'),
			{ title: 'skatteetaten.no', note: '«fra 1. januar 2025 trekker utbetaler 17 prosent»' }
		]
	}
];

/** Frikort with an amount limit: 50 % of what is paid above it (Skatteetaten: Frikort). */
export const FRIKORT_ABOVE_PCT: readonly DatedRate<number>[] = [
	{ from: FIRST, value: 50, source: FRIKORT }
];

/**
 * Kildeskatt on pension and uføretrygd for those not resident in Norway: 15 % of every payment
 * (Skatteetaten: Kildeskatt på pensjon og uføretrygd; nav.no).
 */
export const KILDESKATT_PCT: readonly DatedRate<number>[] = [
	{ from: FIRST, value: 15, source: KILDESKATT }
];

/**
 * NAV's Svalbard card for pension: 13.1 % (navikt/sokos-skattekort, Syntetisering.kt, the same
 * for every income year from 2023). The wage rate changes with the year and stays in the year
 * module; both are cited to that year's rates in NAV's code.
 */
export const SVALBARD_PENSION_PCT: readonly DatedRate<number>[] = [
	{ from: FIRST, value: 13.1, source: svalbard(2023) }
];

/**
 * Back payments for earlier years, NAV's flat rates (Skatteetaten: Skatt på etterbetalinger av
 * pensjon og ytelser fra NAV, «tidligere år»).
 */
export const BACK_PAYMENT_PCT: readonly DatedRate<NavRates['backPayment']['value']>[] = [
	{
		from: FIRST,
		value: {
			wagePct: 44,
			wageFinnmarkPct: 40,
			pensionPct: 32,
			pensionFinnmarkPct: 28,
			kildeskattPct: 15,
			svalbardWagePct: 16.2,
			svalbardPensionPct: 13.1
		},
		source: BACK_PAYMENT
	}
];

/**
 * Overgangsstønad below 50 %: withheld by the card's percentage up to 2.25 G / 24 a month
 * (nav.no 2023; folketrygdloven § 15-9).
 */
export const OVERGANGSSTONAD_HALF_LIMIT: readonly DatedRate<{
	gMultiple: number;
	months: number;
}>[] = [{ from: FIRST, value: { gMultiple: 2.25, months: 24 }, source: OVERGANGSSTONAD_HALF }];

/** The entry in force on a date (ISO); the first entry before it (no rate is older than FIRST). */
export function rateOn<T>(rates: readonly DatedRate<T>[], iso: string): DatedRate<T> {
	let hit = rates[0]!;
	for (const r of rates) if (r.from <= iso) hit = r;
	return hit;
}

/** The rates a year reads as they are, by their name in `NavRates`. */
const BY_NAME = {
	noCardPct: NO_CARD_PCT,
	noCardPensionPct: NO_CARD_PENSION_PCT,
	barnepensjon: BARNEPENSJON,
	frikortAbovePct: FRIKORT_ABOVE_PCT,
	kildeskattPct: KILDESKATT_PCT,
	backPayment: BACK_PAYMENT_PCT,
	overgangsstonadHalf: OVERGANGSSTONAD_HALF_LIMIT
} satisfies {
	[K in Exclude<keyof NavRates, 'svalbard'>]: readonly DatedRate<NavRates[K]['value']>[];
};

/**
 * NAV's rates for an income year: every dated rate as in force on 1 January (each a new object,
 * so no two years share one), and the year's own Svalbard wage rate (with its source, NAV's code
 * for that year).
 */
export function navRatesOf(year: number, own: { svalbardWagePct: number }): NavRates {
	const on = `${year}-01-01`;
	const dated = Object.fromEntries(
		Object.entries(BY_NAME).map(([name, rates]) => {
			const { value, source } = rateOn<unknown>(rates, on);
			return [name, { value, source }];
		})
	) as Omit<NavRates, 'svalbard'>;
	return {
		...dated,
		svalbard: {
			value: { wagePct: own.svalbardWagePct, pensionPct: rateOn(SVALBARD_PENSION_PCT, on).value },
			source: svalbard(year)
		}
	};
}
