import type { Benefit } from './benefits';

/**
 * Flat rates NAV uses without a table card. Source: nav.no "Skattetrekk på utbetalinger fra
 * NAV" and skatteetaten.no on kildeskatt and Svalbard (nav-payments.md §1).
 */
export const RATES = {
	/** No tax card: 50 % (pension from NAV: 30 % until a pension card arrives; barnepensjon 17 %). */
	noCard: { value: 50, source: 'nav.no: Skattetrekk på utbetalinger fra NAV (uten skattekort)' },
	noCardPension: {
		value: 30,
		source: 'nav.no: Skattetrekk på utbetalinger fra NAV (pensjon uten skattekort)'
	},
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
	/** Svalbard: wage-type benefits and uføretrygd / pension. */
	svalbardWage: { value: 15.7, source: 'NAV: Svalbard-skattekort (15,70 %)' },
	svalbardPension: { value: 13, source: 'NAV: Svalbard-skattekort (13,00 %)' }
} as const;

export function noCardRate(
	benefit: Benefit,
	income: 'wage' | 'pension'
): { value: number; source: string } {
	if (benefit === 'barnepensjon') return RATES.noCardBarnepensjon;
	if (income === 'pension') return RATES.noCardPension;
	return RATES.noCard;
}
