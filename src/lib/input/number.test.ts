import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount, parsePercent } from './number';

describe('parseAmount: amounts as people type them', () => {
	const ok: Array<[string, number]> = [
		['12345', 12345],
		['12 345', 12345],
		['12\u00a0345', 12345],
		['12\u202f345,50', 12345.5],
		['12 345,50', 12345.5],
		['12345.5', 12345.5],
		['12.345', 12345],
		['1.234.567,89', 1234567.89],
		['1,234,567.89', 1234567.89],
		['kr 1 200', 1200],
		['1 200 kr', 1200],
		['1200,-', 1200],
		['NOK 15000', 15000],
		['0', 0],
		['+500', 500],
		['１２３', 123]
	];
	for (const [input, value] of ok) {
		it(`reads ${JSON.stringify(input)} as ${value}`, () => {
			expect(parseAmount(input)).toEqual({ ok: true, value });
		});
	}

	const bad: Array<[string, string]> = [
		['', 'required'],
		['   ', 'required'],
		['-100', 'negative'],
		['\u2212100', 'negative'],
		['–100', 'negative'],
		['abc', 'notANumber'],
		['12a', 'notANumber'],
		['💰100', 'notANumber'],
		['1,2,3', 'notANumber'],
		['12,3456', 'tooManyDecimals'],
		['1.5.5', 'notANumber'],
		['12,345,6', 'notANumber'],
		['99999999999999999999', 'tooLarge'],
		['2 000 000 000', 'tooLarge'],
		['1e5', 'notANumber'],
		['Infinity', 'notANumber'],
		['NaN', 'notANumber'],
		['10.', 'notANumber'],
		[',5', 'notANumber']
	];
	for (const [input, code] of bad) {
		it(`rejects ${JSON.stringify(input)} with ${code}`, () => {
			expect(parseAmount(input)).toEqual({ ok: false, code });
		});
	}

	it('rejects øre beyond two decimals when whole kroner are asked for', () => {
		expect(parseAmount('100,5', { decimals: 0 })).toEqual({ ok: false, code: 'tooManyDecimals' });
	});

	it('never throws and never gives NaN, a negative or an infinite value', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
				const r = parseAmount(s);
				if (r.ok) {
					expect(Number.isFinite(r.value)).toBe(true);
					expect(r.value).toBeGreaterThanOrEqual(0);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('reads back every whole amount written the Norwegian way', () => {
		const nf = new Intl.NumberFormat('nb-NO');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
				expect(parseAmount(nf.format(n))).toEqual({ ok: true, value: n });
			})
		);
	});
});

describe('parsePercent', () => {
	it('reads 12,5 % as 12.5', () => {
		expect(parsePercent('12,5 %')).toEqual({ ok: true, value: 12.5 });
	});
	it('rejects 101', () => {
		expect(parsePercent('101')).toEqual({ ok: false, code: 'percentRange' });
	});
});
