import Decimal from 'decimal.js';
import { monthOf, splitByMonth } from '../calendar';
import { plusKr, percentOf, toOre } from '../money';
import { BENEFITS } from '../nav/benefits';
import { BENEFIT_SOURCE } from '../nav/benefitSource';
import {
	CARD_SOURCE,
	frikortAboveRate,
	kildeskattRate,
	noCardRate,
	overgangsstonadHalfLimit,
	svalbardRate,
	type Rate
} from '../nav/cards';
import { step, type Step } from '../steps';
import { absent } from '../validate';
import { isBackPayment } from './periods';
import type { Recorder } from './recorder';
import { SRC_PENSION_DECEMBER } from './sources';
import type { Card, Checked, Row } from './types';

/**
 * Cards without a table and flat rates (docs/nav-payments.md §1, §4): a percentage card, frikort,
 * no card, kildeskatt, Svalbard, and overgangsstønad below half the full benefit, which is withheld
 * at the card's percentage instead of its table.
 */

/**
 * Overgangsstønad on a table card: whether what is paid for the month is below 50 % of the full
 * benefit, so the card's percentage applies instead of its table (§1). The limit is 2.25 G / 24
 * with the G of the month paid for (interpretation, said on the figure). False for any other
 * benefit or card, and for a back payment (withheld at the card's percentage anyway, §6).
 */
export function belowHalf(
	c: Checked,
	row: Row,
	paidMonth: number,
	monthTotals: ReadonlyMap<number, number>,
	rec: Recorder
): boolean {
	const card = c.card;
	const forMonth = monthOf(row.from);
	const monthKr = c.benefit === 'overgangsstonad' ? monthTotals.get(forMonth)! : 0;
	const limit =
		card.kind === 'table' &&
		c.benefit === 'overgangsstonad' &&
		!isBackPayment(paidMonth, monthOf(row.to))
			? overgangsstonadHalfLimit(c.year, forMonth)
			: undefined;
	const below = limit !== undefined && new Decimal(monthKr).lessThan(limit.value);
	if (limit) {
		const values = { forMonth, monthKr: toOre(monthKr), limitKr: limit.valueKr };
		rec.assume('halfLimitFromG', 'halfLimit', { ...values, gKr: limit.g }, limit.source);
		if (!below) rec.add('aboveHalf', values, limit.source);
		else if (card.kind === 'table' && absent(card.percent))
			rec.assume('belowHalfTable', 'belowHalfNoPercent', values, limit.source);
		else rec.add('belowHalf', values, limit.source);
	}
	return below;
}

/** Barnepensjon from 2025: a fixed rate of every payment whatever the card, within the payment. */
export function fixedRateTrekk(
	c: Checked,
	fixed: Rate,
	row: Row,
	rec: Recorder
): { trekk: number; reason: Step } {
	const trekk = Math.min(percentOf(row.amount, fixed.value), row.cap);
	rec.add(
		'barnepensjonFixed',
		{ ratePct: fixed.value, amountKr: row.grossKr, trekkKr: trekk, year: c.year },
		fixed.source
	);
	return { trekk, reason: step('payments.reason.barnepensjonFixed', { ratePct: fixed.value }) };
}

/** Cards without a table: a flat rate of every payment, the same in every month. */
export function flatTrekk(
	c: Checked,
	card: Exclude<Card, { kind: 'table' }>,
	row: Row,
	paidSoFar: number,
	touchesJuneOrDecember: boolean,
	rec: Recorder
): { trekk: number; reason: Step } {
	const gross = row.amount;
	const grossKr = row.grossKr;
	const income = BENEFITS[c.benefit].income;
	const allMonths = () => {
		if (!touchesJuneOrDecember) return;
		if (card.kind === 'kildeskatt' || card.kind === 'svalbard')
			// NAV: kildeskatt and Svalbard tax are ordinary in June and December (a fact, §4).
			rec.add('ordinaryJuneDecember', {}, BENEFIT_SOURCE);
		else if (card.kind === 'percent') {
			rec.assume('percentAllMonths', 'percentAllMonths', {}, BENEFIT_SOURCE);
			// Pension on a percentage card in December: NAV's two sentences pull apart (§4).
			if (income === 'pension' && splitByMonth(row.from, row.to).some((p) => p.month === 12))
				rec.assume(
					'pensionPercentDecember',
					'pensionPercentDecember',
					{ benefit: c.benefit },
					SRC_PENSION_DECEMBER
				);
		} else rec.assume('percentAllMonths', 'rateAllMonths', {}, BENEFIT_SOURCE);
	};

	switch (card.kind) {
		case 'percent': {
			const trekk = percentOf(gross, card.percent);
			rec.add('percent', { ratePct: card.percent, amountKr: grossKr, trekkKr: trekk }, CARD_SOURCE);
			allMonths();
			return { trekk, reason: step('payments.reason.percent', { ratePct: card.percent }) };
		}
		case 'frikort': {
			if (absent(card.limit)) {
				rec.add('frikortNoLimit', {}, CARD_SOURCE);
				return { trekk: 0, reason: step('payments.reason.frikort', {}) };
			}
			// Nothing until the year's payments (in the order paid) pass the limit; then 50 % of
			// the part of this payment above it.
			const limit = new Decimal(card.limit!);
			const after = plusKr(paidSoFar, gross);
			const above = Decimal.max(
				0,
				new Decimal(after).minus(Decimal.max(limit, paidSoFar))
			).toNumber();
			if (above === 0) {
				rec.add(
					'frikortBelow',
					{ limitKr: card.limit!, paidKr: toOre(after) },
					frikortAboveRate(c.year).source
				);
				return { trekk: 0, reason: step('payments.reason.frikort', {}) };
			}
			const rate = frikortAboveRate(c.year);
			const trekk = percentOf(above, rate.value);
			rec.add(
				'frikortAbove',
				{
					limitKr: card.limit!,
					aboveKr: toOre(above),
					ratePct: rate.value,
					trekkKr: trekk
				},
				rate.source
			);
			allMonths();
			return { trekk, reason: step('payments.reason.frikortAbove', { limitKr: card.limit! }) };
		}
		default: {
			const rate =
				card.kind === 'kildeskatt'
					? kildeskattRate(c.year)
					: card.kind === 'svalbard'
						? svalbardRate(c.year, c.benefit === 'uforetrygd' ? 'wage' : income)
						: noCardRate(c.benefit, income, c.year);
			const id = card.kind === 'none' ? 'noCard' : card.kind;
			const trekk = percentOf(gross, rate.value);
			rec.add(id, { ratePct: rate.value, amountKr: grossKr, trekkKr: trekk }, rate.source);
			allMonths();
			return { trekk, reason: step(`payments.reason.${id}`, { ratePct: rate.value }) };
		}
	}
}
