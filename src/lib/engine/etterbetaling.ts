import Decimal from 'decimal.js';
import { annualTax } from './annual';
import { EngineError, type FieldIssue } from './errors';
import { percentOf } from './money';
import { backPaymentRate } from './nav/backPayment';
import {
	CARD_SOURCE,
	barnepensjonFixedRate,
	frikortAboveRate,
	kildeskattAllowed,
	kildeskattRate,
	noCardRate,
	svalbardRate
} from './nav/cards';
import { BENEFITS, isBenefit, type Benefit } from './nav/benefits';
import type { Card } from './payments';
import { getYearRules } from './rules';
import { cite, type Cited } from './rules/source';
import { step, type Step } from './steps';
import { isValidTable } from './tabelltrekk';
import { amountIssue, isObj } from './validate';

/**
 * Back payments (docs/annual-and-back-payments.md §4, docs/nav-payments.md §6): what NAV withholds
 * when it pays, and what the year-end settlement makes of it: taxed all in the payout year
 * (skatteloven § 14-3), or, when that is lower, as if each part had been taxed in the year it is
 * for (forskrift til skatteloven § 14-3-1), which Skatteetaten gives automatically as a deduction.
 */
export interface EtterbetalingPart {
	year: number;
	amount: number;
	/**
	 * Months (1–12) of the payout year the amount is for. Shown only: a back payment for earlier
	 * months of the year is withheld at the card's percentage whatever the months.
	 */
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
	/**
	 * The tax card in the payout year. Needed when a part is for the payout year: its percentage
	 * (`percent`, for a table card too) is what such a part is withheld at (docs/nav-payments.md §6).
	 * Kildeskatt and Svalbard also decide the rate for earlier years.
	 */
	card?: Card;
}

export interface EtterbetalingPartResult {
	year: number;
	amount: number;
	withheld: number;
	/**
	 * 'flat': an earlier year's part at the payout year's flat back-payment rate; 'card': a part
	 * for earlier months of the payout year at the tax card's percentage (docs/nav-payments.md §6), or
	 * barnepensjon's fixed rate.
	 */
	method: 'flat' | 'card';
	/** The rate used. */
	ratePct: number;
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
	/** Every part is for the payout year: nothing to spread over other years, no relief. */
	sameYearOnly: boolean;
	/** Which income the back payment adds to (by the benefit). */
	incomeType: 'wage' | 'pension';
	perPart: EtterbetalingPartResult[];
	perYear: EtterbetalingYearResult[];
	steps: Step[];
}

const SRC_14_3 = 'skatteloven § 14-3 (skattlegges i utbetalingsåret)';
const SRC_14_3_1 = 'forskrift til skatteloven § 14-3-1 (fordeling på årene, automatisk)';
const SRC_CURRENT =
	'skatteetaten.no: Skatt på etterbetalinger av pensjon og ytelser fra NAV: tidligere perioder i år etter prosenten i skattekortet, med tabellkort og prosentkort (docs/nav-payments.md §6)';
const SRC_BARNEPENSJON =
	'docs/annual-and-back-payments.md §2.9: barnepensjon skattlegges som kapitalinntekt fra 2024 (Prop. 14 L (2023–2024)); skatteoppgjøret er ikke med';
const SRC_ASSUME =
	'docs/annual-and-back-payments.md §4: ukjent inntekt et år, utbetalingsårets brukes';
const SRC_PENSION =
	'docs/annual-and-back-payments.md §2.8: skattefradrag for pensjonsinntekt, 12 months at 100 % assumed';
/** Pension-type benefits that give the pension credit (skatteloven § 16-1; Skatte-ABC S-13). */
const CREDIT_BENEFITS: ReadonlySet<Benefit> = new Set<Benefit>([
	'alderspensjon',
	'afp',
	'supplerende-stonad'
]);
const CARD_KINDS = new Set(['table', 'percent', 'frikort', 'none', 'kildeskatt', 'svalbard']);

