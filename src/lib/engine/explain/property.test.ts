import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dayFromCivil,
	dayNumber,
	isoOf,
	isoWeekday,
	lastDayOfMonth,
	monthOf,
	yearOf
} from '../calendar';
import { EngineError } from '../errors';
import { BENEFIT_IDS, type Benefit } from '../nav/benefits';
import { withholdPayments, type Extra, type PaymentResult } from '../payments';
import { TABLES } from '../tabelltrekk';
import { explainPayment } from './index';

/**
 * The calculator and the explainer agree: every payment `withholdPayments` produces, typed in as
 * its notice shows it (period, gross, withheld, paid date) with the earlier payments of its
 * month(s), is explained by the table that produced it. Random schedules: benefit, table
 * 8000–9400, 2025 or 2026, meldeperioder across month ends, whole months, spans of any length,
 * June and December, pay dates NAV's usual or a few days late, a voluntary extra. Fixed seed in
 * CI (scripts/vitest-setup.ts), random locally; `FC_SEED` picks one.
 */

type Kind = 'meldeperioder' | 'months' | 'spans';

interface Schedule {
	year: number;
	benefit: Benefit;
	table: string;
	extra: Extra | undefined;
	payments: Array<{ from: string; to: string; amount: number; paidOn?: string }>;
}

const ORDINARY_TABLES = TABLES.filter((t) => t >= '8000' && t <= '9400');

const schedule: fc.Arbitrary<Schedule> = fc
	.record({
		year: fc.constantFrom(2025, 2026),
		kind: fc.constantFrom<Kind>('meldeperioder', 'meldeperioder', 'months', 'spans'),
		// Meldeperioder are AAP's and dagpenger's; the others any benefit (barnepensjon is withheld
		// at its fixed rate whatever the card: no table produced it).
		melde: fc.constantFrom<Benefit>('aap', 'dagpenger'),
		benefit: fc.constantFrom(...BENEFIT_IDS.filter((b) => b !== 'barnepensjon')),
		table: fc.constantFrom(...ORDINARY_TABLES),
		// June and December and the months around them more often than the rest.
		month: fc.constantFrom(1, 3, 4, 5, 5, 6, 6, 8, 10, 11, 11, 12, 12),
		day: fc.integer({ min: 1, max: 28 }),
		rows: fc.array(
			fc.record({
				days: fc.integer({ min: 1, max: 40 }),
				amount: fc.integer({ min: 0, max: 60_000 }),
				// A few days after NAV's usual day, or (undefined) on it.
				late: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined })
			}),
			{ minLength: 1, maxLength: 6 }
		),
		extra: fc.option(fc.constantFrom<Extra>({ kroner: 500 }, { kroner: 1500 }, { percent: 4 }), {
			nil: undefined
		})
	})
	.map(({ year, kind, melde, benefit, table, month, day, rows, extra }) => {
		let start = dayFromCivil(year, month, kind === 'months' ? 1 : day);
		if (kind === 'meldeperioder') while (isoWeekday(start) !== 1) start += 1;
		const payments: Schedule['payments'] = [];
		for (const r of rows) {
			const end =
				kind === 'meldeperioder'
					? start + 13
					: kind === 'months'
						? lastDayOfMonth(year, monthOf(start))
						: start + r.days - 1;
			if (yearOf(end) !== year) break;
			payments.push({
				from: isoOf(start),
				to: isoOf(end),
				amount: r.amount,
				...(r.late !== undefined ? { paidOn: isoOf(end + 1 + r.late) } : {})
			});
			start = end + 1;
		}
		return { year, benefit: kind === 'meldeperioder' ? melde : benefit, table, extra, payments };
	});

const monthsOf = (p: { from: string; to: string }) => {
	const out = new Set<number>();
	for (let m = monthOf(dayNumber(p.from)!); m <= monthOf(dayNumber(p.to)!); m++) out.add(m);
	return out;
};

/**
 * The payments NAV processed before `p` (by pay date, then period) that are for a month `p` is
 * also for, or paid in the month `p` is paid in: what a person types in from their notices.
 */
export function earlierOf(all: PaymentResult[], p: PaymentResult): PaymentResult[] {
	const order = [...all].sort(
		(a, b) => a.paidOn.localeCompare(b.paidOn) || a.from.localeCompare(b.from) || a.index - b.index
	);
	const mine = monthsOf(p);
	return order
		.slice(0, order.indexOf(p))
		.filter(
			(q) =>
				[...monthsOf(q)].some((m) => mine.has(m)) || q.paidOn.slice(0, 7) === p.paidOn.slice(0, 7)
		);
}

/**
 * What no notice can tell: an earlier payment paid in the same month, with days in a month this
 * payment is not for, so small that its tax and a month's extra in kroner together could use it
 * up. How much of the extra it took depends on its tax for those other days, which depends on
 * payments not typed in.
 */
function extraUnknowable(s: Schedule, p: PaymentResult, earlier: PaymentResult[]): boolean {
	if (!s.extra || !('kroner' in s.extra)) return false;
	const monthly = s.extra.kroner;
	const mine = monthsOf(p);
	return earlier.some(
		(e) =>
			e.paidOn.slice(0, 7) === p.paidOn.slice(0, 7) &&
			[...monthsOf(e)].some((m) => !mine.has(m)) &&
			e.taxTrekk + monthly >= e.gross
	);
}

describe('explainPayment and withholdPayments agree', () => {
	it('every payment the calculator produces is explained by the table that produced it', () => {
		fc.assert(
			fc.property(schedule, (s) => {
				let r;
				try {
					r = withholdPayments({
						year: s.year,
						benefit: s.benefit,
						card: { kind: 'table', table: s.table },
						payments: s.payments,
						...(s.extra ? { extra: s.extra } : {})
					});
				} catch (e) {
					// A schedule the calculator refuses (a back payment needs the card's percentage).
					if (e instanceof EngineError) return;
					throw e;
				}
				for (const p of r.payments) {
					const earlier = earlierOf(r.payments, p);
					if (extraUnknowable(s, p, earlier)) continue;
					const found = explainPayment({
						year: s.year,
						benefit: s.benefit,
						payment: { from: p.from, to: p.to, amount: p.gross, paidOn: p.paidOn },
						withheld: p.trekk,
						earlier: earlier.map((q) => ({
							from: q.from,
							to: q.to,
							amount: q.gross,
							withheld: q.trekk,
							paidOn: q.paidOn
						})),
						...(s.extra ? { extra: s.extra } : {})
					});
					const match = found.causes.find(
						(c) => 'tables' in c && c.tables.includes(s.table) && c.order !== 'first'
					);
					expect(match, `${p.from}–${p.to} paid ${p.paidOn}, ${p.trekk} kr`).toBeDefined();
					expect(match!.taxKr + match!.extraKr).toBe(p.trekk);
				}
			}),
			{ numRuns: 60 }
		);
	});
});
