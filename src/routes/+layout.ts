import { browser } from '$app/environment';
import { currentLang, setLang } from '$lib/i18n/i18n.svelte';
import { langOfPath } from '$lib/i18n/langPath';
import { isLang } from '$lib/i18n/types';

// Every page is prerendered to plain files; no server code anywhere.
export const prerender = true;
export const trailingSlash = 'always';

// The first load in the browser hydrates the page in the language it was prerendered in (its
// path's); when another was asked for, +layout.svelte switches to it in place once it runs.
let hydrating = browser;

/**
 * The page's language, with its messages, before it renders (or hydrates): the path's prefix
 * (`/en/…`, `/nn/…`; none is bokmål). After the first page, an explicit `?lang=` counts too, and
 * a link inside the site without a prefix keeps the language the person is reading in. With it,
 * the site's header and footer (`chrome`), for every page but the embed.
 */
export async function load({ url, route }) {
	let lang = langOfPath(url.pathname);
	if (hydrating) hydrating = false;
	else if (browser) {
		const asked = url.searchParams.get('lang');
		if (isLang(asked)) lang = asked;
		else if (lang === 'nb') lang = currentLang();
	}
	// The site's header and footer, fetched with the messages (in parallel): the embed has
	// neither, so its first load goes without them.
	const [chrome] = await Promise.all([
		route.id?.startsWith('/embed') ? null : import('./SiteChrome.svelte').then((m) => m.default),
		setLang(lang)
	]);
	return { chrome };
}
