import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors';
import type { Benefit } from '../nav/benefits';
import { tabelltrekk } from '../tabelltrekk';
import type { Card } from './index';
import { monthly, run } from './testkit';

describe('cards without a table (§1)', () => {
	const one = (card: Card, benefit: Benefit = 'aap', amount = 10_000) =>
		run({ benefit, card, payments: [{ from: '2026-03-01', to: '2026-03-31', amount }] })
			.payments[0]!.trekk;

	it('no tax card: 50 %, pension 30 %, barnepensjon 17 %', () => {
		expect(one({ kind: 'none' })).toBe(5_000);
		expect(one({ kind: 'none' }, 'alderspensjon')).toBe(3_000);
		expect(one({ kind: 'none' }, 'barnepensjon')).toBe(1_700);
		// Supplerende stønad is pension-type (NAV groups it with pension).
		expect(one({ kind: 'none' }, 'supplerende-stonad')).toBe(3_000);
	});

	it('kildeskatt: 15 %', () => {
		expect(one({ kind: 'kildeskatt' }, 'uforetrygd')).toBe(1_500);
	});

	it('Svalbard 2026: 15.60 % (wage-type, uføretrygd) and 13.10 % (pension)', () => {
		// 10 001 × 15.6 % = 1 560.156 → 1 560; 10 000 × 13.1 % = 1 310.
		expect(one({ kind: 'svalbard' }, 'uforetrygd', 10_001)).toBe(1_560);
		expect(one({ kind: 'svalbard' }, 'alderspensjon')).toBe(1_310);
	});

	it('frikort with a limit: nothing until the limit, then 50 % of what is above', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'frikort', limit: 60_000 },
			payments: monthly(2026, 25_000, [1, 2, 3, 4])
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([0, 0, 7_500, 12_500]);
	});

	it('frikort without a limit: nothing', () => {
		expect(one({ kind: 'frikort' })).toBe(0);
	});

	it('frikort: the payment that crosses the limit pays 50 % of the part above it, rounded half up', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'frikort', limit: 30_000.5 },
			payments: monthly(2026, 20_000, [1, 2])
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([0, 5_000]);
		expect(r.payments[1]!.reason.id).toBe('payments.reason.frikortAbove');
	});

	it('a 100 % card on an amount with øre never withholds more than the payment', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'percent', percent: 100 },
			payments: [{ from: '2026-03-01', to: '2026-03-31', amount: 10.5 }]
		});
		expect(r.payments[0]).toMatchObject({ trekk: 10, net: 0.5, capped: true });
	});
});

describe('June and December without a table (§4)', () => {
	it('a percentage card withholds its percentage in every month (interpretation)', () => {
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'percent', percent: 30 },
			payments: monthly(2026, 20_000)
		});
		expect(new Set(r.months.map((m) => m.trekk))).toEqual(new Set([6_000]));
		expect(r.interpretations).toContain('percentAllMonths');
	});

	it('kildeskatt and Svalbard are ordinary in December (a fact, not an assumption)', () => {
		for (const card of [{ kind: 'kildeskatt' }, { kind: 'svalbard' }] as Card[]) {
			const r = run({ benefit: 'alderspensjon', card, payments: monthly(2026, 20_000, [12]) });
			expect(r.payments[0]!.steps.map((s) => s.id)).toContain('payments.ordinaryJuneDecember');
			expect(r.interpretations).toEqual(['paidOnAssumed'].filter(() => false));
		}
	});

	it('no card in June: the same 50 %, said as an assumption', () => {
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'none' },
			payments: monthly(2026, 20_000, [6])
		});
		expect(r.payments[0]!.trekk).toBe(10_000);
		expect(r.interpretations).toEqual(['percentAllMonths']);
	});
});

describe('overgangsstønad below half the full benefit (§1)', () => {
	it('overgangsstønad below 50 %: the card’s percentage, not the table (docs/nav-payments.md §1)', () => {
		const card: Card = { kind: 'table', table: '8000', percent: 30 };
		const r = run({
			benefit: 'overgangsstonad',
			card,
			// The limit is 2.25 G / 24 (interpretation): April 2026, G 130 160 → 12 202.50 kr.
			payments: [...monthly(2026, 12_202, [3]), ...monthly(2026, 12_202.5, [4])]
		});
		const [below, atLimit] = r.payments;
		// 12 202 × 30 % = 3 660.6 → 3 661.
		expect(below).toMatchObject({ method: 'percent', trekk: 3_661, parts: [] });
		expect(below!.steps.find((st) => st.id === 'payments.halfLimit')).toMatchObject({
			values: { forMonth: 3, gKr: 130_160, limitKr: 12_202.5 },
			interpretation: true
		});
		expect(r.interpretations).toContain('halfLimitFromG');
		expect(below!.reason).toMatchObject({
			id: 'payments.reason.belowHalf',
			values: { ratePct: 30 }
		});
		expect(below!.steps.map((st) => st.id)).toContain('payments.belowHalf');
		expect(atLimit).toMatchObject({
			method: 'table',
			trekk: tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 12_202 })
		});
		expect(atLimit!.steps.map((st) => st.id)).toContain('payments.aboveHalf');
		// Without the percentage the table is used, and that is said to be our choice.
		const none = run({ benefit: 'overgangsstonad', payments: monthly(2026, 8_000, [3]) });
		expect(none.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 8_000 })
		);
		expect(none.interpretations).toContain('belowHalfTable');
		// Other benefits keep the table, whatever the amount.
		const aap = run({ benefit: 'aap', card, payments: monthly(2026, 8_000, [3]) });
		expect(aap.payments[0]!.method).toBe('table');
		expect(() =>
			run({
				benefit: 'overgangsstonad',
				card: { kind: 'table', table: '8000', percent: 101 },
				payments: monthly(2026, 8_000, [3])
			})
		).toThrow(EngineError);
	});
});
