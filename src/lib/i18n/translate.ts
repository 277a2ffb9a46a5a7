import type { MessageKey } from './keys';
import type { LangResources, Tree } from './resources';

/**
 * What the first screen needs of i18next, with the same result for every message we have
 * (`translate.test.ts` checks each one against i18next): `ns:key.path` looked up in the current
 * language, then in bokmål; `{{name}}` filled from the options, left as it is when not given.
 * i18next itself (about 15 KB) loads when the person first does something on the page.
 */
export function lookup(res: LangResources | undefined, key: string): string | undefined {
	const colon = key.indexOf(':');
	const ns = colon < 0 ? 'common' : key.slice(0, colon);
	let node: Tree | string | undefined = res?.[ns];
	for (const part of (colon < 0 ? key : key.slice(colon + 1)).split('.')) {
		if (node === undefined || typeof node === 'string') return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

export function interpolate(text: string, options: Record<string, unknown> | undefined): string {
	if (!options) return text;
	return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/gu, (whole, name: string) => {
		const v = options[name];
		return v === undefined || v === null ? whole : String(v);
	});
}

/**
 * A message's text in a language, falling back to bokmål's, or undefined when neither has it. With
 * a numeric `count`, the plural form is looked up first as i18next does (`key_one`, `key_other`,
 * by the language's Intl.PluralRules), then the bare key.
 */
function find(
	res: LangResources | undefined,
	fallback: LangResources | undefined,
	key: MessageKey,
	count: unknown,
	locale: string
): string | undefined {
	const inOne = (r: LangResources | undefined): string | undefined => {
		if (typeof count === 'number') {
			const form = plural(locale).select(count);
			const hit = lookup(r, `${key}_${form}`) ?? lookup(r, `${key}_other`);
			if (hit !== undefined) return hit;
		}
		return lookup(r, key);
	};
	return inOne(res) ?? inOne(fallback);
}

/**
 * Translate with the resources of a language, falling back to bokmål's (see `find`). A key
 * neither has gives its path without the namespace, as i18next does: ask `exists` whether there
 * is a message, never compare the text with the key.
 */
export function translate(
	res: LangResources | undefined,
	fallback: LangResources | undefined,
	key: MessageKey,
	options?: Record<string, unknown>,
	locale = 'nb'
): string {
	const text = find(res, fallback, key, options?.count, locale);
	// Missing: the whole key, as i18next gives it (appendNamespaceToMissingKey), plainly a key.
	if (text === undefined) return key;
	return interpolate(text, options);
}

/**
 * Whether a language (or bokmål, its fallback) has a message for the key: the lookup `translate`
 * makes, as i18next's `exists` answers it (with a `count`, its plural forms count too).
 */
export function exists(
	res: LangResources | undefined,
	fallback: LangResources | undefined,
	key: MessageKey,
	options?: { count?: number },
	locale = 'nb'
): boolean {
	return find(res, fallback, key, options?.count, locale) !== undefined;
}

// One Intl.PluralRules per locale: a cache, nothing renders from it.
const pluralRules = new Map<string, Intl.PluralRules>();
function plural(locale: string): Intl.PluralRules {
	let p = pluralRules.get(locale);
	if (!p) pluralRules.set(locale, (p = new Intl.PluralRules(locale)));
	return p;
}
