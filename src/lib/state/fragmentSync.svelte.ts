import { pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { currentLang, setLang } from '../i18n/i18n.svelte';
import type { Lang } from '../i18n/types';

export interface FragmentSync {
	/** The fragment opened could not be read; the form was left empty. */
	readonly broken: boolean;
}

/**
 * Keeps a section's form in the URL fragment, for reload, shared links and back/forward through
 * the person's edits. Call during component setup. `encode` is tracked: every change of what it
 * reads writes the fragment (after a pause in typing); `apply` puts a fragment back into the form
 * and says whether it could (a failure leaves the form as `reset` makes it).
 */
export function syncFragment(opts: {
	encode: () => string;
	apply: (hash: string) => { ok: true; lang?: Lang } | { ok: false };
	reset: () => void;
}): FragmentSync {
	const state = $state({ broken: false });
	let ready = false;
	let lastHash = '';
	let empty = '';
	let timer: ReturnType<typeof setTimeout> | undefined;

	function load(hash: string) {
		if (hash === lastHash) return;
		lastHash = hash;
		if (hash === '' || hash === '#') return;
		const r = opts.apply(hash);
		state.broken = !r.ok;
		if (!r.ok) opts.reset();
		// What the form now encodes to is what was opened: no new history entry for it.
		else lastHash = `#${opts.encode()}`;
		if (r.ok && r.lang && r.lang !== currentLang()) {
			// An explicit ?lang= wins over the language in the fragment.
			// After the layout has set the browser's language on mount (children mount first).
			const lang = r.lang;
			if (!/[?&]lang=/u.test(location.search)) queueMicrotask(() => void setLang(lang));
		}
	}

	onMount(() => {
		empty = `#${opts.encode()}`;
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
		const hash = `#${opts.encode()}`;
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
