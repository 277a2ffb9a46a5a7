import Decimal from 'decimal.js';
import { percentOf } from '../money';
import { backPaymentRate } from '../nav/backPayment';
import {
	CARD_SOURCE,
	barnepensjonFixedRate,
	frikortAboveRate,
	kildeskattRate,
	noCardRate,
	svalbardRate
} from '../nav/cards';
import { BENEFITS, type Benefit } from '../nav/benefits';
import type { Card } from '../payments';
import { citeAll, type Cited, type Source } from '../rules/source';
import { BACK_PAYMENT } from '../rules/sources';
import { step, type Step } from '../steps';
import type { EtterbetalingInput, EtterbetalingPartResult } from './types';

/**
 * What NAV withholds from a back payment when it pays (docs/nav-payments.md §6): a part for an
 * earlier year at the payout year's flat back-payment rate; a part for earlier months of the
 * payout year at the tax card's percentage (frikort: what passes its limit); barnepensjon at its
 * fixed rate whatever the card. Each part adds its step.
 */

const SRC_CURRENT: Source = {
	title: BACK_PAYMENT.title,
	section: 'tidligere perioder i år etter prosenten i skattekortet, med tabellkort og prosentkort',
	docs: 'docs/nav-payments.md §6'
};

export function withheldAtPayout(input: EtterbetalingInput, steps: Step[]) {
	const { payoutYear, benefit, parts } = input;
	const incomeType = BENEFITS[benefit].income;
	const finnmark = input.finnmark === true;
	const card = input.card;
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
	let currentSoFar = new Decimal(0);
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
					{ interpretation: true, source: citeAll(SRC_CURRENT, r.source) }
				)
			);
		} else {
			withheld = percentOf(p.amount, r.ratePct);
			steps.push(
				step(
					'etterbetaling.current',
					{ forYear: p.year, amountKr, ratePct: r.ratePct, withheldKr: withheld },
					{ source: citeAll(SRC_CURRENT, r.source) }
				)
			);
		}
		currentSoFar = currentSoFar.plus(p.amount);
		return { year: p.year, amount: p.amount, withheld, method: 'card', ratePct: r.ratePct };
	});
	return { perPart, rate };
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
