import Decimal from 'decimal.js';
import { annualTax } from './annual';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { BENEFITS, isBenefit, type Benefit } from './nav/benefits';
import { withholdPayments, type Card } from './payments';
import { getYearRules } from './rules';
import { step, type Step } from './steps';

/**
 * Back payments (shared/spec/ufore-etterbetaling.md §4, nav-payments.md §6): what NAV withholds
 * when it pays, and what the year-end settlement makes of it, taxed all in the payout year
 * (skatteloven § 14-3) or spread over the years it is for (FSFIN § 14-3-1), whichever is lower.
 */
export interface EtterbetalingPart {
	year: number;
	amount: number;
	/** Months (1–12) of the payout year the amount is for; spread evenly over them. */
	months?: number[];
}

export interface EtterbetalingInput {
	payoutYear: number;
	benefit: Benefit;
	parts: EtterbetalingPart[];
	/** Other income each year, without the back payment. */
	income: Record<number, { wage?: number; pension?: number }>;
	finnmark?: boolean;
	card?: Card;
}

export interface EtterbetalingResult {
	total: number;
	withheld: number;
	extraTaxIfTaxedInPayoutYear: number;
	extraTaxIfSpread: number;
	relief: number;
	/** The back payment's final tax: taxed in the payout year, less the relief. */
	finalTax: number;
	/** What the person keeps after the settlement. */
	net: number;
	/** Final tax minus what was withheld: positive means more to pay, negative money back. */
	settlementDifference: number;
	assumedIncomeYears: number[];
	perPart: Array<{ year: number; amount: number; withheld: number; method: 'flat' | 'months' }>;
	steps: Step[];
}

/** Flat back-payment rates for earlier years, by kind of benefit (ufore-etterbetaling.md §4). */
const FLAT = {
	uforetrygd: {
		ordinary: 44,
		finnmark: 40,
		source: 'NAV: skatt på etterbetaling av uføretrygd (44 % / 40 %)'
	},
	wage: {
		ordinary: 44,
		finnmark: 40,
		source:
			'Interpretation: other benefits taxed as wages like uføretrygd (ufore-etterbetaling.md §4)'
	},
	pension: {
		ordinary: 32,
		finnmark: 28,
		source: 'NAV: skatt på etterbetaling av pensjon og supplerende stønad (32 % / 28 %)'
	},
	kildeskatt: {
		ordinary: 15,
		finnmark: 15,
		source: 'skatteetaten.no: kildeskatt på pensjon og uføretrygd (15 %)'
	}
} as const;

