import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { linkValue } from './fragment';
import { decodeFragment, linkHeader, typedValue } from './fragmentSchema';

describe('decoding with the toolkit', () => {
	const schema = z.object({ ...linkHeader('t'), y: z.string() });

	it('checks the header, keeps a known language, and refuses what build refuses', () => {
		const build = (s: { y: string }) => (s.y === 'no' ? null : { y: s.y });
		expect(decodeFragment('#v=1&s=t&l=nn&y=1', schema, build)).toEqual({
			ok: true,
			lang: 'nn',
			form: { y: '1' }
		});
		expect(decodeFragment('#v=1&s=t&y=1', schema, build)).toEqual({ ok: true, form: { y: '1' } });
		for (const bad of [
			'#v=2&s=t&y=1',
			'#v=1&s=u&y=1',
			'#v=1&y=1',
			'#v=1&s=t&l=de&y=1',
			'#v=1&s=t&y=no'
		])
			expect(decodeFragment(bad, schema, build)).toEqual({ ok: false });
	});

	it('never throws, even when building does', () => {
		expect(
			decodeFragment('#v=1&s=t&y=1', schema, () => {
				throw new Error('no');
			})
		).toEqual({ ok: false });
	});
});

describe('a typed value', () => {
	it('is what linkValue writes: short, without separators', () => {
		expect(typedValue.safeParse(linkValue('a~b!c d')).success).toBe(true);
		for (const bad of ['a~b', 'a!b', '9'.repeat(41)])
			expect(typedValue.safeParse(bad).success).toBe(false);
	});
});
