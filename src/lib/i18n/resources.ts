import type { Lang } from './types';

/**
 * Message files are found by path: `messages/<lang>/<namespace>.ts` becomes namespace
 * `<namespace>`, and `messages/<lang>/steps/<module>.ts` becomes `steps.<module>` inside the
 * `steps` namespace. Adding a file needs no edit here. Every namespace of every language loads on
 * demand: the layout loads the core ones of the page's language before the page renders.
 */
type Module = { default: Record<string, unknown> };
export type Tree = { [key: string]: string | Tree };
export type LangResources = Record<string, Tree>;

// What every page's first screen speaks in. The error messages are not core: an error shows only
// once a section's engine side or the edge's parser has run, and those load them
// (section/lazy.svelte.ts). Nor are the benefits' names: the pages that name benefits load them
// with the page (their +page.ts), so /tabell/ and /uforetrygd/ go without. The first load stays small.
export const CORE_NAMESPACES = ['common', 'calc'] as const;

/** The calc namespace's words for the results, loaded with them (calc/*.ts). */
export const RESULT_NAMESPACES = ['calc/results', 'calc/compact', 'calc/terms'] as const;

type Loaders = Record<string, () => Promise<Module>>;

/**
 * Each language's message files by path (`./messages/<lang>/…`), from its catalog
 * (catalog/<lang>.ts), itself fetched the first time the language is wanted: a first load
 * carries the loaders of its own language only (about 1.3 KB gzipped for all three).
 */
const catalogs: Record<Lang, () => Promise<{ default: Loaders }>> = {
	nb: () => import('./catalog/nb'),
	nn: () => import('./catalog/nn'),
	en: () => import('./catalog/en')
};
const catalogCache = new Map<Lang, Promise<Loaders>>();
function catalog(lang: Lang): Promise<Loaders> {
	let c = catalogCache.get(lang);
	if (!c) {
		// The catalog's paths are its own (`../messages/…`), read here as resources.ts's.
		c = catalogs[lang]().then((m) =>
			Object.fromEntries(
				Object.entries(m.default).map(([path, load]) => [path.replace(/^\.\.\//u, './'), load])
			)
		);
		catalogCache.set(lang, c);
	}
	return c;
}

/** The namespace of a message file: `steps` for everything under steps/, else the file name. */
export function namespaceOf(path: string): string {
	const rest = path.replace(/^\.\/messages\/[a-z]+\//u, '').replace(/\.ts$/u, '');
	return rest.split('/')[0]!;
}

/**
 * A namespace's messages with a file's added: a group both have (calc.ts and calc/results.ts
 * both give `results`) keeps the keys of each.
 */
export function mergeTree(into: Tree | undefined, tree: Tree): Tree {
	const merged: Tree = { ...into };
	for (const [k, v] of Object.entries(tree)) {
		const had = merged[k];
		merged[k] = typeof v === 'object' && typeof had === 'object' ? { ...had, ...v } : v;
	}
	return merged;
}

export function assemble(files: Record<string, Module>): LangResources {
	const out: LangResources = {};
	for (const [path, mod] of Object.entries(files)) {
		const rest = path
			.replace(/^\.\/messages\/[a-z]+\//u, '')
			.replace(/\.ts$/u, '')
			.split('/');
		if (rest.length === 1) {
			out[rest[0]!] = mergeTree(out[rest[0]!], mod.default as Tree);
		} else {
			const [ns, sub] = rest as [string, string];
			out[ns] = mergeTree(out[ns], { [sub]: mod.default as Tree });
		}
	}
	return out;
}

/** The file's own name under its namespace folder (`steps/payments`), or its namespace. */
function partOf(path: string): string {
	return path.replace(/^\.\/messages\/[a-z]+\//u, '').replace(/\.ts$/u, '');
}

/**
 * The messages of some namespaces in one language. `steps/<module>` asks for one file of the
 * steps namespace only (a page that words a few steps need not load them all). A namespace with
 * a file of its own (`calc.ts`) and a folder (`calc/results.ts`) is that file when asked by name:
 * the folder's files are its extras, each loaded when asked for (`calc/results`).
 */
export async function loadNamespaces(
	lang: Lang,
	namespaces: readonly string[]
): Promise<LangResources> {
	const wanted = new Set(namespaces);
	const files = await catalog(lang);
	const entries = await Promise.all(
		Object.entries(files)
			.filter(([path]) => {
				const ns = namespaceOf(path);
				const extra = partOf(path) !== ns && `./messages/${lang}/${ns}.ts` in files;
				return wanted.has(partOf(path)) || (wanted.has(ns) && !extra);
			})
			.map(async ([path, load]) => [path, await load()] as const)
	);
	return assemble(Object.fromEntries(entries));
}
