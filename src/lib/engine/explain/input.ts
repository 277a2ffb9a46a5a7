import { dayNumber, isoOf, monthOf, yearOf } from '../calendar';
import { EngineError, type FieldIssue } from '../errors';
import { isBenefit, type Benefit } from '../nav/benefits';
import { assumedPaidOn } from '../nav/payDates';
import type { Extra, PaymentInput } from '../payments';
import { extraOf } from '../payments/input';
import { getTableRoutine } from '../rules';
import { absent, amountIssue, isObj } from '../validate';

/**
 * The notice as typed, checked: every field, every problem reported at once, never a crash
 * (EngineError with field issues). An earlier payment must be for a month this payment is also
 * for, or paid in the month this one is paid in, and paid before it.
 */

export interface Span {
	from: number;
	to: number;
}

export interface Checked {
	year: number;
	benefit: Benefit;
	payment: PaymentInput;
	span: Span;
	/** The pay date as the notice gives it (undefined: none given). */
	paidOn: number | undefined;
	/** The day it was paid: as given, or NAV's usual day (§7). */
	paid: number;
	withheld: number;
	earlier: Array<{
		from: string;
		to: string;
		amount: number;
		withheld: number;
		span: Span;
		paidOn: number | undefined;
	}>;
	extra: Extra | undefined;
}