/** Every problem in the input, collected per field. */
function validate(input: EtterbetalingInput): FieldIssue[] {
	const issues: FieldIssue[] = [];
	/** Records the amount's issue, if any; true when there was one. */
	const badAmount = (field: string, v: unknown): boolean => {
		const x = amountIssue(field, v);
		if (x) issues.push(x);
		return x !== undefined;
	};
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
		badAmount(`parts.${i}.amount`, p.amount);
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
				if (inc.wage !== undefined) badAmount(`income.${year}.wage`, inc.wage);
				if (inc.pension !== undefined) badAmount(`income.${year}.pension`, inc.pension);
			}
		}
	const card: unknown = input.card;
	if (card !== undefined) {
		if (!isObj(card) || typeof card.kind !== 'string' || !CARD_KINDS.has(card.kind))
			issues.push({ field: 'card', code: 'unknownCard' });
		else {
			if (card.kind === 'table' && (typeof card.table !== 'string' || !isValidTable(card.table)))
				issues.push({ field: 'card.table', code: 'unknownTable' });
			if (
				(card.kind === 'percent' || (card.kind === 'table' && card.percent !== undefined)) &&
				!badAmount('card.percent', card.percent) &&
				(card.percent as number) > 100
			)
				issues.push({ field: 'card.percent', code: 'percentRange' });
			if (card.kind === 'frikort' && card.limit !== undefined) badAmount('card.limit', card.limit);
			if (
				card.kind === 'kildeskatt' &&
				isBenefit(input.benefit) &&
				!kildeskattAllowed(input.benefit, BENEFITS[input.benefit].income)
			)
				issues.push({ field: 'card', code: 'kildeskattNotAllowed' });
		}
	}
	// Earlier months of the payout year are withheld at the card's percentage (docs/nav-payments.md §6):
	// never guessed, so the card (and a table card's percentage) must be given. Not for
	// barnepensjon from 2025 (a fixed rate whatever the card).
	const fixedRate =
		payoutOk && input.benefit === 'barnepensjon' && barnepensjonFixedRate(input.payoutYear);
	const currentPart = parts.some((p) => isObj(p) && p.year === input.payoutYear);
	if (payoutOk && currentPart && !fixedRate) {
		if (!isObj(card)) issues.push({ field: 'card', code: 'backPaymentPercent' });
		else if (card.kind === 'table' && card.percent === undefined)
			issues.push({ field: 'card.percent', code: 'backPaymentPercent' });
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

	// 1. What NAV withholds when it pays: for earlier years a flat rate of the payout year's rules;
	// for earlier months of the payout year the tax card's percentage (docs/nav-payments.md §6).
	const cardKind = card?.kind;
	const rate = backPaymentRate(
		benefit,
		payoutYear,
		cardKind === 'kildeskatt' || cardKind === 'svalbard' ? cardKind : 'other'
	);
	const ratePct = finnmark ? rate.finnmarkPct : rate.ordinaryPct;
	// Barnepensjon from 2025: a fixed rate of every payment whatever the card (docs/nav-payments.md §1).
	const fixed = benefit === 'barnepensjon' ? barnepensjonFixedRate(payoutYear) : undefined;
	const current = card ? currentYearRate(card, benefit, incomeType, payoutYear) : undefined;
	let currentSoFar = ZERO;
	const perPart: EtterbetalingPartResult[] = parts.map((p) => {
		const amountKr = p.amount;
		if (fixed) {
			const withheld = percentOf(p.amount, fixed.value);
			steps.push(
				step(
					'etterbetaling.barnepensjonFixed',
					{ forYear: p.year, amountKr, ratePct: fixed.value, withheldKr: withheld },
					{ source: fixed.source }
				)
			);
			return { year: p.year, amount: p.amount, withheld, method: 'card', ratePct: fixed.value };
		}
		if (p.year < payoutYear) {
			const withheld = percentOf(p.amount, ratePct);
			steps.push(
				step(
					'etterbetaling.flat',
					{ forYear: p.year, amountKr, ratePct, withheldKr: withheld },
					{ source: rate.source }
				)
			);
			return { year: p.year, amount: p.amount, withheld, method: 'flat', ratePct };
		}
		// Earlier months of the payout year: the card's percentage, a table card's too.
		const r = current!;
		let withheld: number;
		if (r.frikortLimit !== undefined) {
			// Frikort with a limit: the rate on what passes the limit, counting only this back
			// payment's own parts (payments earlier in the year are not known: said).
			const after = currentSoFar.plus(p.amount);
			const above = Decimal.max(
				0,
				after.minus(Decimal.max(r.frikortLimit, currentSoFar))
			).toNumber();
			withheld = percentOf(above, r.ratePct);
			steps.push(
				step(
					'etterbetaling.currentFrikort',
					{
						forYear: p.year,
						amountKr,
						limitKr: r.frikortLimit,
						ratePct: r.ratePct,
						withheldKr: withheld
					},
					{ interpretation: true, source: `${SRC_CURRENT}; ${cite(r.source)}` }
				)
			);
		} else {
			withheld = percentOf(p.amount, r.ratePct);
			steps.push(
				step(
					'etterbetaling.current',
					{ forYear: p.year, amountKr, ratePct: r.ratePct, withheldKr: withheld },
					{ source: `${SRC_CURRENT}; ${cite(r.source)}` }
				)
			);
		}
		currentSoFar = currentSoFar.plus(p.amount);
		return { year: p.year, amount: p.amount, withheld, method: 'card', ratePct: r.ratePct };
	});
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

/**
 * The rate for back payments for earlier months of the payout year (docs/nav-payments.md §6): the
 * card's percentage (a table card's percentage must be given); without a card the no-card rate;
 * kildeskatt and Svalbard their rates; frikort nothing up to its limit.
 */
function currentYearRate(
	card: Card,
	benefit: Benefit,
	income: 'wage' | 'pension',
	year: number
): { ratePct: number; source: Cited; frikortLimit?: number } {
	switch (card.kind) {
		case 'table':
		case 'percent':
			return { ratePct: card.percent ?? 0, source: { title: 'skattekortets prosentsats' } };
		case 'none': {
			const r = noCardRate(benefit, income, year);
			return { ratePct: r.value, source: r.source };
		}
		case 'kildeskatt': {
			const r = kildeskattRate(year);
			return { ratePct: r.value, source: r.source };
		}
		case 'svalbard': {
			const r = svalbardRate(year, benefit === 'uforetrygd' ? 'wage' : income);
			return { ratePct: r.value, source: r.source };
		}
		case 'frikort': {
			if (card.limit === undefined) return { ratePct: 0, source: CARD_SOURCE };
			const r = frikortAboveRate(year);
			return { ratePct: r.value, source: r.source, frikortLimit: card.limit };
		}
	}
}
