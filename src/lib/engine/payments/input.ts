import { dayNumber, monthOf, yearOf } from '../calendar';
import { EngineError, type FieldIssue } from '../errors';
import { toOre } from '../money';
import { BENEFITS, isBenefit, type Benefit } from '../nav/benefits';
import { barnepensjonFixedRate, kildeskattAllowed, type Rate } from '../nav/cards';
import type { Reporting } from '../nav/meldeperioder';
import { assumedPaidOn } from '../nav/payDates';
import { getTableRoutine, getYearRules } from '../rules';
import { isValidTable } from '../tabelltrekk';
import { absent, amountIssue, isObj, percentIssue } from '../validate';
import { isBackPayment, paidBucket } from './periods';
import type { Card, Checked, Extra, Row } from './types';

/**
 * The input of `withholdPayments`: every field checked, every problem reported (one per field),
 * never a crash. Throws one EngineError with all the issues.
 */
const FLAT_KINDS = new Set(['percent', 'frikort', 'none', 'kildeskatt', 'svalbard']);

export function validate(input: unknown): Checked {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	const benefitOk = isBenefit(input.benefit);
	if (!benefitOk) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	// Barnepensjon from 2025: a fixed rate whatever the card, so no card is needed (§1).
	let fixed: Rate | undefined;
	try {
		if (input.benefit === 'barnepensjon')
			fixed = barnepensjonFixedRate(getYearRules(input.year).year);
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
	}
	const card = fixed ? { kind: 'none' } : input.card;
	const kind = isObj(card) ? card.kind : undefined;

	// A table card needs the year's table routine; other cards only a year the engine knows.
	let yearOk = false;
	try {
		if (kind === 'table') getTableRoutine(input.year);
		else getYearRules(input.year);
		yearOk = true;
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		issues.push(...e.issues);
	}
	const year = input.year as number;

	if (!isObj(card)) issues.push({ field: 'card', code: 'unknownCard' });
	else if (
		kind === 'kildeskatt' &&
		benefitOk &&
		!kildeskattAllowed(input.benefit as Benefit, BENEFITS[input.benefit as Benefit].income)
	)
		// NAV: wage-type benefits cannot be in the kildeskatt scheme (§1).
		issues.push({ field: 'card', code: 'kildeskattNotAllowed' });
	else if (kind === 'table') {
		if (typeof card.table !== 'string' || !isValidTable(card.table))
			issues.push({ field: 'card.table', code: 'unknownTable' });
		const bad = absent(card.percent) ? undefined : percentIssue('card.percent', card.percent);
		if (bad) issues.push(bad);
	} else if (kind === 'percent') {
		const bad = percentIssue('card.percent', card.percent);
		if (bad) issues.push(bad);
	} else if (kind === 'frikort') {
		const bad = absent(card.limit) ? undefined : amountIssue('card.limit', card.limit);
		if (bad) issues.push(bad);
	} else if (typeof kind !== 'string' || !FLAT_KINDS.has(kind)) {
		issues.push({ field: 'card', code: 'unknownCard' });
	}

	const extra = extraOf(input.extra, issues);

	const mw = input.meldekortWeeks;
	if (!absent(mw) && mw !== 'odd' && mw !== 'even')
		issues.push({ field: 'meldekortWeeks', code: 'invalid' });
	const wu = input.withUforetrygd;
	if (!absent(wu) && typeof wu !== 'boolean')
		issues.push({ field: 'withUforetrygd', code: 'invalid' });

	const rows: Row[] = [];
	if (!Array.isArray(input.payments)) issues.push({ field: 'payments', code: 'required' });
	else {
		const benefit = isBenefit(input.benefit) ? input.benefit : undefined;
		input.payments.forEach((p: unknown, i: number) => {
			const f = `payments.${i}`;
			if (!isObj(p)) {
				issues.push({ field: f, code: 'invalid' });
				return;
			}
			let ok = true;
			const problem = (field: string, code: FieldIssue['code'], values?: FieldIssue['values']) => {
				issues.push({ field: `${f}.${field}`, code, ...(values ? { values } : {}) });
				ok = false;
			};
			/** A date of the income year, or undefined after reporting why not. */
			const dateIn = (field: string, value: unknown, nextYearToo = false): number | undefined => {
				const d = dayNumber(value);
				if (d === undefined) problem(field, 'badDate');
				else if (yearOk && yearOf(d) !== year && !(nextYearToo && yearOf(d) === year + 1))
					problem(field, 'outsideYear', { year });
				return d;
			};
			const from = dateIn('from', p.from);
			const to = dateIn('to', p.to);
			if (from !== undefined && to !== undefined && to < from) problem('to', 'toBeforeFrom');
			// A payment for this year may be paid early the next (December sykepenger in January).
			const paidOn =
				absent(p.paidOn) || p.paidOn === '' ? undefined : dateIn('paidOn', p.paidOn, true);
			const bad = amountIssue(`${f}.amount`, p.amount);
			if (bad) {
				issues.push(bad);
				ok = false;
			}
			if (!ok || from === undefined || to === undefined) return;
			// Interpretation: without a paid date, NAV's usual date for the benefit (§7): pensions
			// around the 20th (the 12th in December), others after the period; banking days only.
			const amount = p.amount as number;
			const assumed = paidOn === undefined ? assumedPaidOn(benefit, from, to) : undefined;
			rows.push({
				index: i,
				from,
				to,
				paidOn: paidOn ?? assumed!.day,
				paidOnAssumed: paidOn === undefined,
				paidOnRule: assumed?.rule ?? null,
				amount,
				grossKr: toOre(amount),
				cap: Math.floor(amount)
			});
		});
		// Overlapping periods: each payment is checked against the furthest-reaching one before it
		// (by start date); the later one in input order is reported.
		const sorted = [...rows].sort((a, b) => a.from - b.from || a.index - b.index);
		let reach: Row | undefined;
		for (const cur of sorted) {
			if (reach && cur.from <= reach.to) {
				const later = cur.index > reach.index ? cur : reach;
				issues.push({ field: `payments.${later.index}.from`, code: 'overlap' });
			}
			if (!reach || cur.to > reach.to) reach = cur;
		}
		// A back payment for an earlier month of the year is withheld at the card's percentage,
		// a table card's too (§6): never guessed, so it must be given.
		if (
			yearOk &&
			kind === 'table' &&
			isObj(card) &&
			absent(card.percent) &&
			rows.some((r) => isBackPayment(paidBucket(year, r.paidOn), monthOf(r.to)))
		)
			issues.push({ field: 'card.percent', code: 'backPaymentPercent' });
	}

	if (issues.length > 0) {
		const seen = new Set<string>();
		throw new EngineError(issues.filter((i) => !seen.has(i.field) && seen.add(i.field)));
	}
	return {
		year,
		benefit: input.benefit as Benefit,
		card: card as Card,
		fixed,
		extra,
		reporting: (mw ?? undefined) as Reporting | undefined,
		withUforetrygd: wu === true,
		rows
	};
}

/**
 * Voluntary extra withholding as given: kroner or percent, not both; undefined when left out or
 * after reporting why not (shared with explainPayment).
 */
export function extraOf(x: unknown, issues: FieldIssue[]): Extra | undefined {
	if (absent(x)) return undefined;
	if (!isObj(x) || 'kroner' in x === 'percent' in x) {
		issues.push({ field: 'extra', code: 'invalid' });
		return undefined;
	}
	const bad =
		'kroner' in x
			? amountIssue('extra.kroner', x.kroner)
			: percentIssue('extra.percent', x.percent);
	if (bad) {
		issues.push(bad);
		return undefined;
	}
	return 'kroner' in x ? { kroner: x.kroner as number } : { percent: x.percent as number };
}
