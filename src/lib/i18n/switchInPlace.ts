import { tick } from 'svelte';
import { preloadLang, setLang } from './i18n.svelte';
import type { Lang } from './types';

// Fetched only for a page opened in one language when another was asked for (app.html marks it
// `data-want`): most first loads never carry it.

/**
 * The page was opened in one language and another was asked for (app.html marked it): switch
 * in place, no second page. The messages come first, while the page stays as it painted; the
 * one frame in which the texts change is not shown, so nothing is seen to move (unless the
 * person is already in a field: then it changes under their hand, as a choice of theirs would).
 */
export async function switchInPlace(lang: Lang) {
	const root = document.documentElement;
	await preloadLang(lang);
	const hide = document.activeElement === document.body || !document.activeElement;
	if (hide) root.style.visibility = 'hidden';
	await setLang(lang);
	await tick();
	await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	if (hide) root.style.visibility = '';
	delete root.dataset.want;
}
