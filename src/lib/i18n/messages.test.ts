import { describe, expect, it } from 'vitest';
import { assemble, type Tree } from './resources';

/** Every leaf of a message tree as [dotted key, string]. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)
	);
}

function placeholders(s: string): string[] {
	return [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

type Module = { default: Record<string, unknown> };
const res = {
	nb: assemble(import.meta.glob<Module>('./messages/nb/**/*.ts', { eager: true })),
	nn: assemble(import.meta.glob<Module>('./messages/nn/**/*.ts', { eager: true })),
	en: assemble(import.meta.glob<Module>('./messages/en/**/*.ts', { eager: true }))
};
const nb = leaves(res.nb as unknown as Tree);

describe('messages', () => {
	it('bokmål has messages', () => {
		expect(nb.length).toBeGreaterThan(20);
	});

	for (const lang of ['nn', 'en'] as const) {
		const other = new Map(leaves(res[lang] as unknown as Tree));

		it(`${lang} has exactly the keys of bokmål`, () => {
			const nbKeys = nb.map(([k]) => k).sort();
			expect([...other.keys()].sort()).toEqual(nbKeys);
		});

		it(`${lang} uses the same placeholders as bokmål in every message`, () => {
			const mismatches = nb
				.filter(([k]) => other.has(k))
				.filter(([k, v]) => placeholders(v).join() !== placeholders(other.get(k)!).join())
				.map(([k]) => k);
			expect(mismatches).toEqual([]);
		});
	}

	it('no message is empty in any language', () => {
		const empty = (['nb', 'nn', 'en'] as const).flatMap((lang) =>
			leaves(res[lang] as unknown as Tree)
				.filter(([, v]) => v.trim() === '')
				.map(([k]) => `${lang}:${k}`)
		);
		expect(empty).toEqual([]);
	});

	it('nynorsk uses nynorsk forms, not bokmål ones', () => {
		// Bokmål forms that are wrong in nynorsk: -a verbs in -er (brukar, betalar), ikkje, kva, …
		const bokmal =
			/\b(bruker|betaler|regner|trekker|ikke|hva|hvordan|hvis|noen|mye|jeg|dere|hvilken|hvilke)\b/iu;
		const found = leaves(res.nn as unknown as Tree)
			.filter(([, v]) => bokmal.test(v))
			.map(([k, v]) => `${k}: ${bokmal.exec(v)![0]}`);
		expect(found).toEqual([]);
	});
});
