import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withholdPayments, type Card } from '../payments';
import { TABLES } from '../tabelltrekk';
import { dayNumber } from '../calendar';
import { checkPayments } from './index';
import { candidateCards, expectedWith, findCard } from './search';

/**
 * The check against the calculator itself: a schedule withheld by `withholdPayments` with some
 * card, a few lines then altered, must give back that card and flag exactly the altered lines.
 */
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Monthly payments (pensions, uføretrygd) or 14-day meldeperioder (dagpenger, AAP). */
function schedule(kind: 'monthly' | 'melde', count: number, amounts: number[]) {
	if (kind === 'monthly')
		return Array.from({ length: count }, (_, i) => ({
			from: iso(new Date(Date.UTC(2026, i, 1))),
			to: iso(new Date(Date.UTC(2026, i + 1, 0))),
			amount: amounts[i % amounts.length]!
		}));
	return Array.from({ length: count }, (_, i) => ({
		from: iso(new Date(Date.UTC(2026, 0, 5 + i * 14))),
		to: iso(new Date(Math.min(Date.UTC(2026, 0, 18 + i * 14), Date.UTC(2026, 11, 31)))),
		amount: amounts[i % amounts.length]!
	}));
}

const cardArb: fc.Arbitrary<Card> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.constantFrom(...TABLES.filter((t) => /^[89]/u.test(t)))
			.map((table) => ({ kind: 'table' as const, table }))
	},
	{
		weight: 1,
		arbitrary: fc
			.integer({ min: 10, max: 45 })
			.map((percent) => ({ kind: 'percent' as const, percent }))
	}
);

describe('checkPayments against withholdPayments', () => {
	it('finds the card and flags exactly the altered lines', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(
					['uforetrygd', 'monthly'] as const,
					['alderspensjon', 'monthly'] as const,
					['dagpenger', 'melde'] as const,
					['aap', 'melde'] as const
				),
				cardArb,
				fc.integer({ min: 8, max: 26 }),
				fc.array(fc.integer({ min: 15_000, max: 60_000 }), { minLength: 1, maxLength: 4 }),
				fc.uniqueArray(fc.nat(25), { maxLength: 2 }),
				fc.integer({ min: 1, max: 400 }),
				([benefit, kind], card, n, amounts, altered, by) => {
					const count = kind === 'monthly' ? Math.min(n, 12) : n;
					const payments = schedule(kind, count, amounts);
					const r = withholdPayments({ year: 2026, benefit, card, payments });
					const changed = new Set(altered.filter((i) => i < count));
					const lines = payments.map((p, i) => {
						const w = r.payments[i]!.trekk;
						// Altered: more withheld, or less where there is something to take off.
						const alt = w >= by ? w - by : w + by;
						return { ...p, withheld: changed.has(i) ? alt : w };
					});
					const c = checkPayments({ year: 2026, benefit, payments: lines });
					// The card, or one that gives every line the same figure (a tie: both listed).
					expect([c.card, ...c.candidates]).toContainEqual(card);
					const flagged = c.lines.filter((l) => l.status !== 'ok').map((l) => l.index);
					expect(flagged).toEqual([...changed].sort((a, b) => a - b));
				}
			),
			{ numRuns: 100, seed: 2026 }
		);
	});

	it('the pruned search finds what running every card over the whole year finds', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('dagpenger', 'uforetrygd') as fc.Arbitrary<'dagpenger' | 'uforetrygd'>,
				cardArb,
				fc.integer({ min: 8, max: 26 }),
				fc.array(fc.integer({ min: 5_000, max: 60_000 }), { minLength: 1, maxLength: 3 }),
				fc.uniqueArray(fc.nat(25), { maxLength: 6 }),
				(benefit, card, n, amounts, altered) => {
					const kind = benefit === 'dagpenger' ? 'melde' : 'monthly';
					const count = kind === 'monthly' ? Math.min(n, 12) : n;
					const payments = schedule(kind, count, amounts);
					const r = withholdPayments({ year: 2026, benefit, card, payments });
					const withheld = r.payments.map((p, i) => p.trekk + (altered.includes(i) ? 37 : 0));
					const s = {
						base: { year: 2026, benefit },
						payments,
						withheld,
						paidDays: r.payments.map((p) => dayNumber(p.paidOn)!)
					};
					const cards = candidateCards(s, benefit, 2026);
					const found = findCard(s, cards, 2026);
					// Every card over the whole year: the most lines matched, and which cards match them.
					const scores = cards.map((c) => {
						const got = expectedWith(s.base, c, payments);
						return got ? got.filter((w, i) => w === withheld[i]).length : -1;
					});
					const best = Math.max(...scores);
					expect(found.best).toEqual(cards.filter((_, i) => scores[i] === best));
				}
			),
			{ numRuns: 15, seed: 7 }
		);
	});
});
