import Decimal from 'decimal.js';
import { EngineError, MAX_AMOUNT, type FieldIssue } from './errors';
import { BENEFITS, BENEFIT_SOURCE, isBenefit, type Benefit, type MonthRule } from './nav/benefits';
import { RATES, noCardRate } from './nav/cards';
import { dayNumber, isoOf, isoWeek, monthOf, splitByMonth, yearOf } from './nav/dates';
import { MELDEPERIODE_WEEKS, type Reporting } from './nav/meldeperioder';
import { getTableRoutine } from './rules';
import { step, type Step } from './steps';
import { isValidTable, tabelltrekk, tabelltrekkSteps, type Period } from './tabelltrekk';

/**
 * NAV's withholding on each payment (shared/spec/nav-payments.md): the table period from the
 * calendar days paid, the whole month recalculated at every payment, June and December per
 * benefit, the other kinds of tax card, and voluntary extra withholding. Money that is split or
 * taken as a percentage is computed with decimal.js; table withholding is whole kroner.
 */
export type Card =
	| { kind: 'table'; table: string }
	| { kind: 'percent'; percent: number }
	| { kind: 'frikort'; limit?: number }
	| { kind: 'none' }
	| { kind: 'kildeskatt' }
	| { kind: 'svalbard' };

export type Extra = { kroner: number } | { percent: number };

export interface PaymentInput {
	from: string;
	to: string;
	amount: number;
	paidOn?: string;
}

export interface WithholdInput {
	year: number;
	benefit: Benefit;
	card: Card;
	payments: PaymentInput[];
	extra?: Extra;
	/** AAP and dagpenger: the person reports in odd or even ISO weeks (default odd). */
	meldekortWeeks?: Reporting;
	/** Gjenlevende: also receives uføretrygd (June is then trekkfri). */
	withUforetrygd?: boolean;
}

/** Interpretations from the spec that a result may rest on; the UI says so where they apply. */
export type Interpretation =
	| 'dayTables'
	| 'thirdRounding'
	| 'splitMonths'
	| 'noNegative'
	| 'halfRounding'
	| 'percentAllMonths'
	| 'meldeperiodeFallback'
	| 'trekkfriOutsideMonth'
	| 'paidOnAssumed'
	| 'extraOncePerMonth'
	| 'wholeKroner'
	| 'monthsNotListed'
	| 'lateForMonth';

export interface MonthPart {
	/** The month (1–12) this part of the payment is for. */
	month: number;
	days: number;
	/** The part of the payment for this month (kroner, to the øre). */
	amount: number;
	rule: MonthRule;
	/** The table period for all days paid so far for the month (table cards only). */
	period: Period | null;
	/** 18–24 days: the week table on one third, times three. */
	third: boolean;
	cumulativeDays: number;
	cumulativeAmount: number;
	/** The month's withholding recalculated now, after the June/December rule. */
	monthTotal: number;
	withheldEarlier: number;
	trekk: number;
	/** Position among the payments for this month (1 = first). */
	nth: number;
}

export interface PaymentResult {
	index: number;
	from: string;
	to: string;
	paidOn: string;
	paidOnAssumed: boolean;
	gross: number;
	trekk: number;
	net: number;
	days: number;
	method: Card['kind'];
	/** Table period of the payment's main part (the month with most days), or null. */
	period: Period | null;
	rule: MonthRule;
	parts: MonthPart[];
	/** Tax withheld before the voluntary extra. */
	taxTrekk: number;
	extraTrekk: number;
	capped: boolean;
	reason: Step;
	steps: Step[];
	interpretation: boolean;
}

export interface MonthSummary {
	month: number;
	gross: number;
	trekk: number;
	/** The rule for the payments paid in the month; null when nothing was paid. */
	rule: MonthRule | 'mixed' | null;
}

export interface WithholdResult {
	year: number;
	payments: PaymentResult[];
	months: MonthSummary[];
	totals: { gross: number; trekk: number; net: number };
	interpretations: Interpretation[];
}

const SRC = 'nav.no: Skattetrekk på utbetalinger fra NAV (nav-payments.md)';

