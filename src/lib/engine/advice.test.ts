import { describe, expect, it } from 'vitest';
import { advanceDeadline, adviseYear, firstExtraMonth } from './advice';
import { cite } from './rules/source';
import { uforeYear } from './ufore';

const ids = (s: { id: string }[]) => s.map((x) => x.id);
/** NAV pays 20 000 kr a month and withholds 5 000 kr: each payment can carry 15 000 kr more. */
const ROOM = Array.from({ length: 12 }, () => 15_000);
const base = { year: 2026, low: 0, high: 0, twoTables: false, room: ROOM, otherPayer: false };
const restskatt = (net: number, today: string) =>
	adviseYear({ ...base, net, low: net, high: net, today });

describe('the advice is what can still be done on the day it is read', () => {
	it('an extra withholding starts the month after it is registered', () => {
		expect(firstExtraMonth(2026, '2026-01-10')).toBe(2);
		expect(firstExtraMonth(2026, '2026-09-15')).toBe(10);
		expect(firstExtraMonth(2026, '2026-11-20')).toBe(12);
		// Registered in December, it would start in January: no month of 2026 is left.
		expect(firstExtraMonth(2026, '2026-12-06')).toBe(13);
		expect(firstExtraMonth(2027, '2026-12-06')).toBe(1);
		expect(firstExtraMonth(2025, '2026-01-10')).toBe(13);
	});

	it('the additional advance is due 31 May the year after, or the next banking day', () => {
		// 31 May 2027 is a Monday, not a holiday (Whit Monday 2027 is 17 May).
		expect(advanceDeadline(2026)).toBe('2027-05-31');
		// 31 May 2026 is a Sunday: Monday 1 June (Whit Monday 2026 is 25 May).
		expect(advanceDeadline(2025)).toBe('2026-06-01');
	});

	it('January: from February, spread over eleven months', () => {
		// 12 000 / 11 = 1 090.9 → 1 100 kr (whole 10 kr up); 11 × 1 100 = 12 100.
		const a = restskatt(12_000, '2026-01-10');
		expect(a).toEqual([
			expect.objectContaining({
				id: 'year.action.newTaxCard',
				values: { amountKr: 12_000, fromMonth: 2 }
			}),
			expect.objectContaining({
				id: 'year.action.extraWithholding',
				values: { perMonthKr: 1_100, months: 11, fromMonth: 2, totalKr: 12_100 }
			})
		]);
	});

	it('September: from October, over three months', () => {
		// 12 000 / 3 = 4 000 kr a month, October–December, 12 000 in all.
		const a = restskatt(12_000, '2026-09-15');
		expect(a[1]).toMatchObject({
			id: 'year.action.extraWithholding',
			values: { perMonthKr: 4_000, months: 3, fromMonth: 10, totalKr: 12_000 }
		});
		expect(a).toHaveLength(2);
	});

	it('November: December alone, never more than December can carry; the rest as an advance', () => {
		// 46 590 kr in one month is more than the 15 000 kr December can carry: 15 000 kr then,
		// and 46 590 − 15 000 = 31 590 kr paid in by 31 May 2027.
		const a = restskatt(46_590, '2026-11-20');
		expect(ids(a)).toEqual([
			'year.action.newTaxCard',
			'year.action.extraWithholdingLastPart',
			'year.action.advanceRest'
		]);
		expect(a[1]!.values).toEqual({ perMonthKr: 15_000, fromMonth: 12 });
		expect(a[2]!.values).toEqual({ amountKr: 31_590, deadlineDate: '2027-05-31', nextYear: 2027 });
	});

	it('December: no month is left, so no extra and no tax card for this year; an advance instead', () => {
		const a = restskatt(46_590, '2026-12-06');
		expect(ids(a)).toEqual(['year.action.advance', 'year.action.nextYearCard']);
		expect(a[0]!.values).toEqual({ amountKr: 46_590, deadlineDate: '2027-05-31', nextYear: 2027 });
		expect(cite(a[0]!.source!)).toContain('Tilleggsforskudd');
	});

	it('after the advance date the settlement decides', () => {
		const a = restskatt(46_590, '2027-06-10');
		expect(ids(a)).toEqual(['year.action.yearOverRestskatt', 'year.action.nextYearCard']);
	});

	it('money back: a new card while months are left, otherwise the settlement', () => {
		const back = (today: string) =>
			ids(adviseYear({ ...base, net: -5_000, low: -5_000, high: -5_000, today }));
		expect(back('2026-09-15')).toEqual(['year.action.lowerWithholding']);
		expect(back('2026-12-06')).toEqual(['year.action.yearOverTilgode']);
	});

	it('a month without a NAV payment carries nothing', () => {
		// Paid only to October: in September the extra reaches October alone.
		const room = ROOM.map((r, i) => (i < 10 ? r : 0));
		const a = adviseYear({
			...base,
			room,
			net: 6_000,
			low: 6_000,
			high: 6_000,
			today: '2026-09-15'
		});
		expect(a[1]).toMatchObject({
			id: 'year.action.extraWithholdingLast',
			values: { perMonthKr: 6_000, fromMonth: 10 }
		});
	});
});

describe('uføretrygd: the advice read on 6 December', () => {
	it('no extra in December, whatever the restskatt', () => {
		// 20 000 kr a month on table 8110 with no deductions: restskatt (the table assumes 110 000 kr
		// of deductions). On 6 December an extra would only start in January.
		const r = uforeYear({
			year: 2026,
			monthly: 20_000,
			card: { kind: 'table', table: '8110' },
			deductions: 0,
			today: '2026-12-06'
		});
		expect(r.outcome.kind).toBe('restskatt');
		const a = ids(r.year.actions);
		expect(a).not.toContain('year.action.extraWithholding');
		expect(a).not.toContain('year.action.extraWithholdingLast');
		expect(a).not.toContain('year.action.newTaxCard');
		expect(a).toContain('year.action.advance');
	});
});
