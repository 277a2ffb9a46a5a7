import * as z from 'zod/mini';
import { isLang, type Lang } from '../i18n/types';
import { cardCode, type CardKind } from '../section/card';
import { FIELD, LINK_VERSION, MAX_TYPED, ROW, parseFragment, type LinkSection } from './fragment';

/**
 * The link toolkit, zod half: every section reads its link with `decodeFragment` and these
 * building blocks, so the version, the language and the shape of a typed value are checked the
 * same way everywhere, and a link that is anything but right is refused whole.
 */

/** What a link opened gives back: the form it stands for and its language, or a refusal. */
export type FragmentDecode<F> = { ok: true; form: F; lang?: Lang } | { ok: false };

/** A typed value as `linkValue` writes it: short, without separators. */
export const typedValue = z
	.string()
	.check(z.maxLength(MAX_TYPED), z.regex(new RegExp(`^[^${FIELD}${ROW}]*$`, 'u')));

/** A typed value a link may leave out (an empty field is not written). */
export const optionalTyped = z.optional(typedValue);

/**
 * A card's kind read back from its code (section/card.ts: `cardCode`, its first letter), among
 * the kinds the section asks for: a list (the calculator's is `CARD_KINDS`, every kind) or a
 * record of each of them, and only those, as the type checks. Undefined for any other code.
 */
export function cardKindFrom<K extends CardKind>(
	code: string,
	kinds: readonly K[] | Record<K, true>
): K | undefined {
	const list = Array.isArray(kinds) ? (kinds as readonly K[]) : (Object.keys(kinds) as K[]);
	return list.find((k) => cardCode(k) === code);
}

/** The header every link starts with: version, section (none for the calculator), language. */
export function linkHeader(section?: LinkSection) {
	return {
		v: z.literal(LINK_VERSION),
		...(section ? { s: z.literal(section) } : {}),
		l: z.optional(z.string().check(z.refine(isLang)))
	};
}

/**
 * A fragment back into a form: parsed, checked against `schema`, then built by `build` (which
 * returns null to refuse what the schema alone cannot judge). Never throws.
 */
export function decodeFragment<S extends z.ZodMiniType<{ l?: string | undefined }>, F>(
	hash: string,
	schema: S,
	build: (data: z.infer<S>) => F | null
): FragmentDecode<F> {
	try {
		const obj = parseFragment(hash);
		const r = obj ? schema.safeParse(obj) : null;
		if (!r?.success) return { ok: false };
		const form = build(r.data);
		if (form === null) return { ok: false };
		const l = r.data.l;
		return { ok: true, form, ...(l && isLang(l) ? { lang: l } : {}) };
	} catch {
		return { ok: false };
	}
}
