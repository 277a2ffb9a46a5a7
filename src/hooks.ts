import type { Reroute } from '@sveltejs/kit';
import { stripLang } from '$lib/i18n/langPath';

// `/en/tabell/` and `/nn/tabell/` are the `/tabell/` route in English and nynorsk.
export const reroute: Reroute = ({ url }) => stripLang(url.pathname);