export function validate(input: unknown): Checked {
	if (!isObj(input)) throw new EngineError([{ field: 'input', code: 'invalid' }]);
	const issues: FieldIssue[] = [];
	let yearOk = false;
	try {
		getTableRoutine(input.year);
		yearOk = true;
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		issues.push(...e.issues);
	}
	const year = input.year as number;
	if (!isBenefit(input.benefit)) issues.push({ field: 'benefit', code: 'unknownBenefit' });

	/** A date of the income year (paid dates also the next), or undefined after saying why not. */
	const dateIn = (field: string, v: unknown, nextYearToo = false): number | undefined => {
		const d = dayNumber(v);
		if (d === undefined) {
			issues.push({ field, code: v === undefined || v === '' ? 'required' : 'badDate' });
			return undefined;
		}
		if (yearOk && yearOf(d) !== year && !(nextYearToo && yearOf(d) === year + 1)) {
			issues.push({ field, code: 'outsideYear', values: { year } });
			return undefined;
		}
		return d;
	};
	const spanOf = (prefix: string, p: Record<string, unknown>): Span | undefined => {
		const from = dateIn(`${prefix}.from`, p.from);
		const to = dateIn(`${prefix}.to`, p.to);
		if (from === undefined || to === undefined) return undefined;
		if (to < from) {
			issues.push({ field: `${prefix}.to`, code: 'toBeforeFrom' });
			return undefined;
		}
		return { from, to };
	};
	/** Withheld: whole kroner, not negative, not above the payment. */
	const withheldOf = (field: string, v: unknown, gross: number | undefined): number | undefined => {
		const bad = amountIssue(field, v);
		if (bad) {
			issues.push(bad);
			return undefined;
		}
		const w = v as number;
		if (!Number.isInteger(w)) {
			issues.push({ field, code: 'notInteger' });
			return undefined;
		}
		if (gross !== undefined && w > gross) {
			issues.push({ field, code: 'aboveGross', values: { grossKr: gross } });
			return undefined;
		}
		return w;
	};

	let span: Span | undefined;
	let paidOn: number | undefined;
	let payment: PaymentInput | undefined;
	let withheld: number | undefined;
	const p = input.payment;
	if (!isObj(p)) issues.push({ field: 'payment', code: 'required' });
	else {
		span = spanOf('payment', p);
		const hasPaid = !absent(p.paidOn) && p.paidOn !== '';
		paidOn = hasPaid ? dateIn('payment.paidOn', p.paidOn, true) : undefined;
		const bad = amountIssue('payment.amount', p.amount);
		if (bad) issues.push(bad);
		const gross = bad ? undefined : (p.amount as number);
		withheld = withheldOf('withheld', input.withheld, gross);
		if (span && gross !== undefined && (!hasPaid || paidOn !== undefined))
			payment = {
				from: isoOf(span.from),
				to: isoOf(span.to),
				amount: gross,
				...(paidOn !== undefined ? { paidOn: isoOf(paidOn) } : {})
			};
	}

	// The day this payment was paid: as the notice gives it, or NAV's usual day (§7).
	const paidThis =
		span && isBenefit(input.benefit)
			? (paidOn ?? assumedPaidOn(input.benefit, span.from, span.to).day)
			: undefined;
	const earlier: Checked['earlier'] = [];
	const e = input.earlier;
	if (!absent(e)) {
		if (!Array.isArray(e)) issues.push({ field: 'earlier', code: 'invalid' });
		else {
			const months = span ? new Set(monthsOf(span)) : undefined;
			const spans: Array<Span & { index: number }> = [];
			e.forEach((row: unknown, i: number) => {
				const f = `earlier.${i}`;
				if (!isObj(row)) {
					issues.push({ field: f, code: 'invalid' });
					return;
				}
				const s = spanOf(f, row);
				const bad = amountIssue(`${f}.amount`, row.amount);
				if (bad) issues.push(bad);
				const w = withheldOf(
					`${f}.withheld`,
					row.withheld,
					bad ? undefined : (row.amount as number)
				);
				const hasPaid = !absent(row.paidOn) && row.paidOn !== '';
				const paid = hasPaid ? dateIn(`${f}.paidOn`, row.paidOn, true) : undefined;
				if (!s || (hasPaid && paid === undefined)) return;
				// An earlier payment counts in the recalculation of a month the payment is also for;
				// one paid earlier in the same month counts for the month's voluntary extra and for
				// which meldeperioder are the first paid in June or December (§1, §5).
				const paidThen =
					paid ??
					(paidThis !== undefined
						? Math.min(assumedPaidOn(input.benefit as Benefit, s.from, s.to).day, paidThis)
						: undefined);
				const samePaidMonth =
					paidThen !== undefined &&
					paidThis !== undefined &&
					yearOf(paidThen) === yearOf(paidThis) &&
					monthOf(paidThen) === monthOf(paidThis);
				if (months && !monthsOf(s).some((m) => months.has(m)) && !samePaidMonth) {
					issues.push({ field: `${f}.from`, code: 'notSameMonth' });
					return;
				}
				if (span && s.from <= span.to && span.from <= s.to) {
					issues.push({ field: `${f}.from`, code: 'overlap' });
					return;
				}
				if (spans.some((o) => s.from <= o.to && o.from <= s.to)) {
					issues.push({ field: `${f}.from`, code: 'overlap' });
					return;
				}
				spans.push({ ...s, index: i });
				if (!bad && w !== undefined)
					earlier.push({
						from: isoOf(s.from),
						to: isoOf(s.to),
						amount: row.amount as number,
						withheld: w,
						span: s,
						paidOn: paid
					});
			});
		}
	}

	// An earlier payment is one paid before this one (on its day, or the day NAV would pay it).
	if (paidThis !== undefined) {
		earlier.forEach((e, i) => {
			if (e.paidOn !== undefined && e.paidOn > paidThis)
				issues.push({ field: `earlier.${i}.paidOn`, code: 'paidAfterPayment' });
		});
	}

	const given = extraOf(input.extra, issues);
	// An extra of nothing is no extra.
	const extra = given && ('kroner' in given ? given.kroner : given.percent) > 0 ? given : undefined;

	if (issues.length > 0 || !payment || !span || withheld === undefined || paidThis === undefined) {
		const seen = new Set<string>();
		throw new EngineError(
			(issues.length > 0 ? issues : [{ field: 'payment', code: 'invalid' as const }]).filter(
				(i) => !seen.has(i.field) && seen.add(i.field)
			)
		);
	}
	return {
		year,
		benefit: input.benefit as Benefit,
		payment,
		span,
		paidOn,
		paid: paidThis,
		withheld,
		earlier,
		extra
	};
}

export function monthsOf(span: Span): number[] {
	const out: number[] = [];
	for (let m = monthOf(span.from); ; m++) {
		out.push(m);
		if (m >= monthOf(span.to)) break;
	}
	return out;
}
