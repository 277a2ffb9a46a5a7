import { INTL_LOCALE, type Lang } from './types';

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
