import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cite, citeAll, sourcesOf } from './source';

describe('cite: a structured source as a step’s short citation', () => {
	it('a law section follows its title with a space, other sections with a comma', () => {
		expect(cite({ title: 'Skatteloven', section: '§ 6-32' })).toBe('Skatteloven § 6-32');
		expect(cite({ title: 'Skatteetaten: trekkrutine 2026', section: 'year parameters' })).toBe(
			'Skatteetaten: trekkrutine 2026, year parameters'
		);
	});

	it('the note and the repo’s docs page follow in brackets; the link is left out', () => {
		expect(
			cite({
				title: 'Prop. 1 LS (2026–2027)',
				note: 'carried from 2026',
				docs: 'docs/annual-and-back-payments.md §3',
				url: 'https://example.org/'
			})
		).toBe('Prop. 1 LS (2026–2027) (carried from 2026; docs/annual-and-back-payments.md §3)');
	});

	it('several sources in order, separated by semicolons; a string is kept as it is', () => {
		expect(cite([{ title: 'A' }, { title: 'B', section: '§ 1' }])).toBe('A; B § 1');
		expect(cite('docs/nav-payments.md §6')).toBe('docs/nav-payments.md §6');
	});
});

describe('sourcesOf and citeAll', () => {
	it('one source or a list becomes a list; citeAll joins them in order', () => {
		expect(sourcesOf({ title: 'A' })).toEqual([{ title: 'A' }]);
		expect(citeAll({ title: 'A' }, [{ title: 'B' }, { title: 'C' }]).map((s) => s.title)).toEqual([
			'A',
			'B',
			'C'
		]);
	});
});

describe('the engine cites only this repo’s docs', () => {
	it('no file outside docs/ is named in engine code or comments', () => {
		const root = new URL('../', import.meta.url);
		const files = (readdirSync(root, { recursive: true }) as string[]).filter(
			(f) => f.endsWith('.ts') && !f.endsWith('.test.ts')
		);
		expect(files.length).toBeGreaterThan(20);
		const wrong: string[] = [];
		for (const f of files) {
			const text = readFileSync(new URL(f, root), 'utf8');
			for (const m of text.matchAll(/[\w./-]*[\w-]+\.md\b/gu))
				if (!/^docs\/[\w-]+\.md$/u.test(m[0]) && m[0] !== 'vectors/README.md')
					wrong.push(`${f}: ${m[0]}`);
		}
		expect(wrong).toEqual([]);
	});
});
