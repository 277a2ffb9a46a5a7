import i18next, { type TOptions } from 'i18next';
import { loadLang, nbResources } from './resources';
import { numberFormat } from './format';
import { LANGS, type Lang } from './types';

const NAMESPACES = Object.keys(nbResources);

i18next.init({
	lng: 'nb',
	fallbackLng: 'nb',
	supportedLngs: [...LANGS],
	ns: NAMESPACES,
	defaultNS: 'common',
	resources: { nb: nbResources },
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

/** The current language, shared by every component. Reading it inside `t` makes text reactive. */
const state = $state<{ lang: Lang }>({ lang: 'nb' });

export function currentLang(): Lang {
	return state.lang;
}

// Which languages' messages are in i18next: bookkeeping only, nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const loaded = new Set<Lang>(['nb']);
let requested: Lang = 'nb';

/** Switch language: loads its messages once, then every text and `<html lang>` update. */
export async function setLang(lang: Lang): Promise<void> {
	requested = lang;
	if (!loaded.has(lang)) {
		const res = await loadLang(lang);
		for (const [ns, tree] of Object.entries(res))
			i18next.addResourceBundle(lang, ns, tree, true, true);
		loaded.add(lang);
	}
	// A quicker later switch wins over a slower earlier one.
	if (requested !== lang) return;
	state.lang = lang;
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Translate `ns:key` (or a `common` key) in the current language. */
export function t(key: string, options?: TOptions): string {
	return i18next.getFixedT(state.lang)(key, options ?? {}) as string;
}

/** Does a key exist (used for optional hints)? */
export function hasKey(key: string): boolean {
	return i18next.exists(key, { lng: state.lang });
}

/** A number in the user's locale, whole by default. */
export function formatNumber(value: number, digits = 0): string {
	return numberFormat(state.lang, digits).format(value);
}

/** An amount of kroner, e.g. "12 345 kr". */
export function formatKr(value: number, digits = 0): string {
	return t('common:kr', { amount: formatNumber(value, digits) });
}
