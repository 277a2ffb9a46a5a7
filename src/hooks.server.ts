import type { Handle } from '@sveltejs/kit';
import { langOfPath } from '$lib/i18n/langPath';

// A page prerendered in nynorsk or English says so in `<html lang>` (src/app.html says bokmål).
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	if (lang === 'nb') return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<html lang="nb"', `<html lang="${lang}"`)
	});
};
