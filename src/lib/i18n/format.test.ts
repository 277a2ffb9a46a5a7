import { describe, expect, it } from 'vitest';
import { numberFormat } from './format';

describe('numberFormat', () => {
	it('formats Norwegian thousands with a space and a decimal comma', () => {
		expect(numberFormat('nb', 2).format(12345.5).replace(/\s/g, ' ')).toBe('12 345,50');
	});
	it('formats English with a comma and a decimal point', () => {
		expect(numberFormat('en', 0).format(12345)).toBe('12,345');
	});
});
