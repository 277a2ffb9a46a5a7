import { backPaymentRate } from '../nav/backPayment';
import { BENEFITS, type Benefit } from '../nav/benefits';
import {
	frikortAboveRate,
	kildeskattAllowed,
	kildeskattRate,
	noCardRate,
	svalbardRate
} from '../nav/cards';
import type { Cited } from '../rules/source';
import type { FlatWhy } from './types';

/**
 * NAV's flat rates (docs/nav-payments.md §1, §6): every flat rate the explanation tries is read
 * here and only here, so that the rates can move into the year's rule data without touching the
 * search.
 */

export interface FlatRate {
	why: Exclude<FlatWhy, 'percentCard'>;
	percent: number;
	source: Cited;
	interpretation: boolean;
}

export interface NavFlatRates {
	/** The flat rates NAV could have withheld this benefit at in this year, most common first. */
	candidates: FlatRate[];
	/** Frikort used up: this percentage of what is paid above the limit. */
	frikortAbove: { percent: number; source: Cited };
}

/** Every NAV flat rate the search uses, for one benefit and year (the one place they are read). */
export function navFlatRates(year: number, benefit: Benefit): NavFlatRates {
	const income = BENEFITS[benefit].income;
	const out: FlatRate[] = [];
	const none = noCardRate(benefit, income, year);
	out.push({
		why:
			benefit === 'barnepensjon'
				? 'barnepensjon'
				: income === 'pension'
					? 'noCardPension'
					: 'noCard',
		percent: none.value,
		source: none.source,
		interpretation: false
	});
	const back = backPaymentRate(benefit, year);
	out.push({
		why: 'backPayment',
		percent: back.ordinaryPct,
		source: back.source,
		interpretation: false
	});
	out.push({
		why: 'backPaymentFinnmark',
		percent: back.finnmarkPct,
		source: back.source,
		interpretation: false
	});
	// Kildeskatt only on pension and uføretrygd (docs/nav-payments.md §1).
	if (kildeskattAllowed(benefit, income)) {
		const k = kildeskattRate(year);
		out.push({ why: 'kildeskatt', percent: k.value, source: k.source, interpretation: false });
	}
	const sv = svalbardRate(year, benefit === 'uforetrygd' ? 'wage' : income);
	out.push({ why: 'svalbard', percent: sv.value, source: sv.source, interpretation: false });
	const frikort = frikortAboveRate(year);
	return {
		candidates: out,
		frikortAbove: { percent: frikort.value, source: frikort.source }
	};
}
