import type { Lang } from './types';

/**
 * Message files are found by path: `messages/<lang>/<namespace>.ts` becomes namespace
 * `<namespace>`, and `messages/<lang>/steps/<module>.ts` becomes `steps.<module>` inside the
 * `steps` namespace. Adding a file needs no edit here. Bokmål (the source of truth and the
 * fallback) is bundled; nynorsk and English load on demand, so nobody downloads all three.
 */
type Module = { default: Record<string, unknown> };
export type Tree = { [key: string]: string | Tree };
export type LangResources = Record<string, Tree>;

const nbFiles = import.meta.glob<Module>('./messages/nb/**/*.ts', { eager: true });
const lazyFiles = {
	nn: import.meta.glob<Module>('./messages/nn/**/*.ts'),
	en: import.meta.glob<Module>('./messages/en/**/*.ts')
};

export function assemble(files: Record<string, Module>): LangResources {
	const out: LangResources = {};
	for (const [path, mod] of Object.entries(files)) {
		const rest = path
			.replace(/^\.\/messages\/[a-z]+\//u, '')
			.replace(/\.ts$/u, '')
			.split('/');
		if (rest.length === 1) {
			out[rest[0]!] = { ...(out[rest[0]!] ?? {}), ...(mod.default as Tree) };
		} else {
			const [ns, sub] = rest as [string, string];
			(out[ns] ??= {})[sub] = mod.default as Tree;
		}
	}
	return out;
}

export const nbResources = assemble(nbFiles);

export async function loadLang(lang: Lang): Promise<LangResources> {
	if (lang === 'nb') return nbResources;
	const entries = await Promise.all(
		Object.entries(lazyFiles[lang]).map(async ([path, load]) => [path, await load()] as const)
	);
	return assemble(Object.fromEntries(entries));
}
