import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTableForm, encodeTable } from './fields';
import { decode as decodeTable } from './link';

describe('a whole table in the fragment', () => {
	it('round-trips year, table, period and the amount searched for', () => {
		const form = { year: '2025', table: '7100', period: '14days', search: '12 000' };
		const hash = encodeTable(form, 'nb');
		expect(hash).toMatch(/^v=1&s=t&l=nb&h=[0-9a-z]{5}&y=2025&t=7100&p=14days&q=12000$/u);
		expect(decodeTable(`#${hash}`)).toEqual({
			ok: true,
			lang: 'nb',
			form: { ...form, search: '12000' }
		});
		expect(decodeTable(`#${encodeTable(defaultTableForm(), 'en')}`)).toEqual({
			ok: true,
			lang: 'en',
			form: defaultTableForm()
		});
	});

	it.each([
		['#v=1&s=t&y=2026&p=fortnight', 'an unknown period'],
		['#v=1&s=t&y=2019&p=month', 'a year without tables'],
		['#v=1&s=t&y=2026', 'no period']
	])('%s (%s) is refused', (hash) => {
		expect(decodeTable(hash).ok).toBe(false);
	});
});

describe('any fragment at all', () => {
	it('is read or refused, never thrown', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = decodeTable(`#${s}`);
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 2000 }
		);
	});
});
