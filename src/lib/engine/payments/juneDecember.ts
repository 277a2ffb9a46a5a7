import { BENEFITS, type MonthRule } from '../nav/benefits';
import { BENEFIT_SOURCE } from '../nav/benefitSource';
import {
	MELDEPERIODE_WEEKS,
	TREKKFRI_COUNT,
	isListedTrekkfri,
	meldeperiodeWeeks
} from '../nav/meldeperioder';
import { paidBucket, calendarMonth } from './periods';
import type { Recorder } from './recorder';
import { SRC_DISPUTED, SRC_TWELVE } from './sources';
import type { Checked, RuleWhy, Row } from './types';

/**
 * June and December (docs/nav-payments.md §4–§5): which rule a month's part of a payment has on a
 * table card, and which payments of AAP and dagpenger are the trekkfri meldeperioder.
 */

export interface Melde {
	/** 6 or 12: the month whose trekkfri meldeperiode this is. */
	month: 6 | 12;
	/**
	 * The meldeperiode's two ISO weeks, shown on the payment; undefined when the payment is not one
	 * whole meldeperiode (Monday to Sunday two weeks later).
	 */
	weeks?: readonly [number, number];
	/** Matched on NAV's published week numbers for the year; false: by the fallback (§5). */
	listed: boolean;
}

/** Which payments of AAP/dagpenger are trekkfri meldeperioder of June and December (§4–§5). */
export function trekkfriMeldeperioder(c: Checked, order: Row[]): Map<number, Melde> {
	const out = new Map<number, Melde>();
	const rules = BENEFITS[c.benefit];
	const published = MELDEPERIODE_WEEKS[c.year] !== undefined;
	for (const month of [6, 12] as const) {
		if ((month === 6 ? rules.june : rules.december) !== 'meldeperioder') continue;
		if (published) {
			for (const r of order)
				if (isListedTrekkfri(c.year, month, r.from, r.to, c.reporting))
					out.set(r.index, { month, weeks: meldeperiodeWeeks(r.from, r.to)!, listed: true });
		} else {
			// Interpretation (§5): the meldeperiode(s) paid first in the month, by the pay date given
			// or assumed (nav/payDates.ts: two banking days after the period, which gives NAV's
			// published pattern, weeks 47–48 or 48–49 in December). Their weeks are shown.
			let left: number = TREKKFRI_COUNT[month];
			for (const r of order) {
				if (left === 0) break;
				if (paidBucket(c.year, r.paidOn) !== month || out.has(r.index)) continue;
				const weeks = meldeperiodeWeeks(r.from, r.to);
				out.set(r.index, { month, ...(weeks ? { weeks } : {}), listed: false });
				left -= 1;
			}
		}
	}
	return out;
}

/**
 * The June/December rule for one month's part of a payment on a table card (§4), with the steps
 * that say why. `paidMonth` is the month of payment (13–24: the next year).
 */
export function juneDecemberRule(
	c: Checked,
	table: string,
	month: number,
	paidMonth: number,
	twelve: boolean,
	melde: Melde | undefined,
	rec: Recorder
): { rule: MonthRule; why: RuleWhy | null } {
	const benefitRules = BENEFITS[c.benefit];
	let rule: MonthRule = 'ordinary';
	let why: RuleWhy | null = null;
	if ((month === 6 || month === 12) && twelve) {
		// Tables withheld over 12 months spread the year's tax evenly: no relief in June or
		// December, whatever the benefit (Skattedirektoratet's table header).
		why = 'twelveMonthTable';
		rec.add('twelveMonthTable', { forMonth: month, table }, SRC_TWELVE);
	} else if (melde) {
		rule = 'trekkfri';
		why = 'meldeperiode';
	} else if (month === 6 || month === 12) {
		const r = month === 6 ? benefitRules.june : benefitRules.december;
		if (month === 6 && c.benefit === 'gjenlevende' && c.withUforetrygd) {
			rule = 'trekkfri';
			why = 'withUforetrygd';
			rec.add('trekkfriWithUforetrygd', { forMonth: month }, BENEFIT_SOURCE);
		} else if (month === 12 && c.benefit === 'sykepenger' && paidMonth !== 12) {
			why = 'sykepengerNotPaidInDecember';
			rec.add(
				'sykepengerNotPaidInDecember',
				{ paidMonth: calendarMonth(paidMonth) },
				BENEFIT_SOURCE
			);
		} else if (r === 'trekkfri' || r === 'half') {
			rule = r;
			why = 'benefitMonth';
			if (r === 'trekkfri')
				rec.add('trekkfri', { forMonth: month, benefit: c.benefit }, BENEFIT_SOURCE);
			if (month === 12 && benefitRules.decemberInterpreted)
				rec.assume(
					'decemberAssumed',
					'decemberAssumed',
					{ forMonth: month, benefit: c.benefit },
					BENEFIT_SOURCE
				);
			if (month === 12 && benefitRules.decemberDisputed)
				rec.assume(
					'decemberDisputed',
					'decemberDisputed',
					{ forMonth: month, benefit: c.benefit },
					SRC_DISPUTED
				);
		}
	}
	return { rule, why };
}
