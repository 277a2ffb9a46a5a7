import Decimal from 'decimal.js';
import { annualTax } from './annual';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { backPaymentRate } from './nav/backPayment';
import { BENEFITS, isBenefit, type Benefit } from './nav/benefits';
import { withholdPayments, type Card, type PaymentInput, type WithholdResult } from './payments';
import { getYearRules, TABLE_YEARS } from './rules';
import { step, type Step } from './steps';
import { isValidTable } from './tabelltrekk';

/**
 * Back payments (shared/spec/ufore-etterbetaling.md §4, nav-payments.md §6): what NAV withholds
 * when it pays, and what the year-end settlement makes of it: taxed all in the payout year
 * (skatteloven § 14-3), or, when that is lower, as if each part had been taxed in the year it is
 * for (forskrift til skatteloven § 14-3-1), which Skatteetaten gives automatically as a deduction.
 */
export interface EtterbetalingPart {
	year: number;
	amount: number;
	/** Months (1–12) of the payout year the amount is for; it is spread evenly over them. */
	months?: number[];
}

export interface EtterbetalingInput {
	payoutYear: number;
	benefit: Benefit;
	parts: EtterbetalingPart[];
	/** Other income each year, WITHOUT the back payment. A missing year is assumed (and said). */
	income: Record<number, { wage?: number; pension?: number }>;
	/** Finnmark or Nord-Troms (tiltakssonen). */
	finnmark?: boolean;
	/** The tax card in the payout year: used for this year's months; kildeskatt for everything. */
	card?: Card;
}

export interface EtterbetalingPartResult {
	year: number;
	amount: number;
	withheld: number;
	/** 'flat': a flat rate on the whole part; 'months': late payments for this year's months. */
	method: 'flat' | 'months';
	/** The flat rate, for method 'flat'. */
	ratePct?: number;
}

export interface EtterbetalingYearResult {
	year: number;
	/** The back payment for the year (all its parts). */
	amount: number;
	/** Tax on it if it had been taxed in that year. */
	extraTax: number;
	/** The payout year's other income was used for this year. */
	incomeAssumed: boolean;
}

export interface EtterbetalingResult {
	/** The whole back payment before tax. */
	total: number;
	/** Withheld when it is paid, whole kroner. */
	withheld: number;
	/** Paid out now: total − withheld. */
	netPaidOut: number;
	/** Extra tax with everything taxed in the payout year (skatteloven § 14-3), whole kroner. */
	extraTaxIfTaxedInPayoutYear: number;
	/** Extra tax with each part taxed in its own year, summed, whole kroner. */
	extraTaxIfSpread: number;
	/** max(0, in payout year − spread): the automatic deduction (FSFIN § 14-3-1). */
	relief: number;
	/** The back payment's tax after the settlement: in payout year − relief. */
	finalTax: number;
	/** What the person keeps after the settlement: total − finalTax. */
	net: number;
	/** finalTax − withheld: positive is more to pay at the settlement, negative money back. */
	settlementDifference: number;
	/** Years whose other income was not given: the payout year's was assumed. */
	assumedIncomeYears: number[];
	/** No other income was given for the payout year: none was assumed (0). */
	payoutIncomeAssumedZero: boolean;
	/** Which income the back payment adds to (by the benefit). */
	incomeType: 'wage' | 'pension';
	perPart: EtterbetalingPartResult[];
	perYear: EtterbetalingYearResult[];
	steps: Step[];
}

const SRC_14_3 = 'skatteloven § 14-3 (skattlegges i utbetalingsåret)';
const SRC_14_3_1 = 'forskrift til skatteloven § 14-3-1 (fordeling på årene, automatisk)';
const SRC_LATE = 'nav-payments.md §6: etterbetaling for en tidligere måned i året (interpretation)';
const SRC_ASSUME = 'ufore-etterbetaling.md §4: ukjent inntekt et år, utbetalingsårets brukes';
const SRC_PENSION =
	'ufore-etterbetaling.md §2.8: skattefradrag for pensjonsinntekt, 12 months at 100 % assumed';
/** Pension-type benefits that give the pension credit (skatteloven § 16-1; Skatte-ABC S-13). */
const CREDIT_BENEFITS: ReadonlySet<Benefit> = new Set<Benefit>([
	'alderspensjon',
	'afp',
	'supplerende-stonad'
]);
const CARD_KINDS = new Set(['table', 'percent', 'frikort', 'none', 'kildeskatt', 'svalbard']);

