import { browser } from '$app/environment';
import { currentLang, setLang } from '$lib/i18n/i18n.svelte';
import { langOfPath } from '$lib/i18n/langPath';
import { isLang } from '$lib/i18n/types';

// Every page is prerendered to plain files; no server code anywhere.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * The page's language, with its messages, before it renders (or hydrates): the path's prefix
 * (`/en/…`, `/nn/…`; none is bokmål). In the browser an explicit `?lang=` counts too, and a link
 * inside the site without a prefix keeps the language the person is reading in.
 */
export async function load({ url }) {
	let lang = langOfPath(url.pathname);
	if (browser) {
		const asked = url.searchParams.get('lang');
		if (isLang(asked)) lang = asked;
		else if (lang === 'nb') lang = currentLang();
	}
	await setLang(lang);
	return {};
}
