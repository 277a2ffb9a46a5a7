import { getYearRules } from '../rules';
import type { Cited } from '../rules/source';
import { BENEFITS, type Benefit } from './benefits';

/**
 * The flat rates NAV withholds on a back payment for earlier years (docs/annual-and-back-payments.md §4,
 * Skatteetaten's page "Skatt på etterbetalinger av pensjon og ytelser fra NAV"), read from the
 * payout year's own rules (rules/<year>.ts, `nav.backPayment`). Finnmark means Finnmark and
 * Nord-Troms (tiltakssonen). Back payments for earlier months of the payout year are withheld at
 * the tax card's percentage instead (docs/nav-payments.md §6).
 */
export interface BackPaymentRate {
	kind: 'wage' | 'pension' | 'kildeskatt' | 'svalbard';
	ordinaryPct: number;
	finnmarkPct: number;
	source: Cited;
}

/** Every back-payment rate of a payout year, by kind. */
export function backPaymentRates(year: number): Record<BackPaymentRate['kind'], BackPaymentRate> {
	const { value: r, source } = getYearRules(year).nav.backPayment;
	return {
		wage: { kind: 'wage', ordinaryPct: r.wagePct, finnmarkPct: r.wageFinnmarkPct, source },
		pension: {
			kind: 'pension',
			ordinaryPct: r.pensionPct,
			finnmarkPct: r.pensionFinnmarkPct,
			source
		},
		kildeskatt: {
			kind: 'kildeskatt',
			ordinaryPct: r.kildeskattPct,
			finnmarkPct: r.kildeskattPct,
			source
		},
		svalbard: {
			kind: 'svalbard',
			ordinaryPct: r.svalbardWagePct,
			finnmarkPct: r.svalbardWagePct,
			source
		}
	};
}

/**
 * The flat back-payment rate for a benefit paid in `year`: kildeskatt for people abroad; the
 * Svalbard rates on NAV's Svalbard card (pension, or uføretrygd and wage-type benefits); 32 % on
 * pension-type benefits and supplerende stønad; 44 % on uføretrygd and the other benefits that
 * replace wages (AAP, dagpenger, sykepenger, …: the page's own examples).
 */
export function backPaymentRate(
	benefit: Benefit,
	year: number,
	card: 'kildeskatt' | 'svalbard' | 'other' = 'other'
): BackPaymentRate {
	const rates = backPaymentRates(year);
	const pension = BENEFITS[benefit].income === 'pension' || benefit === 'supplerende-stonad';
	if (card === 'kildeskatt') return rates.kildeskatt;
	if (card === 'svalbard') {
		if (!pension) return rates.svalbard;
		const { value: r, source } = getYearRules(year).nav.backPayment;
		return {
			kind: 'svalbard',
			ordinaryPct: r.svalbardPensionPct,
			finnmarkPct: r.svalbardPensionPct,
			source
		};
	}
	return pension ? rates.pension : rates.wage;
}
