import { pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { currentLang, setLang } from '../i18n/i18n.svelte';
import type { Lang } from '../i18n/types';

export interface FragmentSync {
	/** The fragment opened could not be read; the form was left empty. */
	readonly broken: boolean;
}

/**
 * Keeps a section's form (a `$state` object) in the URL fragment, for reload, shared links and
 * back/forward through the person's edits. Call during component setup. Every change to what
 * `encode` reads writes the fragment (after a pause in typing); an opened fragment is put back
 * into the form, or, when `decode` refuses it, the form is reset to `empty()` and `broken` is set.
 */
export function syncFragment<F extends object>(opts: {
	form: F;
	encode: (form: F, lang: Lang) => string;
	decode: (hash: string) => { ok: true; form: F; lang?: Lang } | { ok: false };
	empty: () => F;
}): FragmentSync {
	const encode = () => opts.encode(opts.form, currentLang());
	const state = $state({ broken: false });
	let ready = false;
	let lastHash = '';
	let empty = '';
	let timer: ReturnType<typeof setTimeout> | undefined;

	function load(hash: string) {
		if (hash === lastHash) return;
		lastHash = hash;
		if (hash === '' || hash === '#') return;
		const r = opts.decode(hash);
		state.broken = !r.ok;
		Object.assign(opts.form, r.ok ? r.form : opts.empty());
		// The form now stands for the fragment opened (or, when broken, for the empty form): no
		// history entry for it, and a broken link stays said until the person edits.
		lastHash = `#${encode()}`;
		if (r.ok && r.lang && r.lang !== currentLang()) {
			// An explicit ?lang= wins over the language in the fragment.
			// After the layout has set the browser's language on mount (children mount first).
			const lang = r.lang;
			if (!/[?&]lang=/u.test(location.search)) queueMicrotask(() => void setLang(lang));
		}
	}

	onMount(() => {
		empty = `#${encode()}`;
		load(location.hash);
		ready = true;
		const onPop = () => load(location.hash);
		addEventListener('popstate', onPop);
		return () => {
			removeEventListener('popstate', onPop);
			clearTimeout(timer);
		};
	});

	$effect(() => {
		const hash = `#${encode()}`;
		if (!ready) return;
		const untouched = (lastHash === '' || lastHash === '#') && same(hash, empty);
		if (untouched) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (hash === lastHash) return;
			const first = lastHash === '' || lastHash === '#' || state.broken;
			lastHash = hash;
			state.broken = false;
			// Same page, only the fragment changes: there is no route to resolve.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			(first ? replaceState : pushState)(hash, {});
		}, 500);
	});

	return state;
}

/** Two fragments that differ only in the language are the same scenario. */
function same(a: string, b: string): boolean {
	const strip = (h: string) => h.replace(/&l=[a-z]+/u, '');
	return strip(a) === strip(b);
}
