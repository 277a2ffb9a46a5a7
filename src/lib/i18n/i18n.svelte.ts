import type { i18n, TOptions } from 'i18next';
import { numberFormat } from './format';
import type { MessageKey } from './keys';
import { CORE_NAMESPACES, loadNamespaces, mergeTree, type LangResources } from './resources';
import { exists, translate } from './translate';
import { INTL_LOCALE, LANGS, type Lang } from './types';

// Every message loaded so far, by language and namespace. Bookkeeping: renders follow `version`.
const store: Partial<Record<Lang, LangResources>> = {};

// i18next arrives on demand (the first screen renders the same text through translate.ts);
// from then on every text goes through it.
let engine: i18n | null = null;
let engineLoading: Promise<void> | null = null;

/** Load i18next and hand it every message loaded so far. */
export function loadI18next(): Promise<void> {
	engineLoading ??= import('i18next').then(({ default: i18next }) => {
		const instance = i18next.createInstance();
		instance.init({
			lng: state.lang,
			fallbackLng: 'nb',
			supportedLngs: [...LANGS],
			ns: [...CORE_NAMESPACES],
			defaultNS: 'common',
			resources: structuredClone(store),
			initAsync: false,
			interpolation: { escapeValue: false },
			returnNull: false,
			// A missing message shows as its whole key (`explain:recalc.x`), as translate.ts gives
			// it: plainly a key, so a test that looks for one can find it.
			appendNamespaceToMissingKey: true
		});
		engine = instance;
	});
	return engineLoading;
}

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
const loaded = new Set<string>();
// The language asked for last, and whether one has been shown yet: until the layout has chosen
// the page's language, a page's messages wait for that choice rather than load in bokmål.
let requested: Lang | undefined;
let shown = false;
let chosen: () => void = () => {};
const firstChoice = new Promise<void>((resolve) => (chosen = resolve));

async function loadInto(lang: Lang, namespaces: readonly string[]): Promise<void> {
	const missing = namespaces.filter((ns) => !loaded.has(`${lang}:${ns}`));
	if (missing.length === 0) return;
	const res = await loadNamespaces(lang, missing);
	const into = (store[lang] ??= {});
	for (const [ns, tree] of Object.entries(res)) {
		// Merged: one file of a namespace (steps/payments) may have come before the rest, and an
		// extra file (calc/results) adds to a group its main file began (calc.ts: results.title).
		into[ns] = mergeTree(into[ns], tree);
		engine?.addResourceBundle(lang, ns, tree, true, true);
	}
	for (const ns of missing) loaded.add(`${lang}:${ns}`);
	// Only messages that can show now re-render the page (the current language, or bokmål as its
	// fallback); a language being switched to renders once, when it becomes current.
	if (lang === state.lang || lang === 'nb') state.version += 1;
}

/**
 * Make sure a page's namespaces are there, in the current language and in the one being switched
 * to (a page's load runs beside the layout's, which sets the language). Every language has every
 * key (messages.test.ts), so bokmål is not loaded as a fallback for the others.
 */
export async function ensureNamespaces(namespaces: readonly string[]): Promise<void> {
	for (const ns of namespaces) wanted.add(ns);
	if (requested === undefined) await firstChoice;
	const langs = [requested!, ...(shown ? [state.lang] : [])].filter(
		(l, i, all) => all.indexOf(l) === i
	);
	await Promise.all(langs.map((lang) => loadInto(lang, namespaces)));
}

/** Fetch a language's messages (every namespace wanted so far) without switching to it yet. */
export async function preloadLang(lang: Lang): Promise<void> {
	await loadInto(lang, [...wanted]);
}

type LangListener = (lang: Lang) => void;
let listener: LangListener | undefined;
/** Told after every change of language (the layout keeps the address in that language). */
export function onLangChange(fn: LangListener): void {
	listener = fn;
}

/** Switch language: loads its messages once, then every text and `<html lang>` update. */
export async function setLang(lang: Lang): Promise<void> {
	requested = lang;
	chosen();
	// Until every namespace wanted so far is there (a page may ask for one meanwhile).
	while ([...wanted].some((ns) => !loaded.has(`${lang}:${ns}`))) {
		await loadInto(lang, [...wanted]);
		// A quicker later switch wins over a slower earlier one.
		if (requested !== lang) return;
	}
	shown = true;
	if (state.lang === lang) return;
	state.lang = lang;
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
	listener?.(lang);
}

/**
 * Translate `ns:key` in the current language. The key is typed (`MessageKey`, from the bokmål
 * messages); a key made from data comes through `keyFromData` (keys.ts).
 */
export function t(key: MessageKey, options?: TOptions): string {
	void state.version;
	// i18next is handed a plain string: its own key typing would check every key over again.
	const path: string = key;
	if (engine) return fixedT(engine, state.lang)(path, options ?? {}) as string;
	return translate(
		store[state.lang],
		store.nb,
		key,
		options as Record<string, unknown>,
		INTL_LOCALE[state.lang]
	);
}

/**
 * Whether the current language (or bokmål, its fallback) has a message for the key, asked of the
 * translator: i18next's `exists` once it is here, else the lookup the first screen translates
 * with (translate.ts). With a `count`, a plural form counts. Reactive, as `t` is: a namespace
 * that arrives later turns the answer.
 */
export function hasMessage(key: MessageKey, options?: { count?: number }): boolean {
	void state.version;
	if (engine) return engine.exists(key, { lng: state.lang, ...options });
	return exists(store[state.lang], store.nb, key, options, INTL_LOCALE[state.lang]);
}

// One bound translate function per language, not a new one for every text on every render.
// A cache, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const fixed = new Map<Lang, ReturnType<i18n['getFixedT']>>();
function fixedT(instance: i18n, lang: Lang): ReturnType<i18n['getFixedT']> {
	let f = fixed.get(lang);
	if (!f) fixed.set(lang, (f = instance.getFixedT(lang)));
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
