import { describe, expect, it } from 'vitest';
import { sykepengerIntoJanuary } from './testkit';

describe('months and the year’s totals, by month of payment', () => {
	it('a payment paid the next year is outside the year’s totals, counted apart', () => {
		const r = sykepengerIntoJanuary();
		const [nov, dec1, dec2] = r.payments;
		expect(r.interpretations).toContain('paidNextYear');
		expect(r.totals.gross).toBe(44_000);
		expect(r.totals.trekk).toBe(nov!.trekk + dec1!.trekk);
		expect(r.paidNextYear).toEqual({
			count: 1,
			gross: 17_000,
			trekk: dec2!.trekk,
			net: 17_000 - dec2!.trekk
		});
		expect(r.months[0]!.gross).toBe(0);
	});
});
