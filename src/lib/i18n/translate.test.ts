import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { keyFromData, type MessageKey, type Namespace } from './keys';
import { assemble, type Tree } from './resources';
import { exists, translate } from './translate';
import { INTL_LOCALE, LANGS } from './types';

// The first screen renders through translate.ts until i18next arrives: both must give the same
// text for every message, with every placeholder filled, with none, and with a count.
type Module = { default: Record<string, unknown> };
const res = {
	nb: assemble(import.meta.glob<Module>('./messages/nb/**/*.ts', { eager: true })),
	nn: assemble(import.meta.glob<Module>('./messages/nn/**/*.ts', { eager: true })),
	en: assemble(import.meta.glob<Module>('./messages/en/**/*.ts', { eager: true }))
};

/** A key read from the message files at run time is data: typed through keyFromData. */
function asKey(key: string): MessageKey {
	const colon = key.indexOf(':');
	return keyFromData(key.slice(0, colon) as Namespace, key.slice(colon + 1));
}

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
	returnNull: false,
	appendNamespaceToMissingKey: true
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
			const keys = [...new Set([...leafKeys, ...plurals])].map(asKey);
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
		expect(translate(en, res.nb, 'common:nav.about')).toBe(instance.getFixedT('nb')('nav.about'));
	});
});

describe('exists agrees with i18next', () => {
	for (const lang of LANGS) {
		it(`for every ${lang} message, its plural forms and keys no language has`, () => {
			const locale = INTL_LOCALE[lang];
			const leafKeys = Object.entries(res[lang]).flatMap(([ns, tree]) =>
				leaves(tree).map((k) => `${ns}:${k}`)
			);
			const plurals = leafKeys
				.filter((k) => /_(one|other)$/u.test(k))
				.map((k) => k.replace(/_(one|other)$/u, ''));
			// Misspelt keys, as a key made from data may be: none of them has a message.
			const missing = leafKeys.slice(0, 50).map((k) => `${k}X`);
			const keys = [...new Set([...leafKeys, ...plurals, ...missing])].map(asKey);
			expect(keys.length).toBeGreaterThan(100);
			const differ: string[] = [];
			let found = 0;
			for (const key of keys) {
				for (const options of [undefined, { count: 1 }, { count: 2 }]) {
					const ours = exists(res[lang], res.nb, key, options, locale);
					if (ours) found += 1;
					if (ours !== instance.exists(key, { lng: lang, ...options }))
						differ.push(`${key} ${JSON.stringify(options)}`);
				}
			}
			expect(differ).toEqual([]);
			// Every leaf is found with and without a count, a bare plural key only with one.
			expect(found).toBe(leafKeys.length * 3 + new Set(plurals).size * 2);
		});
	}

	it('a key only bokmål has exists in every language, one nobody has in none', () => {
		const en = { common: {} };
		expect(exists(en, res.nb, 'common:appName')).toBe(true);
		expect(exists(en, res.nb, keyFromData('common', 'noSuchMessage'))).toBe(false);
		expect(exists(en, undefined, 'common:appName')).toBe(false);
		// A bare plural key is a message only when asked with a count, as i18next resolves it.
		expect(exists(res.nb, res.nb, 'common:count.days')).toBe(false);
		expect(exists(res.nb, res.nb, 'common:count.days', { count: 3 })).toBe(true);
	});
});
