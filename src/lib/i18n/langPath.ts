import { isLang, type Lang } from './types';

/**
 * Every page is prerendered once per language: bokmål at its own path (`/tabell/`), nynorsk and
 * English under a prefix (`/nn/tabell/`, `/en/tabell/`), so a page is in its language at the
 * first paint. `src/hooks.ts` maps a prefixed path back to its route. No visitor waits for a
 * second page: once the service worker runs (every visit after the first) it answers an address
 * with the page in the language `chooseLang` picks (src/service-worker.ts); before that, the
 * inline script in `src/app.html` marks a page opened in another language (`data-want`) and the
 * app switches it in place when it starts (src/routes/+layout.svelte).
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
 * without a prefix follows the language the person chose on this device (`kept`), and without
 * one the browser's. `src/app.html` does the same before the first paint (the service worker,
 * which never sees the `#`, without the scenario's).
 */
export function chooseLang(
	url: { pathname: string; search: string; hash: string },
	languages: readonly string[],
	kept?: string | null
): Lang {
	const q = new URLSearchParams(url.search).get('lang');
	if (isLang(q)) return q;
	const f = /[#&]l=(nb|nn|en)(?:&|$)/u.exec(url.hash);
	if (f) return f[1] as Lang;
	if (PREFIX.test(url.pathname)) return langOfPath(url.pathname);
	if (isLang(kept)) return kept;
	return browserLang(languages) ?? 'nb';
}

/**
 * The language a person chose is kept on the device, never sent (no cookie): in localStorage
 * under this name for the inline script in `src/app.html`, and in the Cache API under
 * `KEPT_LANG_CACHE` for the service worker, which cannot read localStorage.
 */
export const KEPT_LANG_KEY = 'trekkhjelp-lang';
export const KEPT_LANG_CACHE = 'trekkhjelp-choice';

/** The language the person chose on this device, if any (the service worker's copy). */
export async function keptLangForWorker(scope: string): Promise<Lang | undefined> {
	try {
		const hit = await (await caches.open(KEPT_LANG_CACHE)).match(new URL(KEPT_LANG_KEY, scope));
		const lang = hit ? await hit.text() : undefined;
		return isLang(lang) ? lang : undefined;
	} catch {
		return undefined;
	}
}
