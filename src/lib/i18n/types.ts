/** A message tree: the same keys as the bokmål source, every leaf a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const INTL_LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
