import Decimal from 'decimal.js';
import type { AnnualTaxResult } from '../annual';
import { wholeKr } from '../money';
import { monthTableTrekk, type Card } from '../payments';
import { step, type Step } from '../steps';
import { tableInfo } from '../tabelltrekk';
import { SRC_2B, type YearSourceResult, type YourYearInput } from './types';

/**
 * What drives the income year's outcome: two tables each giving the personfradrag and the low
 * brackets, June and December relief in a part year, a percentage below the year's average tax,
 * back pay at a flat rate, and a frikort whose limit the income passes.
 */

export function collectDrivers(
	input: YourYearInput,
	sources: YearSourceResult[],
	annual: AnnualTaxResult,
	drivers: Step[],
	twoTablesCost: (ws: YearSourceResult[]) => number
): void {
	const year = input.year;
	// Two payers (or NAV benefits) both on a table: each gives the personfradrag and low brackets.
	const onTable = sources.filter((s) => s.table !== undefined && s.amount > 0);
	if (onTable.length >= 2)
		drivers.push(
			step(
				'year.driver.twoTables',
				{ count: onTable.length, costKr: twoTablesCost(onTable) },
				{ source: SRC_2B }
			)
		);
	// June and December: relief a table expects a whole year to make up for, in a part year.
	for (const s of sources) {
		if (s.method !== 'nav' || !s.withholding || !s.table) continue;
		const info = tableInfo(s.table);
		if (!info || info.months !== 10.5) continue;
		const paidMonths = s.withholding.months.filter((m) => m.gross > 0);
		if (paidMonths.length >= 12) continue;
		let relief = 0;
		for (const m of paidMonths) {
			if (m.rule !== 'trekkfri' && m.rule !== 'half') continue;
			const ordinary = monthTableTrekk(year, s.table, m.gross);
			relief += Math.max(0, ordinary - m.trekk);
		}
		if (relief > 0)
			drivers.push(
				step('year.driver.juneDecember', { months: paidMonths.length, reliefKr: relief })
			);
	}
	// A percentage lower than the year's average tax on the income.
	const income = sources.reduce((t, s) => t + s.amount, 0);
	if (income > 0) {
		const averagePct = new Decimal(annual.total).times(100).dividedBy(income);
		for (const s of sources) {
			if ((s.method !== 'percent' && s.method !== 'nav') || s.ratePct === undefined) continue;
			if (averagePct.minus(s.ratePct).lessThan(1)) continue;
			const neededPct = averagePct.toDecimalPlaces(1, Decimal.ROUND_UP).toNumber();
			drivers.push(
				step('year.driver.percentTooLow', {
					ratePct: s.ratePct,
					neededPct,
					costKr: wholeKr(new Decimal(s.amount).times(neededPct - s.ratePct).dividedBy(100))
				})
			);
		}
	}
	// Back pay for earlier years at a flat rate.
	for (const s of sources)
		if (s.method === 'backPay')
			drivers.push(
				step('year.driver.backPay', {
					amountKr: s.amount,
					ratePct: s.ratePct!,
					withheldKr: s.withheld
				})
			);
	// A frikort whose limit the year's income passes: the tax comes at the settlement.
	for (const s of sources) {
		const card = s.method === 'nav' ? navCard(input, sources.indexOf(s)) : undefined;
		if (card?.kind !== 'frikort') continue;
		const limit = card.limit;
		if (limit !== undefined ? income > limit : annual.total > 0)
			drivers.push(
				step(limit !== undefined ? 'year.driver.frikortPassed' : 'year.driver.frikortNoLimit', {
					incomeKr: income,
					...(limit !== undefined ? { limitKr: limit } : {})
				})
			);
	}
}

function navCard(input: YourYearInput, index: number): Card | undefined {
	const w = input.sources[index]?.withholding;
	return w?.by === 'nav' ? w.card : undefined;
}
