/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline after one visit: every file of this version is cached at install and served from the
// cache first. A new version waits (no skipWaiting) until no page of the old one is open, so an
// update never pulls files out from under an open page. An address is answered with the page in
// the language the visitor gets (the link's, the one chosen on this device, the browser's): a plain
// address in an English browser is sent on to its English page here, before any page loads.
import { build, files, prerendered, version } from '$service-worker';
import {
	chooseLang,
	KEPT_LANG_CACHE,
	keptLangForWorker,
	langOfPath,
	pathInLang
} from './lib/i18n/langPath';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `trekkhjelp-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k !== CACHE && k !== KEPT_LANG_CACHE).map((k) => caches.delete(k))
				)
			)
	);
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			if (req.mode === 'navigate') {
				const root = new URL(sw.registration.scope).pathname;
				const path = url.pathname.startsWith(root) ? `/${url.pathname.slice(root.length)}` : '';
				const lang = chooseLang(
					{ pathname: path, search: url.search, hash: '' },
					sw.navigator.languages,
					await keptLangForWorker(sw.registration.scope)
				);
				// Sent on within the device (no network): the address names the language shown.
				if (path && lang !== langOfPath(path))
					return Response.redirect(`${pathInLang(url.pathname, lang, root)}${url.search}`, 302);
			}
			const cache = await caches.open(CACHE);
			const hit = await cache.match(req, { ignoreSearch: true });
			if (hit) return hit;
			try {
				const res = await fetch(req);
				if (res.ok && res.type === 'basic') void cache.put(req, res.clone());
				return res;
			} catch {
				// Offline and not cached: a page request falls back to the cached calculator.
				const fallback =
					req.mode === 'navigate'
						? await cache.match(new URL('./', sw.registration.scope).href)
						: undefined;
				return fallback ?? new Response('', { status: 503, statusText: 'Offline' });
			}
		})()
	);
});
