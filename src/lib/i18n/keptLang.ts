import { KEPT_LANG_CACHE, KEPT_LANG_KEY } from './langPath';
import type { Lang } from './types';

// Fetched only when a person picks a language in the header: no page's first load carries it.

/** Keep the language the person chose on this device (both copies; storage may be refused). */
export async function keepLang(lang: Lang, scope: string): Promise<void> {
	try {
		localStorage.setItem(KEPT_LANG_KEY, lang);
	} catch {
		// Storage refused (a private window, an embed's partitioned frame): nothing is kept.
	}
	try {
		const cache = await caches.open(KEPT_LANG_CACHE);
		await cache.put(new URL(KEPT_LANG_KEY, scope), new Response(lang));
	} catch {
		// No Cache API here (an insecure origin): the service worker follows the browser.
	}
}
