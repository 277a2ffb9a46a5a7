import { describe, expect, it } from 'vitest';
import { EngineError, MAX_AMOUNT } from './errors';
import { absent, amountIssue, checkAmount, isObj, percentIssue } from './validate';

describe('shared input checks', () => {
	it('isObj: a plain object, not null nor an array', () => {
		expect([{}, { a: 1 }].map(isObj)).toEqual([true, true]);
		expect([null, [], 'x', 1, undefined].map(isObj)).toEqual([false, false, false, false, false]);
	});

	it('absent: undefined and null only (0, "" and false are given)', () => {
		expect([undefined, null].map(absent)).toEqual([true, true]);
		expect([0, '', false].map(absent)).toEqual([false, false, false]);
	});

	it('amountIssue: one code per kind of bad amount, in a fixed order', () => {
		const code = (v: unknown, integer = false) => amountIssue('f', v, { integer })?.code;
		expect([code('1'), code(NaN), code(Infinity), code(-1), code(MAX_AMOUNT + 1)]).toEqual([
			'invalid',
			'invalid',
			'notFinite',
			'negative',
			'tooLarge'
		]);
		expect(code(1.5, true)).toBe('notInteger');
		expect([code(0), code(1.5), code(MAX_AMOUNT)]).toEqual([undefined, undefined, undefined]);
	});

	it('percentIssue: 0–100 inclusive', () => {
		const code = (v: unknown) => percentIssue('p', v)?.code;
		expect([code(0), code(100), code(12.5)]).toEqual([undefined, undefined, undefined]);
		expect([code(-0.1), code(100.1), code(null), code(-Infinity)]).toEqual([
			'percentRange',
			'percentRange',
			'invalid',
			'notFinite'
		]);
	});

	it('checkAmount: the amount back, or an EngineError carrying the one issue', () => {
		expect(checkAmount('amount', 42, { integer: true })).toBe(42);
		try {
			checkAmount('amount', 4.2, { integer: true });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(EngineError);
			expect((e as EngineError).issues).toEqual([{ field: 'amount', code: 'notInteger' }]);
		}
	});
});
