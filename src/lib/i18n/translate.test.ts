import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { assemble, type Tree } from './resources';
import { translate } from './translate';
import { INTL_LOCALE, LANGS } from './types';

// The first screen renders through translate.ts until i18next arrives: both must give the same
// text for every message, with every placeholder filled, with none, and with a count.
type Module = { default: Record<string, unknown> };
const res = {
	nb: assemble(import.meta.glob<Module>('./messages/nb/**/*.ts', { eager: true })),
	nn: assemble(import.meta.glob<Module>('./messages/nn/**/*.ts', { eager: true })),
	en: assemble(import.meta.glob<Module>('./messages/en/**/*.ts', { eager: true }))
};

function leaves(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)
	);
}

const instance = i18next.createInstance();
instance.init({
	lng: 'nb',
	fallbackLng: 'nb',
	supportedLngs: [...LANGS],
	ns: Object.keys(res.nb),
	defaultNS: 'common',
	resources: structuredClone(res),
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

describe('translate agrees with i18next', () => {
	for (const lang of LANGS) {
		it(`for every ${lang} message`, () => {
			const t = instance.getFixedT(lang);
			const leafKeys = Object.entries(res[lang]).flatMap(([ns, tree]) =>
				leaves(tree).map((k) => `${ns}:${k}`)
			);
			// Plural messages (`key_one`, `key_other`) are asked for by their bare key and a count.
			const plurals = leafKeys
				.filter((k) => /_(one|other)$/u.test(k))
				.map((k) => k.replace(/_(one|other)$/u, ''));
			const keys = [...new Set([...leafKeys, ...plurals])];
			const locale = INTL_LOCALE[lang];
			expect(keys.length).toBeGreaterThan(100);
			const differ: string[] = [];
			for (const key of keys) {
				const text = translate(res[lang], res.nb, key, { count: 2 }, locale);
				const names = [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/gu)].map((m) => m[1]!);
				const filled = Object.fromEntries(names.map((n, i) => [n, i % 2 ? 1234 : `<${n}>`]));
				for (const options of [undefined, filled, { ...filled, count: 2 }, { count: 1 }]) {
					if (translate(res[lang], res.nb, key, options, locale) !== t(key, options ?? {}))
						differ.push(`${key} ${JSON.stringify(options)}`);
				}
			}
			expect(differ).toEqual([]);
		});
	}

	it('a key a language lacks falls back to bokmål, as in i18next', () => {
		const en = { common: {} };
		expect(translate(en, res.nb, 'common:appName')).toBe('Trekkhjelp');
		expect(translate(en, res.nb, 'nav.about')).toBe(instance.getFixedT('nb')('nav.about'));
	});
});
