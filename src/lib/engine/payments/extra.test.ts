import { describe, expect, it } from 'vitest';
import { monthly, run, sykepengerIntoJanuary } from './testkit';

describe('voluntary extra withholding', () => {
	it('kroner a month, once a month, also in a trekkfri June', () => {
		const r = run({
			benefit: 'uforetrygd',
			payments: monthly(2026, 25_000),
			extra: { kroner: 1_000 }
		});
		expect(r.months[5]!.trekk).toBe(1_000);
		const two = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, paidOn: '2026-03-17' },
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000, paidOn: '2026-03-31' }
			],
			extra: { kroner: 500 }
		});
		expect(two.payments.map((p) => p.extraTrekk)).toEqual([500, 0]);
	});

	it('percent of each payment', () => {
		const r = run({ benefit: 'aap', payments: monthly(2026, 10_000, [3]), extra: { percent: 5 } });
		expect(r.payments[0]!.extraTrekk).toBe(500);
	});

	it('kroner a month: what a small payment cannot carry comes from the next payment that month', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-01', to: '2026-03-02', amount: 300, paidOn: '2026-03-03' },
				{ from: '2026-03-03', to: '2026-03-16', amount: 15_000, paidOn: '2026-03-17' },
				{ from: '2026-03-17', to: '2026-03-30', amount: 15_000, paidOn: '2026-03-31' }
			],
			extra: { kroner: 1_000 }
		});
		const [a, b, c] = r.payments;
		expect(a!.trekk).toBe(300);
		expect(a!.extraTrekk).toBe(300 - a!.taxTrekk);
		expect(a!.steps.map((s) => s.id)).toContain('payments.extraShort');
		expect(a!.extraTrekk + b!.extraTrekk).toBe(1_000);
		expect(c!.extraTrekk).toBe(0);
		expect(r.totals.extra).toBe(1_000);
		expect(r.interpretations).toContain('extraOncePerMonth');
	});

	it('the tax comes first, the extra takes what is left', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'none' },
			payments: monthly(2026, 1_000, [3]),
			extra: { percent: 60 }
		});
		expect(r.payments[0]).toMatchObject({ taxTrekk: 500, extraTrekk: 500, trekk: 1_000, net: 0 });
	});

	it('extra kroner in a trekkfri December (alderspensjon)', () => {
		const r = run({
			benefit: 'alderspensjon',
			payments: monthly(2026, 25_000, [11, 12]),
			extra: { kroner: 750 }
		});
		expect(r.months[11]!.trekk).toBe(750);
		expect(r.payments[1]).toMatchObject({ taxTrekk: 0, extraTrekk: 750, rule: 'trekkfri' });
	});

	it('ends with the year: not taken from a payment paid the next year', () => {
		const r = sykepengerIntoJanuary();
		const [nov, dec1, dec2] = r.payments;
		// December's extra is taken from the payment paid in December (5 December, for November).
		expect(dec1!.extraTrekk).toBe(0);
		expect(nov!.extraTrekk).toBe(500);
		expect(dec2!.extraTrekk).toBe(0);
		expect(dec2!.steps.map((st) => st.id)).toEqual(
			expect.arrayContaining(['payments.paidNextYear', 'payments.extraEndsWithYear'])
		);
	});
});