/** §2: the table for the number of calendar days paid for. */
export function periodForDays(days: number): { period: Period; third: boolean } {
	if (days <= 1) return { period: '1day', third: false };
	if (days <= 4) return { period: `${days}days` as Period, third: false };
	if (days <= 10) return { period: 'week', third: false };
	if (days <= 17) return { period: '14days', third: false };
	if (days <= 24) return { period: 'week', third: true };
	return { period: 'month', third: false };
}

function isObj(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null;
}

function amountIssue(field: string, v: unknown): FieldIssue | undefined {
	if (typeof v !== 'number' || Number.isNaN(v)) return { field, code: 'invalid' };
	if (!Number.isFinite(v)) return { field, code: 'notFinite' };
	if (v < 0) return { field, code: 'negative' };
	if (v > MAX_AMOUNT) return { field, code: 'tooLarge', values: { max: MAX_AMOUNT } };
	return undefined;
}

interface Checked {
	index: number;
	from: number;
	to: number;
	paidOn: number;
	paidOnAssumed: boolean;
	amount: Decimal;
}

/** Every field checked; all problems reported together, one per field. */
function validate(input: unknown): { input: WithholdInput; rows: Checked[] } {
	const issues: FieldIssue[] = [];
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const year = input.year;
	let yearOk = false;
	try {
		getTableRoutine(year);
		yearOk = true;
	} catch (e) {
		if (e instanceof EngineError) issues.push(...e.issues);
		else throw e;
	}
	if (!isBenefit(input.benefit)) issues.push({ field: 'benefit', code: 'unknownBenefit' });

	const card = input.card;
	if (!isObj(card)) issues.push({ field: 'card', code: 'unknownCard' });
	else if (card.kind === 'table') {
		if (typeof card.table !== 'string' || !isValidTable(card.table))
			issues.push({ field: 'card.table', code: 'unknownTable' });
	} else if (card.kind === 'percent') {
		const bad = amountIssue('card.percent', card.percent);
		if (bad) issues.push(bad);
		else if ((card.percent as number) > 100)
			issues.push({ field: 'card.percent', code: 'percentRange' });
	} else if (card.kind === 'frikort') {
		if (card.limit !== undefined) {
			const bad = amountIssue('card.limit', card.limit);
			if (bad) issues.push(bad);
		}
	} else if (!['none', 'kildeskatt', 'svalbard'].includes(card.kind as string)) {
		issues.push({ field: 'card', code: 'unknownCard' });
	}

	const extra = input.extra;
	if (extra !== undefined) {
		if (!isObj(extra)) issues.push({ field: 'extra', code: 'invalid' });
		else if ('kroner' in extra) {
			const bad = amountIssue('extra.kroner', extra.kroner);
			if (bad) issues.push(bad);
		} else if ('percent' in extra) {
			const bad = amountIssue('extra.percent', extra.percent);
			if (bad) issues.push(bad);
			else if ((extra.percent as number) > 100)
				issues.push({ field: 'extra.percent', code: 'percentRange' });
		} else issues.push({ field: 'extra', code: 'invalid' });
	}
	if (
		input.meldekortWeeks !== undefined &&
		input.meldekortWeeks !== 'odd' &&
		input.meldekortWeeks !== 'even'
	)
		issues.push({ field: 'meldekortWeeks', code: 'invalid' });

	const rows: Checked[] = [];
	if (!Array.isArray(input.payments)) issues.push({ field: 'payments', code: 'required' });
	else {
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
			const dateIn = (field: string, value: unknown): number | undefined => {
				const d = dayNumber(value);
				if (d === undefined) problem(field, 'badDate');
				else if (yearOk && yearOf(d) !== year)
					problem(field, 'outsideYear', { year: year as number });
				return d;
			};
			const from = dateIn('from', p.from);
			const to = dateIn('to', p.to);
			if (from !== undefined && to !== undefined && to < from) problem('to', 'toBeforeFrom');
			const paidOn =
				p.paidOn !== undefined && p.paidOn !== '' ? dateIn('paidOn', p.paidOn) : undefined;
			const bad = amountIssue(`${f}.amount`, p.amount);
			if (bad) {
				issues.push(bad);
				ok = false;
			}
			if (!ok || from === undefined || to === undefined) return;
			// Interpretation: without a paid date, the payment is taken as paid the day after its
			// period ends (within the year), as NAV pays after a period.
			const assumed = paidOn === undefined;
			const lastOfYear = dayNumber(`${year as number}-12-31`)!;
			rows.push({
				index: i,
				from,
				to,
				paidOn: paidOn ?? Math.min(to + 1, lastOfYear),
				paidOnAssumed: assumed,
				amount: new Decimal(p.amount as number)
			});
		});
		// Overlapping periods: the later payment (in input order) is the one reported.
		const sorted = [...rows].sort((a, b) => a.from - b.from || a.index - b.index);
		for (let k = 1; k < sorted.length; k++) {
			const prev = sorted[k - 1]!;
			const cur = sorted[k]!;
			if (cur.from <= prev.to) {
				const later = cur.index > prev.index ? cur : prev;
				issues.push({ field: `payments.${later.index}.from`, code: 'overlap' });
			}
		}
	}
	if (issues.length > 0) {
		const seen = new Set<string>();
		throw new EngineError(issues.filter((i) => !seen.has(i.field) && seen.add(i.field)));
	}
	return { input: input as unknown as WithholdInput, rows };
}

