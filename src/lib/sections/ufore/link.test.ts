import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUfore, defaultUforeForm, type UforeForm } from './fields';
import { decode as decodeUfore } from './link';

const ufore: UforeForm = {
	...defaultUforeForm(),
	year: '2025',
	monthly: '25 000',
	barnetillegg: '1 500,50',
	cardKind: 'table',
	table: '8010',
	otherIncome: '100000',
	otherPct: '30',
	birthYear: '1956',
	finnmark: true
};

describe('uføretrygd in the fragment', () => {
	it('round-trips what was typed, language included', () => {
		const hash = encodeUfore(ufore, 'nn');
		expect(hash.length).toBeLessThan(120);
		const r = decodeUfore(`#${hash}`);
		expect(r).toEqual({
			ok: true,
			lang: 'nn',
			form: {
				...ufore,
				monthly: '25000',
				barnetillegg: '1500,50',
				percent: ''
			}
		});
	});

	it('a link from before the year of birth was asked opens with it blank', () => {
		const r = decodeUfore('#v=1&s=u&y=2026&k=t&t=8010&m=25000');
		expect(r.ok && r.form.birthYear).toBe('');
	});

	it('keeps only the value of the card chosen', () => {
		const r = decodeUfore(
			`#${encodeUfore({ ...ufore, cardKind: 'percent', percent: '32', table: '8010' }, 'nb')}`
		);
		expect(r.ok && [r.form.cardKind, r.form.percent, r.form.table]).toEqual(['percent', '32', '']);
	});

	it.each([
		['', 'empty'],
		['#v=1&s=u&y=2026&k=t', 'fine'],
		['#v=2&s=u&y=2026&k=t', 'another version'],
		['#v=1&s=e&y=2026&k=t', 'the other section'],
		['#v=1&s=u&y=2019&k=t', 'a year without tables'],
		['#v=1&s=u&y=2026&k=z', 'an unknown card'],
		['#v=1&s=u&y=2026&k=constructor', 'a card named like an object property'],
		['#v=1&s=u&y=2026&k=t&k=p', 'a key twice'],
		['#v=1&s=u&y=2026&k=t&m=%E0%A4%A', 'a broken escape'],
		['#v=1&s=u&y=2026&k=t&m=' + '9'.repeat(41), 'an overlong value'],
		['#v=1&s=u&y=2026&k=t&l=de', 'an unknown language'],
		['#v=1&s=u&y=2026', 'truncated']
	])('%s (%s)', (hash, what) => {
		expect(decodeUfore(hash).ok).toBe(what === 'fine');
	});
});

describe('any fragment at all', () => {
	it('is read or refused, never thrown', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = decodeUfore(`#${s}`);
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 2000 }
		);
	});
});