function amountIssue(field: string, v: unknown, issues: FieldIssue[]): boolean {
	if (typeof v !== 'number' || Number.isNaN(v)) issues.push({ field, code: 'invalid' });
	else if (!Number.isFinite(v)) issues.push({ field, code: 'notFinite' });
	else if (v < 0) issues.push({ field, code: 'negative' });
	else if (v > MAX_AMOUNT) issues.push({ field, code: 'tooLarge', values: { max: MAX_AMOUNT } });
	else return false;
	return true;
}

function isObj(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null;
}

/** Every problem in the input, collected per field. */
function validate(input: EtterbetalingInput): FieldIssue[] {
	const issues: FieldIssue[] = [];
	const covered = (year: unknown, field: string) => {
		try {
			getYearRules(year, field);
			return true;
		} catch (e) {
			if (e instanceof EngineError) issues.push(...e.issues);
			else throw e;
			return false;
		}
	};
	const payoutOk = covered(input.payoutYear, 'payoutYear');
	if (!isBenefit(input.benefit)) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	const parts: unknown[] = Array.isArray(input.parts) ? input.parts : [];
	if (parts.length === 0) issues.push({ field: 'parts', code: 'required' });
	parts.forEach((p, i) => {
		if (!isObj(p)) return issues.push({ field: `parts.${i}`, code: 'invalid' });
		// A part for a year after the payout year cannot be a back payment.
		if (payoutOk && typeof p.year === 'number' && p.year > input.payoutYear)
			issues.push({ field: `parts.${i}.year`, code: 'futureYear' });
		else covered(p.year, `parts.${i}.year`);
		amountIssue(`parts.${i}.amount`, p.amount, issues);
		const months = p.months;
		if (
			months !== undefined &&
			(!Array.isArray(months) || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))
		)
			issues.push({ field: `parts.${i}.months`, code: 'invalid' });
	});
	if (input.income !== undefined && !isObj(input.income))
		issues.push({ field: 'income', code: 'invalid' });
	else
		for (const [year, inc] of Object.entries(input.income ?? {})) {
			if (!isObj(inc)) issues.push({ field: `income.${year}`, code: 'invalid' });
			else {
				if (inc.wage !== undefined) amountIssue(`income.${year}.wage`, inc.wage, issues);
				if (inc.pension !== undefined) amountIssue(`income.${year}.pension`, inc.pension, issues);
			}
		}
	const card: unknown = input.card;
	if (card !== undefined) {
		if (!isObj(card) || typeof card.kind !== 'string' || !CARD_KINDS.has(card.kind))
			issues.push({ field: 'card', code: 'unknownCard' });
		else if (card.kind === 'table' && (typeof card.table !== 'string' || !isValidTable(card.table)))
			issues.push({ field: 'card.table', code: 'unknownTable' });
		else if (card.kind === 'percent' && !amountIssue('card.percent', card.percent, issues))
			if ((card.percent as number) > 100)
				issues.push({ field: 'card.percent', code: 'percentRange' });
	}
	return issues;
}

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
	const rate = backPaymentRate(benefit, incomeType, card?.kind === 'kildeskatt');
	const ratePct = finnmark ? rate.finnmarkPct : rate.ordinaryPct;
	const hasRoutine = TABLE_YEARS.includes(payoutYear);
	const perPart: EtterbetalingPartResult[] = parts.map((p) => ({
		year: p.year,
		amount: p.amount,
		withheld: 0,
		method: 'flat'
	}));
	// This year's months, as late payments for each month (nav-payments.md §6), are all withheld
	// in one call so that parts for the same month join the same recalculation.
	const late: Array<{ part: number; months: number[] }> = [];
	parts.forEach((p, i) => {
		const months = [...new Set(p.months ?? [])].sort((a, b) => a - b);
		if (p.year === payoutYear && months.length > 0 && card && hasRoutine) {
			late.push({ part: i, months });
			return;
		}
		const withheld = new Decimal(p.amount)
			.times(ratePct)
			.dividedBy(100)
			.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
			.toNumber();
		perPart[i] = { year: p.year, amount: p.amount, withheld, method: 'flat', ratePct };
		const values = { forYear: p.year, amountKr: p.amount, ratePct, withheldKr: withheld };
		if (p.year < payoutYear)
			steps.push(
				step('etterbetaling.flat', values, {
					source: rate.source,
					interpretation: rate.interpretation
				})
			);
		else
			// This year's part without months or a tax card, or in a year our withholding routine
			// does not cover: the flat rate (interpretation).
			steps.push(
				step(
					months.length > 0 && card
						? 'etterbetaling.flatCurrentNoRoutine'
						: 'etterbetaling.flatCurrent',
					values,
					{ source: rate.source, interpretation: true }
				)
			);
	});
	if (late.length > 0) {
		// Paid together, as one back payment, the day after the last month it is for
		// (interpretation; within the year).
		const lastMonth = Math.max(...late.flatMap((l) => l.months));
		const paidOn =
			lastMonth === 12 ? `${payoutYear}-12-31` : isoMonthStart(payoutYear, lastMonth + 1);
		// Each part spread evenly over its months, to the øre (the last month takes what is left);
		// the parts' shares for the same month make one payment for that month.
		const byMonth = new Map<number, Array<{ part: number; amount: Decimal }>>();
		for (const { part, months } of late) {
			const amount = new Decimal(parts[part]!.amount);
			const share = amount.dividedBy(months.length).toDecimalPlaces(2, Decimal.ROUND_DOWN);
			months.forEach((m, k) => {
				const a = k === months.length - 1 ? amount.minus(share.times(months.length - 1)) : share;
				byMonth.set(m, [...(byMonth.get(m) ?? []), { part, amount: a }]);
			});
		}
		const monthList = [...byMonth.keys()].sort((a, b) => a - b);
		const payments: PaymentInput[] = monthList.map((m) => ({
			from: isoMonthStart(payoutYear, m),
			to: isoMonthEnd(payoutYear, m),
			amount: byMonth
				.get(m)!
				.reduce((sum, x) => sum.plus(x.amount), ZERO)
				.toNumber(),
			paidOn
		}));
		let result: WithholdResult;
		try {
			result = withholdPayments({ year: payoutYear, benefit, card: card!, payments });
		} catch (e) {
			if (!(e instanceof EngineError)) throw e;
			// Name the back payment's own fields, not the withholding routine's.
			throw new EngineError(
				e.issues.map((x) => {
					const m = /^payments\.(\d+)/u.exec(x.field);
					const field = m
						? `parts.${byMonth.get(monthList[Number(m[1])]!)![0]!.part}.months`
						: x.field === 'year'
							? 'payoutYear'
							: x.field;
					return { ...x, field };
				})
			);
		}
		// A month's withholding is shared among its parts by amount, whole kroner (rounded down,
		// the last part takes what is left), so the parts add up to what NAV withholds.
		result.payments.forEach((pay, k) => {
			const shares = byMonth.get(monthList[k]!)!;
			const gross = shares.reduce((sum, x) => sum.plus(x.amount), ZERO);
			let left = pay.trekk;
			shares.forEach((x, j) => {
				const t =
					j === shares.length - 1 || gross.isZero()
						? left
						: new Decimal(pay.trekk).times(x.amount).dividedBy(gross).floor().toNumber();
				left -= t;
				const cur = perPart[x.part]!;
				perPart[x.part] = { ...cur, withheld: cur.withheld + t, method: 'months' };
			});
		});
		for (const { part, months } of late)
			steps.push(
				step(
					'etterbetaling.months',
					{
						forYear: payoutYear,
						amountKr: parts[part]!.amount,
						months: months.length,
						fromMonth: months[0]!,
						toMonth: months[months.length - 1]!,
						paidDate: paidOn,
						withheldKr: perPart[part]!.withheld
					},
					{ interpretation: true, source: SRC_LATE }
				)
			);
	}

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
			step('etterbetaling.kildeskattFinal', {}, { interpretation: true, source: rate.source })
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
	const noCredit = incomeType === 'pension' && !CREDIT_BENEFITS.has(benefit);
	if (pensionInvolved)
		steps.push(
			noCredit
				? step('etterbetaling.pensionCreditNone', { benefit }, { source: 'skatteloven § 16-1' })
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

function isoMonthStart(year: number, month: number): string {
	return `${year}-${String(month).padStart(2, '0')}-01`;
}

function isoMonthEnd(year: number, month: number): string {
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${last}`;
}
