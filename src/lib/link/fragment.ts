import type { Lang } from '../i18n/types';

/**
 * The link toolkit, plain half: the one reader and the one writer of the URL fragment every
 * section keeps its form in (`#…`, never sent to a server). No zod here, so the calculator's
 * first screen can write links without loading it; reading a link's values with zod is in
 * `fragmentSchema.ts`, keeping it in the address is `fragmentSync.svelte.ts`.
 *
 * The format, for every section: `key=value` pairs joined by `&`, first the version, then the
 * section (none for the calculator), then the language, then the check value, then the section's
 * own keys:
 *
 *   #v=1&l=nb&h=o3egj&y=2026&b=uforetrygd&c=t8010&q=25000~m~1     (calculator, sections/calculator/fields.ts)
 *   #v=1&s=t&l=nb&h=s6381&y=2025&t=7100&p=14days&q=12000         (a section, sections/table/fields.ts)
 *
 * Inside a value, `~` separates the fields of a row and `!` the rows:
 * `p=0302~0315~15000!0316~0329~15000`. Values are what the person typed, without spaces or
 * separators; only what a fragment cannot carry as it is gets %-escaped, so links stay short and
 * readable (`,` and `~` and `!` stay as they are).
 *
 * Right after the header comes a short check value (`h=`, see `linkCheck`) of every pair but the
 * language and itself, so a link cut short or altered on its way is refused as broken rather than
 * read as another scenario (`…!1207~1220~150`, cut from `…~15000`, is not 150 kr). It stands near
 * the front, where a cut does not take it away. Links written before it had none and still open.
 */

/** The link format's version, the first pair of every link. */
export const LINK_VERSION = '1';
/** Between the fields of one row inside a value. */
export const FIELD = '~';
/** Between the rows inside a value. */
export const ROW = '!';
/** The key of the link's check value. */
export const CHECK_KEY = 'h';
/** The longest value a link carries for one typed field. */
export const MAX_TYPED = 40;

/**
 * A section's letter in its links (`s=`); the calculator's links have none. `u` uføretrygd,
 * `e` etterbetaling, `t` a whole table, `x` explain a payment, `k` check payments, `y` your year (the calculator's
 * keys and the year's own).
 */
export type LinkSection = 'u' | 'e' | 't' | 'x' | 'y' | 'k';

/**
 * A typed value as a link carries it: without spaces (a thousands separator is typing, not
 * meaning) and without the separators, at most `MAX_TYPED` characters. A mistake travels as
 * typed, so a reload keeps it.
 */
export function linkValue(s: string): string {
	return s.replace(/[\s\u00a0\u202f~!]/gu, '').slice(0, MAX_TYPED);
}

/**
 * The check value of a link's pairs (decoded, in order; the language and the check itself left
 * out, so a link differs only in its language from the same scenario in another): FNV-1a over
 * `k=v&k=v…`, five base-36 characters. A link cut or altered anywhere after its header gives
 * another value but for about one case in sixty million.
 */
export function linkCheck(pairs: ReadonlyArray<readonly [string, string]>): string {
	let h = 0x811c9dc5;
	for (const c of pairs
		.filter(([k]) => k !== 'l' && k !== CHECK_KEY)
		.map(([k, v]) => `${k}=${v}`)
		.join('&'))
		h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
	return ((h >>> 0) % 36 ** 5).toString(36).padStart(5, '0');
}

/** Percent-escape only what a fragment cannot carry as it is. */
function escapeValue(v: string): string {
	return v.replace(/[^A-Za-z0-9\-._~!,*:()]/gu, (c) => encodeURIComponent(c));
}

/**
 * A choice's codes in a link, read back: with `{ table: 't', none: 'n' }`, `'t'` gives `'table'`
 * and any other code (`'constructor'` included) gives undefined.
 */
export function fromCodes<K extends string>(
	codes: Record<K, string>
): (code: string) => K | undefined {
	const byCode = new Map(Object.entries<string>(codes).map(([k, c]) => [c, k as K]));
	return (code) => byCode.get(code);
}

/** Rows of fields as one value: `a~b!c~d`. */
export function joinRows(rows: readonly (readonly string[])[]): string {
	return rows.map((r) => r.join(FIELD)).join(ROW);
}

/** One value back into rows of fields (the inverse of `joinRows`). */
export function splitRows(value: string): string[][] {
	return value.split(ROW).map((r) => r.split(FIELD));
}

/**
 * Writes one link. The header (version, section, language) comes first; `set` adds a pair as
 * given, `typed` a typed value through `linkValue`, left out when blank.
 *
 *   new FragmentWriter('nb', 't').set('y', '2025').typed('t', '7 100').toString()
 *     === 'v=1&s=t&l=nb&y=2025&t=7100'
 */
export class FragmentWriter {
	private readonly pairs: Array<[string, string]> = [];
	private readonly header: number;

	constructor(lang: Lang, section?: LinkSection) {
		this.set('v', LINK_VERSION);
		if (section) this.set('s', section);
		this.set('l', lang);
		this.header = this.pairs.length;
	}

	set(key: string, value: string): this {
		this.pairs.push([key, value]);
		return this;
	}

	typed(key: string, value: string): this {
		const v = linkValue(value);
		if (v !== '') this.set(key, v);
		return this;
	}

	/** The link, its check value right after the header. */
	toString(): string {
		const pairs = [...this.pairs];
		pairs.splice(this.header, 0, [CHECK_KEY, linkCheck(this.pairs)]);
		return pairs.map(([k, v]) => `${k}=${escapeValue(v)}`).join('&');
	}
}

/**
 * The fragment as flat key/value pairs: `#k=v&k2=v2`, the check value taken out. Anything that is
 * not exactly that (an empty key, a key twice, a broken %-escape, a check value that does not
 * match the rest: a link cut short or altered) gives null, so a tampered link is refused whole.
 * A link without a check value (written before links had one) is read as it is.
 */
export function parseFragment(hash: string): Record<string, string> | null {
	const raw = hash.replace(/^#/u, '');
	if (raw === '') return null;
	const obj: Record<string, string> = {};
	const pairs: Array<[string, string]> = [];
	for (const pair of raw.split('&')) {
		const eq = pair.indexOf('=');
		if (eq < 1) return null;
		const k = pair.slice(0, eq);
		if (Object.hasOwn(obj, k)) return null;
		try {
			obj[k] = decodeURIComponent(pair.slice(eq + 1));
		} catch {
			return null;
		}
		pairs.push([k, obj[k]]);
	}
	if (Object.hasOwn(obj, CHECK_KEY)) {
		if (obj[CHECK_KEY] !== linkCheck(pairs)) return null;
		delete obj[CHECK_KEY];
	}
	return obj;
}

/** Two links that differ only in their language are the same scenario. */
export function sameScenario(a: string, b: string): boolean {
	const strip = (h: string) => h.replace(/&l=[a-z]+/u, '');
	return strip(a) === strip(b);
}
