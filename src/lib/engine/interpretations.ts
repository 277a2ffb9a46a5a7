// Entry point (the about page imports it directly): the interpretations a result may rest on.
// The interpretations of docs/nav-payments.md that a withholding result may rest on. Each
// is worded for the person in the i18n messages (steps: payments.interpretation.<id>), and the
// About page lists them all.

/** Interpretations (docs/, where the public sources are unclear) that a result may rest on; the UI says so where they apply. */
export type Interpretation =
	/** 1–4 days: Skatteetaten's 1-, 2-, 3- and 4-day tables for NAV's "dagtabell" (§2). */
	| 'dayTables'
	/** 18–24 days: one third of the amount rounded down to whole kroner before the week table. */
	| 'thirdRounding'
	/** A period over two months is split by calendar days; each part joins its month (§3). */
	| 'splitMonths'
	/** A recalculated month total below what is already withheld: 0 now, nothing paid back (§3). */
	| 'noNegative'
	/** Half withholding of an odd amount rounds half up (§4). */
	| 'halfRounding'
	/** June/December rules are for table cards; other cards withhold the same every month (§4). */
	| 'percentAllMonths'
	/**
	 * No published week numbers for the year (2025–2027): the meldeperioder paid first in the month,
	 * paid two banking days after the period when no date is given; NAV's 2023–2024 weeks (§5).
	 */
	| 'meldeperiodeFallback'
	/** A trekkfri meldeperiode stays out of its month's recalculation (no public source says either way). */
	| 'trekkfriOutsideMonth'
	/** No paid date given: NAV's usual date for the benefit (§7). */
	| 'paidOnAssumed'
	/** Extra kroner a month taken once, from the first payment(s) paid in the month. */
	| 'extraOncePerMonth'
	/** The table routine takes whole kroner: øre of the month's amount are left out. */
	| 'wholeKroner'
	/**
	 * Paid in January or later of the next year (December sykepenger, for one): withheld by this
	 * year's rules and card here, though next year's card applies; outside this year's totals.
	 */
	| 'paidNextYear'
	/** Overgangsstønad below 50 % with no percentage given: the table is used instead. */
	| 'belowHalfTable'
	/** The overgangsstønad 50 % limit is 2.25 G / 24 with the G of the month paid for (§1). */
	| 'halfLimitFromG'
	/** Omstillingsstønad, December: half, as other wage-type benefits (§4). */
	| 'decemberAssumed'
	/** Supplerende stønad, December: trekkfri by the law (§ 5-7 (1) b); a NAV page of 2023 says half (§4). */
	| 'decemberDisputed'
	/** Pension on a percentage card in December: withheld at the percentage; NAV's texts differ (§4). */
	| 'pensionPercentDecember';

/** Every interpretation, in the order above. */
export const INTERPRETATIONS = [
	'dayTables',
	'thirdRounding',
	'splitMonths',
	'noNegative',
	'halfRounding',
	'percentAllMonths',
	'meldeperiodeFallback',
	'trekkfriOutsideMonth',
	'paidOnAssumed',
	'extraOncePerMonth',
	'wholeKroner',
	'paidNextYear',
	'belowHalfTable',
	'halfLimitFromG',
	'decemberAssumed',
	'decemberDisputed',
	'pensionPercentDecember'
] as const satisfies readonly Interpretation[];
