import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import type { RegistryYears } from './src/lib/years';

/**
 * The engine registry's years (engine/rules/index.ts), read when the site is built, so the
 * first screen lists them without loading every year's rules (src/lib/years.ts).
 */
export async function registryYears(): Promise<RegistryYears> {
	const { module: r } = await runnerImport<typeof import('./src/lib/engine/rules/index')>(
		'./src/lib/engine/rules/index.ts',
		{ configFile: false, logLevel: 'silent' }
	);
	return r.registrySummary();
}

/**
 * Chunks the browser's build makes by hand. Rolldown otherwise makes one file for each set of
 * pages that share a module, and each small file gzips on its own: many small files weigh more
 * than one file of the same code.
 *
 * - framework: what every page runs before it is usable (Svelte's and SvelteKit's runtime, Vite's
 *   loader for what comes later, the i18n core the first screen speaks through). Every page loads
 *   all of it, so one file costs nothing anywhere: about 1.7 KB less on every page than the ten
 *   files it was.
 * - fields: the form's parts most pages share (fields, radio groups, the link in the fragment, the
 *   error summary's loader, the error messages' wording). About 0.7 KB less on the calculator, the
 *   embed and the section pages; /tabell/ loads the radio group it does not use (0.3 KB more).
 *
 * A group names its modules: `packages` by name, `virtual` by Vite's id, `files` under src/lib by
 * path (`i18n/errors.ts`; the message files share its name) or, without a folder, by file name
 * wherever it lives. tests/build.spec.ts fails when a name matches no file or a group makes no
 * chunk, so a renamed file cannot silently fall out of its group. The prerenderer's build needs
 * no grouping.
 */
export const CHUNK_GROUPS = [
	{
		name: 'framework',
		packages: ['svelte', '@sveltejs/kit', 'clsx', 'devalue', 'esm-env'],
		virtual: ['vite/preload-helper'],
		files: [
			'i18n/resources.ts',
			'i18n/i18n.svelte.ts',
			'i18n/translate.ts',
			'i18n/format.ts',
			'i18n/types.ts',
			'i18n/langPath.ts'
		]
	},
	{
		name: 'fields',
		packages: [],
		virtual: [],
		files: [
			'fieldId.ts',
			'SelectField.svelte',
			'TextField.svelte',
			'BrokenLink.svelte',
			'RadioGroup.svelte',
			'TaxCardFields.svelte',
			'fragment.ts',
			'fragmentSync.svelte.ts',
			'lazy.svelte.ts',
			'i18n/errors.ts',
			'input/limits.ts'
		]
	}
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const sep = String.raw`[\\/]`;

/** The module ids a group takes: one pattern from its names. */
export function groupTest(group: (typeof CHUNK_GROUPS)[number]): RegExp {
	const alternatives = [
		...group.packages.map((p) => `node_modules${sep}${escape(p).replace('/', sep)}${sep}`),
		...group.virtual.map((v) => escape(v).replace('/', sep)),
		...group.files.map(
			(f) =>
				`src${sep}lib${sep}${f.includes('/') ? '' : `(.+${sep})?`}${escape(f).replace('/', sep)}$`
		)
	];
	return new RegExp(alternatives.join('|'), 'u');
}

function chunkGroups(): Plugin {
	return {
		name: 'trekkhjelp:chunk-groups',
		enforce: 'post',
		config: (config) =>
			config.build?.ssr
				? undefined
				: {
						build: {
							rolldownOptions: {
								output: {
									codeSplitting: {
										groups: CHUNK_GROUPS.map((g) => ({ name: g.name, test: groupTest(g) }))
									}
								}
							}
						}
					}
	};
}

export default defineConfig(async () => ({
	plugins: [sveltekit(), chunkGroups()],
	define: { __REGISTRY_YEARS__: JSON.stringify(await registryYears()) },
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['scripts/vitest-setup.ts'],
		testTimeout: 120_000
	}
}));
