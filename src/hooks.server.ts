import type { Handle } from '@sveltejs/kit';
import { langOfPath } from '$lib/i18n/langPath';
import { gateStart } from '$lib/server/paintGate';

// Paint first: the prerendered page is complete, so nothing but it is fetched or run before its
// first paint. SvelteKit's module preloads are left out of the head (its documented `preload`
// option) and handed to the start script's gate instead. `<html lang>` says the page's language
// (src/app.html says bokmål).
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	const modules: string[] = [];
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type !== 'js') return true;
			modules.push(path);
			return false;
		},
		transformPageChunk: ({ html, done }) => {
			const page = lang === 'nb' ? html : html.replace('<html lang="nb"', `<html lang="${lang}"`);
			return done ? gateStart(page, modules) : page;
		}
	});
};
