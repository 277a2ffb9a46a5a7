// Entry point (first screens import it directly): the benefits NAV pays and each one's rules.
/**
 * NAV benefits: how each is taxed and what June and December do to its table withholding.
 * Source: nav.no "Skattetrekk på utbetalinger fra NAV" (restated in docs/nav-payments.md §4)
 * and, for the income type, Skatte-ABC (uføretrygd and benefits are taxed as wages; pensions as
 * pension income; docs/annual-and-back-payments.md §2).
 * The source object the results cite is in benefitSource.ts.
 */

export const BENEFIT_IDS = [
	'alderspensjon',
	'afp',
	'aap',
	'dagpenger',
	'foreldrepenger',
	'svangerskapspenger',
	'introduksjonsstonad',
	'kvalifiseringsstonad',
	'overgangsstonad',
	'pleiepenger',
	'opplaeringspenger',
	'omsorgspenger',
	'supplerende-stonad',
	'sykepenger',
	'uforetrygd',
	'ventelonn',
	'gjenlevende',
	'tidligere-familiepleier',
	'barnepensjon',
	'omstillingsstonad'
] as const;
export type Benefit = (typeof BENEFIT_IDS)[number];

/**
 * The rule one payment was withheld under in the month it was paid (docs/nav-payments.md §4):
 * the ordinary table, trekkfri, or half the table's figure.
 */
export type MonthRule = 'ordinary' | 'trekkfri' | 'half';
/**
 * A benefit's rule for June or December as NAV states it, before any payment: a `MonthRule`, or
 * 'meldeperioder': the first meldeperiode(s) paid in the month are trekkfri (§5), so each payment
 * gets 'trekkfri' or 'ordinary'.
 */
export type SpecialMonthRule = MonthRule | 'meldeperioder';
/**
 * What the payments paid in a month (or a whole result) were withheld under, as one figure: their
 * `MonthRule` when they share one, 'mixed' when they differ, null when nothing was paid.
 */
export type MonthRuleSummary = MonthRule | 'mixed' | null;

/** Pension-type benefits that give the pension credit (skatteloven § 16-1; Skatte-ABC S-13). */
export const PENSION_CREDIT_BENEFITS: ReadonlySet<Benefit> = new Set<Benefit>([
	'alderspensjon',
	'afp',
	'supplerende-stonad'
]);

export interface BenefitRules {
	/** Wage-type personinntekt (wage minstefradrag, wage trygdeavgift) or pension-type. */
	income: 'wage' | 'pension';
	june: SpecialMonthRule;
	december: SpecialMonthRule;
	/** True where only the December rule is an interpretation (omstillingsstønad, §4). */
	decemberInterpreted?: boolean;
	/** True where a source disagrees with the December rule followed (supplerende stønad, §4). */
	decemberDisputed?: boolean;
}

export const BENEFITS: Record<Benefit, BenefitRules> = {
	alderspensjon: { income: 'pension', june: 'ordinary', december: 'trekkfri' },
	afp: { income: 'pension', june: 'ordinary', december: 'trekkfri' },
	aap: { income: 'wage', june: 'meldeperioder', december: 'meldeperioder' },
	dagpenger: { income: 'wage', june: 'ordinary', december: 'meldeperioder' },
	foreldrepenger: { income: 'wage', june: 'ordinary', december: 'half' },
	svangerskapspenger: { income: 'wage', june: 'ordinary', december: 'half' },
	introduksjonsstonad: { income: 'wage', june: 'ordinary', december: 'trekkfri' },
	kvalifiseringsstonad: { income: 'wage', june: 'trekkfri', december: 'half' },
	overgangsstonad: { income: 'wage', june: 'trekkfri', december: 'half' },
	pleiepenger: { income: 'wage', june: 'ordinary', december: 'half' },
	opplaeringspenger: { income: 'wage', june: 'ordinary', december: 'half' },
	omsorgspenger: { income: 'wage', june: 'ordinary', december: 'half' },
	// Supplerende stønad (over 67, short residence) is taxed as pension: NAV groups it with pension
	// (back-payment rate 32 %, docs/annual-and-back-payments.md §4), with the pension trygdeavgift rate.
	// December trekkfri: skattebetalingsloven § 5-7 first paragraph b names supplerende stønad among
	// the incomes withheld over 11 months, and NAV's June/December table says trekkfri. One NAV page
	// of 2023 says half; the result follows the law and names that page (§4, `decemberDisputed`).
	'supplerende-stonad': {
		income: 'pension',
		june: 'ordinary',
		december: 'trekkfri',
		decemberDisputed: true
	},
	// December half only on sykepenger for December paid in December (handled in payments/juneDecember.ts).
	sykepenger: { income: 'wage', june: 'ordinary', december: 'half' },
	uforetrygd: { income: 'wage', june: 'trekkfri', december: 'half' },
	ventelonn: { income: 'wage', june: 'trekkfri', december: 'half' },
	// June trekkfri when combined with uføretrygd (handled in payments/juneDecember.ts).
	gjenlevende: { income: 'pension', june: 'ordinary', december: 'trekkfri' },
	'tidligere-familiepleier': { income: 'pension', june: 'ordinary', december: 'trekkfri' },
	// Not in NAV's June/December table: a fixed rate of every payment whatever the card, June and
	// December too (rules/<year>.ts, nav.barnepensjon; from 2025, the years with table routines).
	barnepensjon: { income: 'pension', june: 'ordinary', december: 'ordinary' },
	// Replaces survivors' benefits for new cases from 2024; taxed as wages. June trekkfri (NAV, as
	// reported in 2024); December half as other wage-type benefits on 10.5-month tables
	// (interpretation, §4).
	omstillingsstonad: {
		income: 'wage',
		june: 'trekkfri',
		december: 'half',
		decemberInterpreted: true
	}
};

export function isBenefit(b: unknown): b is Benefit {
	return typeof b === 'string' && Object.hasOwn(BENEFITS, b);
}