/** Split a payment over the calendar months it covers, in proportion to days (to the øre). */
function splitAmount(row: Checked): Array<{ month: number; days: number; amount: Decimal }> {
	const pieces = splitByMonth(row.from, row.to);
	const total = row.to - row.from + 1;
	let rest = row.amount;
	return pieces.map((piece, i) => {
		const amount =
			i === pieces.length - 1
				? rest
				: row.amount.times(piece.days).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
		rest = rest.minus(amount);
		return { month: piece.month, days: piece.days, amount };
	});
}

/** Which payments of AAP/dagpenger are the trekkfri meldeperioder of June and December. */
function trekkfriMeldeperioder(
	input: WithholdInput,
	order: Checked[],
	used: Set<Interpretation>
): Map<number, 6 | 12> {
	const out = new Map<number, 6 | 12>();
	const rules = BENEFITS[input.benefit];
	const weeks = MELDEPERIODE_WEEKS[input.year];
	const reporting = input.meldekortWeeks ?? 'odd';
	for (const month of [6, 12] as const) {
		const rule = month === 6 ? rules.june : rules.december;
		if (rule !== 'meldeperioder') continue;
		const count = month === 6 ? 2 : 1;
		if (weeks) {
			const listed = (month === 6 ? weeks.june : weeks.december)[reporting];
			for (const row of order) {
				const key = `${isoWeek(row.from)}-${isoWeek(row.to)}`;
				if (listed.some(([a, b]) => `${a}-${b}` === key)) out.set(row.index, month);
			}
		} else {
			// Interpretation (§5): the meldeperiode(s) paid first in the month.
			const paidInMonth = order.filter((r) => monthOf(r.paidOn) === month).slice(0, count);
			if (paidInMonth.length > 0) used.add('meldeperiodeFallback');
			for (const r of paidInMonth) out.set(r.index, month);
		}
	}
	return out;
}

