import i18next, { type TOptions } from 'i18next';
import { numberFormat } from './format';
import { CORE_NAMESPACES, loadNamespaces, nbCoreResources } from './resources';
import { INTL_LOCALE, LANGS, type Lang } from './types';

i18next.init({
	lng: 'nb',
	fallbackLng: 'nb',
	supportedLngs: [...LANGS],
	ns: [...CORE_NAMESPACES],
	defaultNS: 'common',
	resources: { nb: nbCoreResources },
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

/**
 * The current language, shared by every component, and a counter bumped whenever messages
 * arrive. Reading both inside `t` makes every text reactive.
 */
const state = $state<{ lang: Lang; version: number }>({ lang: 'nb', version: 0 });

export function currentLang(): Lang {
	return state.lang;
}

// Bookkeeping only, nothing renders from these.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const wanted = new Set<string>(CORE_NAMESPACES);
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Set<string>(CORE_NAMESPACES.map((ns) => `nb:${ns}`));
let requested: Lang = 'nb';

async function loadInto(lang: Lang, namespaces: readonly string[]): Promise<void> {
	const missing = namespaces.filter((ns) => !loaded.has(`${lang}:${ns}`));
	if (missing.length === 0) return;
	const res = await loadNamespaces(lang, missing);
	for (const [ns, tree] of Object.entries(res))
		i18next.addResourceBundle(lang, ns, tree, true, true);
	for (const ns of missing) loaded.add(`${lang}:${ns}`);
	// Only messages that can show now re-render the page (the current language, or bokmål as its
	// fallback); a language being switched to renders once, when it becomes current.
	if (lang === state.lang || lang === 'nb') state.version += 1;
}

/** Make sure a page's namespaces are there, in the current language and in bokmål (fallback). */
export async function ensureNamespaces(namespaces: readonly string[]): Promise<void> {
	for (const ns of namespaces) wanted.add(ns);
	await Promise.all([loadInto('nb', namespaces), loadInto(state.lang, namespaces)]);
}

/** Switch language: loads its messages once, then every text and `<html lang>` update. */
export async function setLang(lang: Lang): Promise<void> {
	requested = lang;
	await loadInto(lang, [...wanted]);
	// A quicker later switch wins over a slower earlier one.
	if (requested !== lang) return;
	state.lang = lang;
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Translate `ns:key` (or a `common` key) in the current language. */
export function t(key: string, options?: TOptions): string {
	void state.version;
	return fixedT(state.lang)(key, options ?? {}) as string;
}

// One bound translate function per language, not a new one for every text on every render.
// A cache, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const fixed = new Map<Lang, ReturnType<typeof i18next.getFixedT>>();
function fixedT(lang: Lang): ReturnType<typeof i18next.getFixedT> {
	let f = fixed.get(lang);
	if (!f) fixed.set(lang, (f = i18next.getFixedT(lang)));
	return f;
}

/** A number in the user's locale, whole by default. */
export function formatNumber(value: number, digits = 0): string {
	return numberFormat(state.lang, digits).format(value);
}

/** A counted noun in the current language's plural forms: "1 dag", "2 dager", "1 day". */
export function formatCount(unit: 'days' | 'weekdays', n: number): string {
	return t(`common:count.${unit}`, { count: n, n: formatNumber(n, Number.isInteger(n) ? 0 : 2) });
}

// A cache, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b og c" / "a, b and c": a list joined as the language does. */
export function formatList(items: readonly string[]): string {
	let f = listFormats.get(state.lang);
	if (!f) {
		f = new Intl.ListFormat(INTL_LOCALE[state.lang], { type: 'conjunction' });
		listFormats.set(state.lang, f);
	}
	return f.format(items);
}

/** An amount of kroner, e.g. "12 345 kr". */
export function formatKr(value: number, digits = 0): string {
	return t('common:kr', { amount: formatNumber(value, digits) });
}
