import { isLang, type Lang } from './types';

/**
 * Every page is prerendered once per language: bokmål at its own path (`/tabell/`), nynorsk and
 * English under a prefix (`/nn/tabell/`, `/en/tabell/`), so a page is in its language at the
 * first paint. `src/hooks.ts` maps a prefixed path back to its route. The inline script in
 * `src/app.html` picks the language before anything paints (the same order as `chooseLang`) and,
 * when the page opened is in another, replaces it with that language's page.
 */
export const PREFIXED = ['nn', 'en'] as const satisfies readonly Lang[];

const PREFIX = /\/(?:nn|en)(?=\/|$)/u;

/** The language a path is prerendered in (its prefix), bokmål when it has none. */
export function langOfPath(pathname: string): Lang {
	const m = /\/(nn|en)(?=\/|$)/u.exec(pathname);
	return m ? (m[1] as Lang) : 'nb';
}

/** The route path behind a language's path: `/en/tabell/` → `/tabell/`. */
export function stripLang(pathname: string): string {
	return pathname.replace(PREFIX, '') || '/';
}

/**
 * The same page in another language. `root` is the site's own path (`/`, or `/sub/` when served
 * under a sub-path); the prefix goes right after it.
 */
export function pathInLang(pathname: string, lang: Lang, root = '/'): string {
	const bare = stripLang(pathname);
	if (lang === 'nb') return bare;
	const rest = bare.startsWith(root) ? bare.slice(root.length) : bare.replace(/^\//u, '');
	return `${root}${lang}/${rest}`;
}

/** The language a browser asks for first among ours; bokmål when it asks for none of them. */
export function browserLang(languages: readonly string[]): Lang | undefined {
	for (const l of languages) {
		const base = l.toLowerCase().split('-')[0];
		if (base === 'nn') return 'nn';
		if (base === 'nb' || base === 'no') return 'nb';
		if (base === 'en') return 'en';
	}
	return undefined;
}

/**
 * The language a page opens in. The link wins over the browser: `?lang=`, then the language a
 * shared scenario was made in (`#…&l=nb`), then the page's own prefix; only a plain address
 * without a prefix follows the browser. `src/app.html` does the same before the first paint.
 */
export function chooseLang(
	url: { pathname: string; search: string; hash: string },
	languages: readonly string[]
): Lang {
	const q = new URLSearchParams(url.search).get('lang');
	if (isLang(q)) return q;
	const f = /[#&]l=(nb|nn|en)(?:&|$)/u.exec(url.hash);
	if (f) return f[1] as Lang;
	if (PREFIX.test(url.pathname)) return langOfPath(url.pathname);
	return browserLang(languages) ?? 'nb';
}
