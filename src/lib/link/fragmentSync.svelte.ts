import { pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { currentLang, setLang } from '../i18n/i18n.svelte';
import type { Lang } from '../i18n/types';
import { sameScenario } from './fragment';
import type { FragmentDecode } from './fragmentSchema';

export interface FragmentSync {
	/** The fragment opened could not be read; the form was left empty. Cleared by editing. */
	readonly broken: boolean;
}

/** How long typing must pause before the address follows the form. */
export const WRITE_DELAY_MS = 500;

/**
 * Keeps a section's form (a `$state` object) in the URL fragment, for reload, shared links and
 * back/forward through the person's edits: the one sync every section uses, the calculator and
 * its embedded form included. Call during component setup.
 *
 * - On mount (and on back/forward) the fragment is decoded and put into the form; when `decode`
 *   refuses it, the form is reset to `empty()` and `broken` is set until the person edits.
 *   Opening a link adds no history entry, whatever language it is shown in.
 * - Every change to what `encode` reads writes the fragment after a pause in typing: the first
 *   write (or the one replacing a broken link, or a change of language only) replaces the
 *   current entry, later ones add an entry so back undoes an edit.
 * - `embedded`: inside an iframe the host page's history must not fill up with our edits, so
 *   the address is neither read nor written; `onActive` still runs.
 * - `onActive` runs whenever the form holds something (typed or opened), e.g. to fetch the engine.
 */
export function syncFragment<F extends object>(opts: {
	form: F;
	encode: (form: F, lang: Lang) => string;
	/** May be async, so a section can load its decoder only when a link is opened. */
	decode: (hash: string) => FragmentDecode<F> | Promise<FragmentDecode<F>>;
	empty: () => F;
	embedded?: boolean;
	onActive?: () => void;
}): FragmentSync {
	const encode = () => `#${opts.encode(opts.form, currentLang())}`;
	const state = $state({ broken: false });
	let ready = false;
	let lastHash = '';
	let timer: ReturnType<typeof setTimeout> | undefined;
	const emptyHash = `#${opts.encode(opts.empty(), currentLang())}`;
	const nothingWritten = () => lastHash === '' || lastHash === '#';

	async function load(hash: string): Promise<void> {
		if (hash === lastHash) return;
		lastHash = hash;
		if (hash === '' || hash === '#') return;
		opts.onActive?.();
		const r = await opts.decode(hash);
		if (hash !== lastHash) return; // another fragment arrived meanwhile
		state.broken = !r.ok;
		Object.assign(opts.form, r.ok ? r.form : opts.empty());
		// The form now stands for the fragment opened (or, when broken, for the empty form): no
		// history entry for it, and a broken link stays said until the person edits.
		lastHash = encode();
		if (r.ok && r.lang && r.lang !== currentLang()) {
			// An explicit ?lang= wins over the language in the fragment. After the layout has set
			// the browser's language on mount (children mount first).
			const lang = r.lang;
			if (!/[?&]lang=/u.test(location.search)) queueMicrotask(() => void setLang(lang));
		}
	}

	onMount(() => {
		if (opts.embedded) return;
		void load(location.hash).then(() => (ready = true));
		const onPop = () => void load(location.hash);
		addEventListener('popstate', onPop);
		return () => {
			removeEventListener('popstate', onPop);
			clearTimeout(timer);
		};
	});

	$effect(() => {
		const hash = encode();
		const untouched = sameScenario(hash, emptyHash);
		if (!untouched) opts.onActive?.();
		if (!ready || (untouched && nothingWritten())) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (hash === lastHash) return;
			const replace = nothingWritten() || state.broken || sameScenario(hash, lastHash);
			lastHash = hash;
			state.broken = false;
			// Same page, only the fragment changes: there is no route to resolve.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			(replace ? replaceState : pushState)(hash, {});
		}, WRITE_DELAY_MS);
	});

	return state;
}
