import type { Lang } from '../../i18n/types';
import type { Benefit } from '../../engine/nav/benefits';
import { defaultForm, type CalcForm } from '../calculator/fields';

/**
 * The embed's settings once read (link.ts reads them from the URL with zod). Apart from
 * the parser so that an embed without settings, which has nothing to parse, loads no zod
 * (to keep the first load small).
 */
export interface EmbedConfig {
	lang?: Lang;
	benefit?: Benefit;
	table?: string;
	compact: boolean;
	accent?: string;
}

/** The settings of an embed whose address has none. */
export function defaultEmbedConfig(): EmbedConfig {
	return { compact: false };
}

/** The calculator's starting form for an embed configuration. */
export function embedInitialForm(config: EmbedConfig): CalcForm {
	const form = defaultForm();
	if (config.benefit) form.benefit = config.benefit;
	if (config.table) form.table = config.table;
	return form;
}
