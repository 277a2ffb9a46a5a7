import type { Benefit } from './benefits';
import { RATES } from './cards';

/**
 * The flat rates NAV withholds on a back payment for earlier years (ufore-etterbetaling.md §4,
 * from Skatteetaten's page "Skatt på etterbetalinger av pensjon og trygdeytelser" and NAV's pages
 * on etterbetaling). Finnmark means Finnmark and Nord-Troms (tiltakssonen).
 */
export interface BackPaymentRate {
	kind: 'uforetrygd' | 'wage' | 'pension' | 'kildeskatt';
	ordinaryPct: number;
	finnmarkPct: number;
	source: string;
	/** True where the spec marks the rate as an interpretation. */
	interpretation: boolean;
}

export const BACK_PAYMENT_RATES = {
	uforetrygd: {
		kind: 'uforetrygd',
		ordinaryPct: 44,
		finnmarkPct: 40,
		source:
			'skatteetaten.no/nav.no: etterbetaling av uføretrygd for tidligere år, 44 % (40 % i tiltakssonen)',
		interpretation: false
	},
	// Interpretation (§4): AAP, dagpenger, sykepenger and other benefits taxed as wages are withheld
	// like uføretrygd; in January 2024 NAV applied this rate to ordinary AAP and dagpenger by mistake.
	wage: {
		kind: 'wage',
		ordinaryPct: 44,
		finnmarkPct: 40,
		source:
			'ufore-etterbetaling.md §4: other benefits taxed as wages like uføretrygd (interpretation)',
		interpretation: true
	},
	pension: {
		kind: 'pension',
		ordinaryPct: 32,
		finnmarkPct: 28,
		source:
			'skatteetaten.no/nav.no: etterbetaling av pensjon og supplerende stønad for tidligere år, 32 % (28 % i tiltakssonen)',
		interpretation: false
	},
	kildeskatt: {
		kind: 'kildeskatt',
		ordinaryPct: RATES.kildeskatt.value,
		finnmarkPct: RATES.kildeskatt.value,
		source: RATES.kildeskatt.source,
		interpretation: false
	}
} as const satisfies Record<string, BackPaymentRate>;

/**
 * The flat back-payment rate for a benefit: kildeskatt for people abroad; 44 % on uføretrygd;
 * 32 % on pension-type benefits and supplerende stønad; 44 % on other wage-type benefits.
 */
export function backPaymentRate(
	benefit: Benefit,
	income: 'wage' | 'pension',
	kildeskatt: boolean
): BackPaymentRate {
	if (kildeskatt) return BACK_PAYMENT_RATES.kildeskatt;
	if (benefit === 'uforetrygd') return BACK_PAYMENT_RATES.uforetrygd;
	if (income === 'pension' || benefit === 'supplerende-stonad') return BACK_PAYMENT_RATES.pension;
	return BACK_PAYMENT_RATES.wage;
}
