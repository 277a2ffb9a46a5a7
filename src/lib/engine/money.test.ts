import { describe, expect, it } from 'vitest';
import { minusKr, percentOf, plusKr, toOre } from './money';

describe('money arithmetic', () => {
	it('adds and subtracts øre exactly (0.1 + 0.2 is 0.3)', () => {
		expect(plusKr(0.1, 0.2)).toBe(0.3);
		expect(minusKr(0.3, 0.1)).toBe(0.2);
		expect(plusKr(1_000, 2_000)).toBe(3_000);
	});

	it('toOre rounds half up to the øre', () => {
		// 1.005 is stored a little below 1.005; decimal.js reads the shortest form, "1.005".
		expect([toOre(1.005), toOre(2.344), toOre(7.5)]).toEqual([1.01, 2.34, 7.5]);
	});

	it('percentOf rounds half up to whole kroner, once', () => {
		// 12 202.5 × 50 % = 6 101.25 → 6 101; 1 × 50 % = 0.5 → 1.
		expect([percentOf(12_202.5, 50), percentOf(1, 50), percentOf(0, 30)]).toEqual([6_101, 1, 0]);
	});
});
