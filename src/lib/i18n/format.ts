import { INTL_LOCALE, isLang, type Lang } from './types';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat for the language, with a fixed number of decimals. */
export function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
	const key = `${lang}:${digits}`;
	let f = numberFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(INTL_LOCALE[lang], {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		numberFormats.set(key, f);
	}
	return f;
}

/** Pick the language from `?lang=`, else the browser, else bokmål. */
export function detectLang(search: string, navigatorLanguages: readonly string[]): Lang {
	const fromUrl = new URLSearchParams(search).get('lang');
	if (isLang(fromUrl)) return fromUrl;
	for (const l of navigatorLanguages) {
		const base = l.toLowerCase().split('-')[0];
		if (base === 'nn') return 'nn';
		if (base === 'nb' || base === 'no') return 'nb';
		if (base === 'en') return 'en';
	}
	return 'nb';
}
