/**
 * Amounts as people type them: "12 345,50", "12345.5", "12.345", "kr 12 345", with any kind of
 * space (including no-break and narrow no-break spaces). Never throws: a bad input gives a code
 * the UI words in the user's language (`errors:<code>`).
 */
export type AmountCode = 'required' | 'notANumber' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type ParsedAmount = { ok: true; value: number } | { ok: false; code: AmountCode };

import { MAX_INPUT_AMOUNT } from './limits';

export { MAX_INPUT_AMOUNT };

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000'’_]/gu;
const MINUS = /^[-\u2212\u2012\u2013\u2014\ufe63\uff0d]/u;

export function parseAmount(
	raw: string,
	opts: { decimals?: number; max?: number } = {}
): ParsedAmount {
	const decimals = opts.decimals ?? 2;
	const max = opts.max ?? MAX_INPUT_AMOUNT;
	let s = raw.normalize('NFKC').trim();
	if (s === '') return { ok: false, code: 'required' };
	// Currency words and signs are allowed around the number: "kr 1 200", "1 200,-", "NOK 1200".
	s = s
		.replace(/^(kr\.?|nok)\s*/iu, '')
		.replace(/\s*(kr\.?|nok|,-|\.-)$/iu, '')
		.trim();
	if (MINUS.test(s)) {
		return /\d/u.test(s) ? { ok: false, code: 'negative' } : { ok: false, code: 'notANumber' };
	}
	if (s.startsWith('+')) s = s.slice(1);
	s = s.replace(SPACES, '');
	if (!/^[\d.,]+$/u.test(s) || !/\d/u.test(s)) return { ok: false, code: 'notANumber' };

	// The last separator followed by 1–2 digits is the decimal mark; every other separator must
	// group exactly three digits (øre never has three decimals, so "12.345" is twelve thousand),
	// and grouping marks are all the same character and differ from the decimal mark.
	const seps = s.match(/[.,]/gu) ?? [];
	const parts = s.split(/[.,]/u);
	let fraction = '';
	let decimalMark = '';
	const last = parts[parts.length - 1]!;
	if (parts.length > 1 && last.length !== 3) {
		fraction = last;
		decimalMark = seps[seps.length - 1]!;
		parts.pop();
		seps.pop();
	}
	const [head, ...groups] = parts;
	const badGrouping =
		head === undefined ||
		head === '' ||
		groups.some((g) => g.length !== 3) ||
		seps.some((c) => c !== seps[0] || c === decimalMark);
	if (badGrouping || (decimalMark && fraction === '')) return { ok: false, code: 'notANumber' };
	if (fraction.length > decimals) return { ok: false, code: 'tooManyDecimals' };
	const digits = head + groups.join('');
	if (digits.replace(/^0+/u, '').length > 12) return { ok: false, code: 'tooLarge' };
	const value = Number(fraction ? `${digits}.${fraction}` : digits);
	if (!Number.isFinite(value)) return { ok: false, code: 'notANumber' };
	if (value > max) return { ok: false, code: 'tooLarge' };
	return { ok: true, value };
}

/** A percentage 0–100 with up to two decimals ("12,5", "12.5 %"). */
export function parsePercent(raw: string): ParsedAmount | { ok: false; code: 'percentRange' } {
	const r = parseAmount(raw.replace(/\s*%\s*$/u, ''), {
		decimals: 2,
		max: Number.MAX_SAFE_INTEGER
	});
	if (!r.ok) return r;
	if (r.value > 100) return { ok: false, code: 'percentRange' };
	return r;
}