/** Percent of an amount, rounded half up to whole kroner. */
function percentOf(amount: Decimal, pct: number): number {
	return amount.times(pct).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function money(d: Decimal): number {
	return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** NAV's withholding on every payment, returned in input order. Throws EngineError on bad input. */
export function withholdPayments(raw: WithholdInput): WithholdResult {
	const { input, rows } = validate(raw);
	const used = new Set<Interpretation>();
	const benefit = BENEFITS[input.benefit];
	const card = input.card;
	// Payments are processed in the order NAV pays them; ties keep the order given.
	const order = [...rows].sort(
		(a, b) => a.paidOn - b.paidOn || a.from - b.from || a.index - b.index
	);
	const meldeTrekkfri = trekkfriMeldeperioder(input, order, used);

	const month = new Map<
		number,
		{ days: number; amount: Decimal; withheld: number; count: number }
	>();
	const extraTakenIn = new Set<number>();
	let paidSoFar = new Decimal(0);
	const results = new Array<PaymentResult>(rows.length);

	for (const row of order) {
		const steps: Step[] = [];
		const interp = new Set<Interpretation>();
		const note = (i: Interpretation) => (interp.add(i), used.add(i));
		const gross = row.amount;
		const days = row.to - row.from + 1;
		const paidMonth = monthOf(row.paidOn);
		steps.push(
			step(
				'payments.days',
				{ fromDate: isoOf(row.from), toDate: isoOf(row.to), days },
				{ source: SRC }
			)
		);
		if (row.paidOnAssumed) {
			note('paidOnAssumed');
			steps.push(
				step('payments.paidOnAssumed', { paidDate: isoOf(row.paidOn) }, { interpretation: true })
			);
		}

		const parts: MonthPart[] = [];
		let taxTrekk = 0;
		let partCapped = false;
		let reason: Step;
		const grossKr = money(gross);

		if (card.kind === 'table') {
			const pieces = splitAmount(row);
			if (pieces.length > 1) {
				note('splitMonths');
				steps.push(
					step('payments.split', { months: pieces.length }, { interpretation: true, source: SRC })
				);
			}
			const melde = meldeTrekkfri.get(row.index);
			for (const piece of pieces) {
				// The June/December rule for this part.
				let rule: MonthRule = 'ordinary';
				if (melde !== undefined) {
					rule = 'trekkfri';
				} else if (piece.month === 6 || piece.month === 12) {
					const r = piece.month === 6 ? benefit.june : benefit.december;
					if (r === 'trekkfri' || r === 'half') rule = r;
					if (piece.month === 6 && input.benefit === 'gjenlevende' && input.withUforetrygd)
						rule = 'trekkfri';
					if (piece.month === 12 && input.benefit === 'sykepenger' && paidMonth !== 12)
						rule = 'ordinary';
					if (benefit.monthsInterpreted) note('monthsNotListed');
				}
				const m = month.get(piece.month) ?? {
					days: 0,
					amount: new Decimal(0),
					withheld: 0,
					count: 0
				};
				m.count += 1;
				const partBase = {
					month: piece.month,
					days: piece.days,
					amount: money(piece.amount),
					nth: m.count
				};
				if (rule === 'trekkfri') {
					// A trekkfri payment stays out of the month's recalculation, so a later payment
					// in the month does not take back what this one was spared (interpretation).
					if (melde === undefined && (piece.month === 6 || piece.month === 12)) {
						steps.push(
							step(
								'payments.trekkfri',
								{ forMonth: piece.month, benefit: input.benefit },
								{ source: BENEFIT_SOURCE }
							)
						);
					} else {
						steps.push(
							step(
								'payments.meldeperiodeTrekkfri',
								{ paidMonth: melde ?? piece.month, benefit: input.benefit },
								{
									source: BENEFIT_SOURCE,
									interpretation: used.has('meldeperiodeFallback')
								}
							)
						);
					}
					month.set(piece.month, m);
					parts.push({
						...partBase,
						rule,
						period: null,
						third: false,
						cumulativeDays: m.days,
						cumulativeAmount: money(m.amount),
						monthTotal: m.withheld,
						withheldEarlier: m.withheld,
						trekk: 0
					});
					continue;
				}
				m.days += piece.days;
				m.amount = m.amount.plus(piece.amount);
				const { period, third } = periodForDays(m.days);
				if (period.endsWith('days') || period === '1day') note('dayTables');
				// The table routine takes whole kroner: øre are left out (interpretation).
				const cumKr = m.amount.floor().toNumber();
				if (!m.amount.isInteger()) note('wholeKroner');
				let full: number;
				let tableSteps: Step[];
				if (third) {
					note('thirdRounding');
					const thirdKr = Math.floor(cumKr / 3);
					const r = tabelltrekkSteps({
						year: input.year,
						table: card.table,
						period: 'week',
						amount: thirdKr
					});
					full = r.trekk * 3;
					tableSteps = r.steps;
					steps.push(
						step(
							'payments.periodThird',
							{
								days: m.days,
								cumulativeKr: cumKr,
								thirdKr,
								weekTrekkKr: r.trekk,
								monthTrekkKr: full
							},
							{ interpretation: true, source: SRC }
						)
					);
				} else {
					const r = tabelltrekkSteps({
						year: input.year,
						table: card.table,
						period,
						amount: cumKr
					});
					full = r.trekk;
					tableSteps = r.steps;
					steps.push(
						step(
							'payments.period',
							{ days: m.days, period },
							{
								interpretation: period !== 'month' && period !== 'week' && period !== '14days',
								source: SRC
							}
						)
					);
				}
				steps.push(...tableSteps);
				let monthTotal = full;
				if (rule === 'half') {
					if (full % 2 === 1) note('halfRounding');
					monthTotal = Math.floor(full / 2 + 0.5);
					steps.push(
						step(
							'payments.half',
							{ forMonth: piece.month, fullKr: full, halfKr: monthTotal, benefit: input.benefit },
							{ source: BENEFIT_SOURCE, interpretation: full % 2 === 1 }
						)
					);
				}
				let trekk = monthTotal - m.withheld;
				if (trekk < 0) {
					note('noNegative');
					steps.push(
						step(
							'payments.noNegative',
							{ monthTotalKr: monthTotal, earlierKr: m.withheld },
							{ interpretation: true }
						)
					);
					trekk = 0;
				}
				// Never more than this part of the payment.
				const partCap = piece.amount.floor().toNumber();
				if (trekk > partCap) {
					trekk = partCap;
					partCapped = true;
				}
				steps.push(
					step(
						m.count === 1 ? 'payments.monthFirst' : 'payments.monthRecalc',
						{
							forMonth: piece.month,
							cumulativeDays: m.days,
							cumulativeKr: cumKr,
							monthTotalKr: monthTotal,
							earlierKr: m.withheld,
							trekkKr: trekk
						},
						{ source: SRC }
					)
				);
				parts.push({
					...partBase,
					rule,
					period,
					third,
					cumulativeDays: m.days,
					cumulativeAmount: money(m.amount),
					monthTotal,
					withheldEarlier: m.withheld,
					trekk
				});
				m.withheld += trekk;
				month.set(piece.month, m);
				taxTrekk += trekk;
			}
			const main = parts.reduce((a, b) => (b.days > a.days ? b : a), parts[0]!);
			reason =
				main.rule === 'trekkfri'
					? step(
							meldeTrekkfri.has(row.index)
								? 'payments.reason.meldeperiodeTrekkfri'
								: 'payments.reason.trekkfri',
							{ forMonth: main.month }
						)
					: main.rule === 'half'
						? step('payments.reason.half', { forMonth: main.month })
						: main.nth === 1
							? step('payments.reason.firstInMonth', { forMonth: main.month })
							: step('payments.reason.laterInMonth', { forMonth: main.month, nth: main.nth });
		} else {
			// Flat rates apply in every month, June and December too (interpretation for percentage cards).
			const inJuneOrDecember =
				[6, 12].includes(monthOf(row.from)) || [6, 12].includes(monthOf(row.to));
			if (card.kind === 'percent') {
				taxTrekk = percentOf(gross, card.percent);
				steps.push(
					step(
						'payments.percent',
						{ ratePct: card.percent, amountKr: grossKr, trekkKr: taxTrekk },
						{ source: SRC }
					)
				);
				if (inJuneOrDecember) {
					note('percentAllMonths');
					steps.push(step('payments.percentAllMonths', {}, { interpretation: true }));
				}
				reason = step('payments.reason.percent', { ratePct: card.percent });
			} else if (card.kind === 'frikort') {
				if (card.limit === undefined) {
					steps.push(step('payments.frikortNoLimit', {}, { source: SRC }));
					reason = step('payments.reason.frikort', {});
				} else {
					const before = paidSoFar;
					const after = paidSoFar.plus(gross);
					const limit = new Decimal(card.limit);
					const above = Decimal.max(0, after.minus(Decimal.max(limit, before)));
					taxTrekk = percentOf(above, RATES.frikortAbove.value);
					if (above.isZero()) {
						steps.push(
							step(
								'payments.frikortBelow',
								{ limitKr: card.limit, paidKr: money(after) },
								{ source: RATES.frikortAbove.source }
							)
						);
						reason = step('payments.reason.frikort', {});
					} else {
						steps.push(
							step(
								'payments.frikortAbove',
								{
									limitKr: card.limit,
									aboveKr: money(above),
									ratePct: RATES.frikortAbove.value,
									trekkKr: taxTrekk
								},
								{ source: RATES.frikortAbove.source }
							)
						);
						reason = step('payments.reason.frikortAbove', { limitKr: card.limit });
					}
				}
			} else {
				const rate =
					card.kind === 'kildeskatt'
						? RATES.kildeskatt
						: card.kind === 'svalbard'
							? benefit.income === 'pension'
								? RATES.svalbardPension
								: RATES.svalbardWage
							: noCardRate(input.benefit, benefit.income);
				taxTrekk = percentOf(gross, rate.value);
				steps.push(
					step(
						`payments.${card.kind === 'none' ? 'noCard' : card.kind}`,
						{ ratePct: rate.value, amountKr: grossKr, trekkKr: taxTrekk },
						{ source: rate.source }
					)
				);
				reason = step(`payments.reason.${card.kind === 'none' ? 'noCard' : card.kind}`, {
					ratePct: rate.value
				});
			}
		}
		paidSoFar = paidSoFar.plus(gross);

		// Voluntary extra withholding, every month including June and December.
		let extraTrekk = 0;
		const extra = input.extra;
		if (extra && 'kroner' in extra && extra.kroner > 0) {
			if (!extraTakenIn.has(paidMonth)) {
				extraTakenIn.add(paidMonth);
				extraTrekk = new Decimal(extra.kroner).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
				note('extraOncePerMonth');
				steps.push(
					step(
						'payments.extraKroner',
						{ extraKr: extraTrekk, paidMonth },
						{ interpretation: true, source: 'skatteetaten.no: Frivillig skattetrekk' }
					)
				);
			} else
				steps.push(step('payments.extraAlreadyTaken', { paidMonth }, { interpretation: true }));
		} else if (extra && 'percent' in extra && extra.percent > 0) {
			extraTrekk = percentOf(gross, extra.percent);
			steps.push(
				step(
					'payments.extraPercent',
					{ ratePct: extra.percent, extraKr: extraTrekk },
					{ source: 'skatteetaten.no: Frivillig skattetrekk' }
				)
			);
		}

		// The withholding never exceeds the payment.
		const cap = gross.floor().toNumber();
		let trekk = taxTrekk + extraTrekk;
		const capped = trekk > cap || partCapped;
		if (trekk > cap || partCapped) {
			trekk = Math.min(trekk, cap);
			steps.push(step('payments.cap', { amountKr: grossKr, trekkKr: trekk }, { source: SRC }));
		}
		const net = money(gross.minus(trekk));
		steps.push(step('payments.total', { grossKr, trekkKr: trekk, netKr: net }));
		const main =
			parts.length > 0 ? parts.reduce((a, b) => (b.days > a.days ? b : a), parts[0]!) : undefined;
		results[row.index] = {
			index: row.index,
			from: isoOf(row.from),
			to: isoOf(row.to),
			paidOn: isoOf(row.paidOn),
			paidOnAssumed: row.paidOnAssumed,
			gross: grossKr,
			trekk,
			net,
			days,
			method: card.kind,
			period: main?.period ?? null,
			rule: main?.rule ?? 'ordinary',
			parts,
			taxTrekk,
			extraTrekk,
			capped,
			reason,
			steps,
			interpretation: interp.size > 0 || steps.some((s) => s.interpretation)
		};
	}

	// A summary per month of payment, for the timeline.
	const months: MonthSummary[] = Array.from({ length: 12 }, (_, i) => ({
		month: i + 1,
		gross: 0,
		trekk: 0,
		rule: null
	}));
	const grossByMonth = Array.from({ length: 12 }, () => new Decimal(0));
	for (const r of results) {
		const m = monthOf(dayNumber(r.paidOn)!);
		const s = months[m - 1]!;
		grossByMonth[m - 1] = grossByMonth[m - 1]!.plus(r.gross);
		s.trekk += r.trekk;
		s.rule = s.rule === null || s.rule === r.rule ? r.rule : 'mixed';
	}
	months.forEach((s, i) => (s.gross = money(grossByMonth[i]!)));
	const totalGross = results.reduce((a, r) => a.plus(r.gross), new Decimal(0));
	const totalTrekk = results.reduce((a, r) => a + r.trekk, 0);
	return {
		year: input.year,
		payments: results,
		months,
		totals: {
			gross: money(totalGross),
			trekk: totalTrekk,
			net: money(totalGross.minus(totalTrekk))
		},
		interpretations: [...used]
	};
}

/** The month table on a whole month's amount: what several payments for one month add up to. */
export function monthTableTrekk(year: number, table: string, amount: number): number {
	return tabelltrekk({ year, table, period: 'month', amount: Math.floor(amount) });
}
