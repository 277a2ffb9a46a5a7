import Decimal from 'decimal.js';
import { annualTax } from '../annual';
import { EngineError } from '../errors';
import { kildeskattRate } from '../nav/cards';
import { BENEFITS, PENSION_CREDIT_BENEFITS } from '../nav/benefits';
import { step, type Step } from '../steps';
import { skatteforskriften } from '../rules/laws';
import { skatteloven } from '../rules/sources';
import { isObj } from '../validate';
import type { EtterbetalingInput, EtterbetalingResult, EtterbetalingYearResult } from './types';
import { validate } from './validate';
import { withheldAtPayout } from './withholding';

/**
 * Back payments (docs/annual-and-back-payments.md §4, docs/nav-payments.md §6): what NAV withholds
 * when it pays, and what the year-end settlement makes of it: taxed all in the payout year
 * (skatteloven § 14-3), or, when that is lower, as if each part had been taxed in the year it is
 * for (forskrift til skatteloven § 14-3-1), which Skatteetaten gives automatically as a deduction.
 */

export type {
	EtterbetalingInput,
	EtterbetalingPart,
	EtterbetalingPartResult,
	EtterbetalingResult,
	EtterbetalingYearResult
} from './types';

const SRC_14_3 = skatteloven('§ 14-3', 'skattlegges i utbetalingsåret');
const SRC_14_3_1 = skatteforskriften('§ 14-3-1', 'fordeling på årene, automatisk');
const SRC_BARNEPENSJON =
	'docs/annual-and-back-payments.md §2.9: barnepensjon skattlegges som kapitalinntekt fra 2024 (Prop. 14 L (2023–2024)); skatteoppgjøret er ikke med';
const SRC_ASSUME =
	'docs/annual-and-back-payments.md §4: ukjent inntekt et år, utbetalingsårets brukes';
const SRC_PENSION =
	'docs/annual-and-back-payments.md §2.8: skattefradrag for pensjonsinntekt, 12 months at 100 % assumed';

const ZERO = new Decimal(0);

