import type { Lang } from './types';

/**
 * Every message file is found by path: `messages/<lang>/<namespace>.ts` becomes namespace
 * `<namespace>`, and `messages/<lang>/steps/<module>.ts` becomes `steps.<module>` inside the
 * `steps` namespace. Adding a file needs no edit here.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./messages/*/**/*.ts', {
	eager: true
});

export type Tree = { [key: string]: string | Tree };
export type Resources = Record<Lang, Record<string, Tree>>;

export function buildResources(): Resources {
	const out: Record<string, Record<string, Tree>> = { nb: {}, nn: {}, en: {} };
	for (const [path, mod] of Object.entries(files)) {
		const parts = path
			.replace(/^\.\/messages\//, '')
			.replace(/\.ts$/, '')
			.split('/');
		const [lang, ...rest] = parts;
		if (!lang || !out[lang] || rest.length === 0) continue;
		const byNs = out[lang];
		if (rest.length === 1) {
			byNs[rest[0]!] = { ...(byNs[rest[0]!] ?? {}), ...(mod.default as Tree) };
		} else {
			const [ns, sub] = rest as [string, string];
			const nsTree = (byNs[ns] ??= {});
			nsTree[sub] = mod.default as Tree;
		}
	}
	return out as Resources;
}

export const resources = buildResources();
