import { describe, expect, it } from 'vitest';
import { withholdPayments } from '../../engine';
import { generateSchedule } from '../../input/schedule';
import { adaptResult } from './results';

describe('adaptResult: one figure, one value', () => {
	// AAP every 14 days, 14 000 kr from January, table 8010: the second payment of January
	// (19 January – 1 February) holds January's share of the recalculation and one February day.
	for (const extra of [undefined, { kroner: 500 }]) {
		it(`the first-vs-later box names the payment cards' own figures (extra ${extra?.kroner ?? 0})`, () => {
			const payments = generateSchedule({
				year: 2026,
				amount: 14000,
				frequency: '14days',
				fromMonth: 1
			});
			const result = withholdPayments({
				year: 2026,
				benefit: 'aap',
				card: { kind: 'table', table: '8010' },
				payments,
				...(extra ? { extra } : {})
			});
			const view = adaptResult(result, 2026);
			expect(view.firstVsLater.length).toBeGreaterThan(0);
			for (const box of view.firstVsLater) {
				for (const p of [box.first, box.second]) {
					// The figure the box calls the card's is the card's.
					expect(p.cardTrekk).toBe(view.payments[p.index]!.trekk);
					// And what it says the card holds adds up to it.
					const rest = p.otherMonths.reduce((s, o) => s + o.trekk, 0);
					expect(p.shareKr + rest + p.extraKr).toBe(p.cardTrekk);
				}
				expect(box.monthTrekkKr).toBe(box.first.shareKr + box.second.shareKr);
			}
			const jan = view.firstVsLater.find((b) => b.month === 1)!;
			// Payment 2: January's share 5 054 − 2 898 = 2 156, plus 127 for 1 February.
			expect(jan.second.shareKr).toBe(2156);
			expect(jan.second.otherMonths).toEqual([{ month: 2, trekk: 127 }]);
			expect(jan.second.cardTrekk).toBe(2156 + 127 + (extra ? 500 : 0));
		});
	}
});

describe('adaptResult: which figure rests on what', () => {
	it('names the payments an interpretation touches, not the whole result', () => {
		// Uføretrygd 14 000 kr a month on table 8010: December has half withholding; an odd
		// month's withholding halved is rounded half up (halfRounding), on December's payment only.
		const payments = generateSchedule({
			year: 2026,
			amount: 14_000,
			frequency: 'month',
			fromMonth: 1
		});
		const result = withholdPayments({
			year: 2026,
			benefit: 'uforetrygd',
			card: { kind: 'table', table: '8010' },
			payments
		});
		const view = adaptResult(result, 2026);
		for (const it of view.interpretations) {
			expect(it.payments.length, it.id).toBeGreaterThan(0);
			for (const i of it.payments) expect(result.payments[i]!.interpretations).toContain(it.id);
		}
		// December: the month's 1 233 kr halved is 616,50, rounded half up to 617.
		expect(view.payments[11]!.trekk).toBe(617);
		expect(view.interpretations).toContainEqual({ id: 'halfRounding', payments: [11] });
		// The pay dates are assumed (quick mode gives none): said for every payment.
		expect(view.interpretations).toContainEqual({
			id: 'paidOnAssumed',
			payments: Array.from({ length: 12 }, (_, i) => i)
		});
		// Never on a weekend: 20 June 2026 is a Saturday, December is paid earlier.
		expect(view.payments[5]!.paidOn).toBe('2026-06-19');
		expect(view.payments[11]!.paidOn).toBe('2026-12-11');
		expect(view.payments[11]!.paidOnAssumed).toBe(true);
		// The months carry what reached the account and which payments were paid in them.
		expect(view.months[11]!.payments).toEqual([11]);
		expect(view.months[11]!.net).toBe(view.payments[11]!.net);
	});

	it('a trekkfri meldeperiode carries its weeks to the card (dagpenger, December 2026, odd weeks)', () => {
		// Weeks 47–48 (16–29 November) are paid Tuesday 1 December: December's first payment.
		const result = withholdPayments({
			year: 2026,
			benefit: 'dagpenger',
			card: { kind: 'table', table: '8000' },
			meldekortWeeks: 'odd',
			payments: [
				{ from: '2026-11-16', to: '2026-11-29', amount: 12_000 },
				{ from: '2026-11-30', to: '2026-12-13', amount: 12_000 }
			]
		});
		const view = adaptResult(result, 2026);
		expect(view.payments.map((p) => p.meldeperiodeWeeks)).toEqual([[47, 48], undefined]);
		expect(view.payments[0]!.reason).toMatchObject({
			id: 'payments.reason.meldeperiodeWeeks',
			values: { fromWeek: 47, toWeek: 48 }
		});
	});
});