export function etterbetaling(input: EtterbetalingInput): EtterbetalingResult {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues = validate(input);
	if (issues.length > 0) throw new EngineError(issues);

	const { payoutYear, benefit, parts } = input;
	const income = input.income ?? {};
	const incomeType = BENEFITS[benefit].income;
	const finnmark = input.finnmark === true;
	const card = input.card;
	const steps: Step[] = [];
	const total = parts.reduce((s, p) => s.plus(p.amount), ZERO);
	steps.push(
		step('etterbetaling.total', { totalKr: total.toNumber(), payoutYear, parts: parts.length }),
		step(incomeType === 'wage' ? 'etterbetaling.asWage' : 'etterbetaling.asPension', {
			benefit
		})
	);

	// 1. What NAV withholds when it pays.
	const { perPart, rate } = withheldAtPayout(input, steps);
	if (benefit === 'barnepensjon')
		// Barnepensjon is taxed as capital income with its own deduction from 2024 (Prop. 14 L
		// (2023–2024)): the settlement figures below treat it as pension, which it is not.
		steps.push(
			step(
				'etterbetaling.barnepensjonYearEnd',
				{},
				{ interpretation: true, source: SRC_BARNEPENSJON }
			)
		);

	const withheld = perPart.reduce((s, p) => s + p.withheld, 0);
	const netPaidOut = total.minus(withheld).toNumber();
	steps.push(
		step('etterbetaling.withheld', { withheldKr: withheld }),
		step('etterbetaling.paidOut', {
			totalKr: total.toNumber(),
			withheldKr: withheld,
			paidOutKr: netPaidOut
		})
	);
	if (card?.kind === 'kildeskatt')
		// Interpretation: kildeskatt is normally the final tax for people abroad; the settlement
		// figures below assume ordinary Norwegian taxation.
		steps.push(
			step(
				'etterbetaling.kildeskattFinal',
				{ ratePct: kildeskattRate(payoutYear).value },
				{ interpretation: true, source: rate.source }
			)
		);

	// 2. Other income each year: as given; the payout year's where a year's is missing (and said);
	// nothing where the payout year's own is missing (and said).
	const payoutGiven = isObj(income[payoutYear]);
	const payoutIncome = payoutGiven ? income[payoutYear]! : {};
	if (!payoutGiven)
		steps.push(
			step(
				'etterbetaling.noPayoutIncome',
				{ payoutYear },
				{ interpretation: true, source: SRC_ASSUME }
			)
		);
	const years = [...new Set([payoutYear, ...parts.map((p) => p.year)])].sort((a, b) => a - b);
	const assumedIncomeYears: number[] = [];
	const incomeOf = new Map<number, { wage?: number; pension?: number }>();
	for (const year of years) {
		const given = income[year];
		if (isObj(given)) incomeOf.set(year, given);
		else {
			incomeOf.set(year, payoutIncome);
			if (year !== payoutYear) {
				assumedIncomeYears.push(year);
				steps.push(
					step(
						'etterbetaling.assumedIncome',
						{
							forYear: year,
							payoutYear,
							wageKr: payoutIncome.wage ?? 0,
							pensionKr: payoutIncome.pension ?? 0
						},
						{ interpretation: true, source: SRC_ASSUME }
					)
				);
			}
		}
	}
	const pensionInvolved =
		incomeType === 'pension' || years.some((y) => (incomeOf.get(y)!.pension ?? 0) > 0);
	// The pension credit: none for a pension benefit that does not give it (gjenlevende, …);
	// otherwise assumed for a full year at 100 % (§2.8), and said.
	const noCredit = incomeType === 'pension' && !PENSION_CREDIT_BENEFITS.has(benefit);
	if (pensionInvolved)
		steps.push(
			noCredit
				? step('etterbetaling.pensionCreditNone', { benefit }, { source: skatteloven('§ 16-1') })
				: step(
						'etterbetaling.pensionCreditAssumed',
						{},
						{ interpretation: true, source: SRC_PENSION }
					)
		);

	/** The year's annual tax with `extra` added to the income the benefit is taxed as. */
	const taxWith = (year: number, extra: Decimal) => {
		const inc = incomeOf.get(year)!;
		const wage = new Decimal(inc.wage ?? 0).plus(incomeType === 'wage' ? extra : 0);
		const pension = new Decimal(inc.pension ?? 0).plus(incomeType === 'pension' ? extra : 0);
		return annualTax({
			year,
			wageIncome: wage.toNumber(),
			pensionIncome: pension.toNumber(),
			...(noCredit ? { pensionTaxCredit: false as const } : {}),
			// A uføretrygd back payment counts in samlet pensjonsinntekt (§2.8).
			...(benefit === 'uforetrygd' ? { uforetrygdIncome: extra.toNumber() } : {}),
			finnmark
		}).total;
	};

	// 3. Everything taxed in the payout year (skatteloven § 14-3).
	const withoutPayout = taxWith(payoutYear, ZERO);
	const withAll = taxWith(payoutYear, total);
	const inPayout = withAll - withoutPayout;
	steps.push(
		step(
			'etterbetaling.inPayoutYear',
			{ payoutYear, withoutKr: withoutPayout, withKr: withAll, extraKr: inPayout },
			{ source: SRC_14_3 }
		)
	);

	// 4. Each part taxed in the year it is for (FSFIN § 14-3-1); this year's parts stay here.
	// All for the payout year: nothing to spread, no relief to look for (said as one step).
	const sameYearOnly = parts.every((p) => p.year === payoutYear);
	const stepsBeforeSpread = steps.length;
	const perYear: EtterbetalingYearResult[] = [];
	for (const year of years) {
		if (!parts.some((p) => p.year === year)) continue;
		const amount = parts.filter((p) => p.year === year).reduce((s, p) => s.plus(p.amount), ZERO);
		const extraTax = taxWith(year, amount) - taxWith(year, ZERO);
		perYear.push({
			year,
			amount: amount.toNumber(),
			extraTax,
			incomeAssumed: assumedIncomeYears.includes(year)
		});
		steps.push(
			step(
				'etterbetaling.spreadYear',
				{ forYear: year, amountKr: amount.toNumber(), extraKr: extraTax },
				{ source: SRC_14_3_1 }
			)
		);
	}
	const spread = perYear.reduce((s, y) => s + y.extraTax, 0);
	steps.push(step('etterbetaling.spread', { extraKr: spread }, { source: SRC_14_3_1 }));

	// 5. The relief: whatever is lower, automatically at the settlement; never negative.
	const relief = Math.max(0, inPayout - spread);
	const finalTax = inPayout - relief;
	steps.push(
		step(
			relief > 0 ? 'etterbetaling.relief' : 'etterbetaling.noRelief',
			{ inPayoutKr: inPayout, spreadKr: spread, reliefKr: relief },
			{ source: SRC_14_3_1 }
		)
	);
	if (sameYearOnly)
		steps.splice(
			stepsBeforeSpread,
			steps.length - stepsBeforeSpread,
			step('etterbetaling.sameYearOnly', { payoutYear, extraKr: inPayout }, { source: SRC_14_3 })
		);
	const net = total.minus(finalTax).toNumber();
	const settlementDifference = finalTax - withheld;
	steps.push(
		step('etterbetaling.net', { totalKr: total.toNumber(), finalTaxKr: finalTax, netKr: net }),
		step(
			settlementDifference > 0
				? 'etterbetaling.settlementMore'
				: settlementDifference < 0
					? 'etterbetaling.settlementBack'
					: 'etterbetaling.settlementEven',
			{ withheldKr: withheld, finalTaxKr: finalTax, differenceKr: Math.abs(settlementDifference) }
		)
	);

	return {
		sameYearOnly,
		total: total.toNumber(),
		withheld,
		netPaidOut,
		extraTaxIfTaxedInPayoutYear: inPayout,
		extraTaxIfSpread: spread,
		relief,
		finalTax,
		net,
		settlementDifference,
		assumedIncomeYears,
		payoutIncomeAssumedZero: !payoutGiven,
		incomeType,
		perPart,
		perYear,
		steps
	};
}
