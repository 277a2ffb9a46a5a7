import * as z from 'zod/mini';
import { isLang, type Lang } from '../../i18n/types';
import type { EmbedConfig } from './fields';
import { BENEFIT_IDS } from '../../engine/nav/benefits';

// Types only from fields.ts: the embed's page has it already, so this module (fetched when the
// address has settings) adds nothing but the parser to what the page loads.
export type { EmbedConfig } from './fields';

/*
 * The embed's URL parameters, validated with zod. An invalid value is dropped silently (the
 * default is used) so a host page's typo never breaks the widget or logs errors.
 */

const fields = {
	lang: z.string().check(z.refine(isLang)),
	benefit: z.enum(BENEFIT_IDS),
	table: z.string().check(z.regex(/^\d{4}$/u)),
	mode: z.enum(['compact', 'full']),
	accent: z.string().check(z.regex(/^#?[0-9a-fA-F]{6}$/u))
};

function pick<T>(schema: z.ZodMiniType<T>, value: string | null): T | undefined {
	if (value === null) return undefined;
	const r = schema.safeParse(value);
	return r.success ? r.data : undefined;
}

export function parseEmbedConfig(search: string): EmbedConfig {
	const p = new URLSearchParams(search);
	const lang = pick(fields.lang, p.get('lang')) as Lang | undefined;
	const benefit = pick(fields.benefit, p.get('benefit'));
	const table = pick(fields.table, p.get('table'));
	const accent = pick(fields.accent, p.get('accent'));
	return {
		...(lang ? { lang } : {}),
		...(benefit ? { benefit } : {}),
		...(table ? { table } : {}),
		compact: pick(fields.mode, p.get('mode')) === 'compact',
		...(accent ? { accent: accent.startsWith('#') ? accent : `#${accent}` } : {})
	};
}
