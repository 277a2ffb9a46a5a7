/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline after one visit: every file of this version is cached at install and served from the
// cache first. A new version waits (no skipWaiting) until no page of the old one is open, so an
// update never pulls files out from under an open page.
import { build, files, prerendered, version } from '$service-worker';

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
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
	);
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
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
