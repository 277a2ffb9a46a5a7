import type { Benefit } from './benefits';

/**
 * Flat rates NAV uses without a table card, each with its source (nav-payments.md §1):
 * nav.no "Skattetrekk på utbetalinger fra NAV" (no tax card, frikort, barnepensjon, Svalbard) and
 * skatteetaten.no on frikort, kildeskatt and frivillig skattetrekk.
 */
export const CARD_SOURCE = 'nav.no: Skattetrekk på utbetalinger fra NAV (nav-payments.md §1)';
export const EXTRA_SOURCE =
	'skatteetaten.no: Frivillig skattetrekk; nav.no: trekkes også i juni og desember (nav-payments.md §1, §4)';

export const RATES = {
	/** No tax card: 50 % on benefits. */
	noCard: { value: 50, source: 'nav.no: Skattetrekk på utbetalinger fra NAV (uten skattekort)' },
	/** No tax card, pension from NAV: 30 % until a pension card arrives. */
	noCardPension: {
		value: 30,
		source: 'nav.no: Skattetrekk på utbetalinger fra NAV (pensjon uten skattekort)'
	},
	/** Barnepensjon: a fixed 17 % without a tax card. */
	noCardBarnepensjon: {
		value: 17,
		source: 'nav.no: Skattetrekk på utbetalinger fra NAV (barnepensjon)'
	},
	/** Frikort with an amount limit: 50 % of what is paid above the limit. */
	frikortAbove: {
		value: 50,
		source: 'skatteetaten.no: Frikort (trekk når frikortbeløpet er brukt opp)'
	},
	/** Not resident in Norway (pension and uføretrygd): kildeskatt. */
	kildeskatt: { value: 15, source: 'skatteetaten.no: Kildeskatt på pensjon og uføretrygd' },
	/** Svalbard: benefits taxed as wages and uføretrygd. */
	svalbardWage: { value: 15.7, source: 'nav.no: Svalbard-skattekort (15,70 %)' },
	/** Svalbard: pension. */
	svalbardPension: { value: 13, source: 'nav.no: Svalbard-skattekort (13,00 %)' }
} as const;

/**
 * Overgangsstønad below 50 % (under this many kroner a month before tax) is withheld by the
 * card's percentage, not its table (nav-payments.md §1). The figure is NAV's as published.
 */
export const OVERGANGSSTONAD_HALF_LIMIT = {
	value: 11_121,
	source: 'nav.no: Skattetrekk på utbetalinger fra NAV (overgangsstønad under 50 %: prosenttrekk)'
} as const;

/**
 * The no-card rate for a benefit: barnepensjon 17 %; pension-type benefits (alderspensjon, AFP,
 * gjenlevende, tidligere familiepleier: NAV's "pensjon") 30 %; everything else 50 %.
 */
export function noCardRate(
	benefit: Benefit,
	income: 'wage' | 'pension'
): { value: number; source: string } {
	if (benefit === 'barnepensjon') return RATES.noCardBarnepensjon;
	if (income === 'pension') return RATES.noCardPension;
	return RATES.noCard;
}