function whole(d: Decimal): number {
	return d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function amountIssue(field: string, v: unknown, issues: FieldIssue[]): boolean {
	if (typeof v !== 'number' || Number.isNaN(v)) issues.push({ field, code: 'invalid' });
	else if (!Number.isFinite(v)) issues.push({ field, code: 'notFinite' });
	else if (v < 0) issues.push({ field, code: 'negative' });
	else if (v > MAX_AMOUNT) issues.push({ field, code: 'tooLarge', values: { max: MAX_AMOUNT } });
	else return false;
	return true;
}

export function etterbetaling(input: EtterbetalingInput): EtterbetalingResult {
	const issues: FieldIssue[] = [];
	if (input === null || typeof input !== 'object')
		throw new EngineError([{ field: 'input', code: 'invalid' }]);
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
	const parts = Array.isArray(input.parts) ? input.parts : [];
	if (!Array.isArray(input.parts) || parts.length === 0)
		issues.push({ field: 'parts', code: 'required' });
	parts.forEach((p, i) => {
		if (p === null || typeof p !== 'object')
			return issues.push({ field: `parts.${i}`, code: 'invalid' });
		if (payoutOk && typeof p.year === 'number' && p.year > input.payoutYear)
			issues.push({ field: `parts.${i}.year`, code: 'futureYear' });
		else covered(p.year, `parts.${i}.year`);
		amountIssue(`parts.${i}.amount`, p.amount, issues);
		if (
			p.months !== undefined &&
			(!Array.isArray(p.months) || p.months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))
		)
			issues.push({ field: `parts.${i}.months`, code: 'invalid' });
	});
	const income = input.income !== null && typeof input.income === 'object' ? input.income : {};
	for (const [year, inc] of Object.entries(income)) {
		if (inc === null || typeof inc !== 'object')
			issues.push({ field: `income.${year}`, code: 'invalid' });
		else {
			if (inc.wage !== undefined) amountIssue(`income.${year}.wage`, inc.wage, issues);
			if (inc.pension !== undefined) amountIssue(`income.${year}.pension`, inc.pension, issues);
		}
	}
	if (issues.length > 0) throw new EngineError(issues);

	const benefit = input.benefit;
	const kind = BENEFITS[benefit].income;
	const finnmark = input.finnmark === true;
	const steps: Step[] = [];
	const payoutYear = input.payoutYear;
	const total = parts.reduce((s, p) => s.plus(p.amount), new Decimal(0));
	steps.push(
		step('etterbetaling.total', { totalKr: total.toNumber(), payoutYear, parts: parts.length })
	);

	// 1. The withholding when it is paid.
	const flatKind =
		input.card?.kind === 'kildeskatt'
			? FLAT.kildeskatt
			: benefit === 'uforetrygd'
				? FLAT.uforetrygd
				: kind === 'pension' || benefit === 'supplerende-stonad'
					? FLAT.pension
					: FLAT.wage;
	const flatRate = finnmark ? flatKind.finnmark : flatKind.ordinary;
	const perPart: EtterbetalingResult['perPart'] = [];
	let withheld = 0;
	parts.forEach((p) => {
		if (p.year < payoutYear || !p.months || p.months.length === 0 || !input.card) {
			const w = whole(new Decimal(p.amount).times(flatRate).dividedBy(100));
			withheld += w;
			perPart.push({ year: p.year, amount: p.amount, withheld: w, method: 'flat' });
			steps.push(
				step(
					p.year < payoutYear ? 'etterbetaling.flat' : 'etterbetaling.flatCurrent',
					{ forYear: p.year, amountKr: p.amount, ratePct: flatRate, withheldKr: w },
					{
						source: flatKind.source,
						interpretation: flatKind === FLAT.wage || p.year === payoutYear
					}
				)
			);
			return;
		}
		// Months of the payout year: late payments for those months, each joining its month's
		// recalculation (nav-payments.md §6; interpretation). Spread evenly over the months.
		const months = [...new Set(p.months)].sort((a, b) => a - b);
		const share = new Decimal(p.amount)
			.dividedBy(months.length)
			.toDecimalPlaces(2, Decimal.ROUND_DOWN);
		const payments = months.map((m, i) => {
			const last = new Date(Date.UTC(payoutYear, m, 0)).getUTCDate();
			const mm = String(m).padStart(2, '0');
			const amount =
				i === months.length - 1
					? new Decimal(p.amount).minus(share.times(months.length - 1))
					: share;
			return {
				from: `${payoutYear}-${mm}-01`,
				to: `${payoutYear}-${mm}-${last}`,
				amount: amount.toNumber()
			};
		});
		const r = withholdPayments({ year: payoutYear, benefit, card: input.card, payments });
		const w = r.totals.trekk;
		withheld += w;
		perPart.push({ year: p.year, amount: p.amount, withheld: w, method: 'months' });
		steps.push(
			step(
				'etterbetaling.months',
				{ forYear: p.year, amountKr: p.amount, months: months.length, withheldKr: w },
				{ interpretation: true, source: 'nav-payments.md §6' }
			)
		);
	});
	steps.push(step('etterbetaling.withheld', { withheldKr: withheld }));

	// 2. Other income each year; the payout year's where a year's is not known (said in the result).
	const payoutIncome = income[payoutYear] ?? {};
	const assumedIncomeYears: number[] = [];
	const incomeOf = (year: number) => {
		const inc = income[year];
		if (inc) return inc;
		if (year !== payoutYear && !assumedIncomeYears.includes(year)) {
			assumedIncomeYears.push(year);
			steps.push(
				step('etterbetaling.assumedIncome', { forYear: year, payoutYear }, { interpretation: true })
			);
		}
		return payoutIncome;
	};
	const taxWith = (year: number, extra: Decimal) => {
		const inc = incomeOf(year);
		const wage = new Decimal(inc.wage ?? 0).plus(kind === 'wage' ? extra : 0);
		const pension = new Decimal(inc.pension ?? 0).plus(kind === 'pension' ? extra : 0);
		return annualTax({
			year,
			wageIncome: wage.toNumber(),
			pensionIncome: pension.toNumber(),
			finnmark
		}).total;
	};

	// 3. Everything taxed in the payout year (skatteloven § 14-3).
	const basePayout = taxWith(payoutYear, new Decimal(0));
	const withAll = taxWith(payoutYear, total);
	const inPayout = withAll - basePayout;
	steps.push(
		step(
			'etterbetaling.inPayoutYear',
			{ payoutYear, withoutKr: basePayout, withKr: withAll, extraKr: inPayout },
			{ source: 'skatteloven § 14-3' }
		)
	);

	// 4. Each part taxed in the year it is for (FSFIN § 14-3-1).
	const byYear = new Map<number, Decimal>();
	for (const p of parts) byYear.set(p.year, (byYear.get(p.year) ?? new Decimal(0)).plus(p.amount));
	let spread = 0;
	for (const [year, amount] of [...byYear].sort((a, b) => a[0] - b[0])) {
		const without = taxWith(year, new Decimal(0));
		const withPart = taxWith(year, amount);
		spread += withPart - without;
		steps.push(
			step(
				'etterbetaling.spreadYear',
				{ forYear: year, amountKr: amount.toNumber(), extraKr: withPart - without },
				{ source: 'forskrift til skatteloven § 14-3-1' }
			)
		);
	}
	steps.push(step('etterbetaling.spread', { extraKr: spread }));

	// 5. The relief: the lower of the two, automatically at the settlement; never negative.
	const relief = Math.max(0, inPayout - spread);
	const finalTax = inPayout - relief;
	steps.push(
		step(
			relief > 0 ? 'etterbetaling.relief' : 'etterbetaling.noRelief',
			{ inPayoutKr: inPayout, spreadKr: spread, reliefKr: relief },
			{ source: 'forskrift til skatteloven § 14-3-1' }
		)
	);
	const net = whole(total.minus(finalTax));
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
		extraTaxIfTaxedInPayoutYear: inPayout,
		extraTaxIfSpread: spread,
		relief,
		finalTax,
		net,
		settlementDifference,
		assumedIncomeYears,
		perPart,
		steps
	};
}
