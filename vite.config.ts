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
 *   loader for what comes later, the i18n core the first screen speaks through, the years the
 *   forms offer). Every page loads all of it, so one file costs nothing anywhere: about 1.7 KB
 *   less on every page than the ten files it was. The years (`years.ts`, `i18n/years.ts`) are on
 *   every page but /bygg-inn/ (0.5 KB more there, about 0.1 KB less everywhere else); in a group
 *   of their own they were pulled into the fields' file by the section contract, and with it into
 *   /om/.
 * - fields: the form's parts every section shares (fields, the link in the fragment, the error
 *   summary's loader, the error messages' wording, the section contract of src/lib/section/ and
 *   the section's title and intro, the benefit selector's options). About 0.7 KB less on the
 *   calculator, the embed and the section pages than files of their own.
 * - card: the tax card's fields (its radio group), which every section but /tabell/ asks for:
 *   kept out of the fields' file, 0.7 KB less on /tabell/.
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
			'i18n/langPath.ts',
			'years.ts'
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
			'fragment.ts',
			'fragmentSync.svelte.ts',
			'lazy.svelte.ts',
			'i18n/errors.ts',
			'input/limits.ts',
			'SectionIntro.svelte',
			'section/section.svelte.ts',
			'section/submission.svelte.ts',
			'section/labels.ts',
			'section/card.ts',
			'i18n/benefitOptions.ts'
		]
	},
	{
		name: 'card',
		packages: [],
		virtual: [],
		files: ['RadioGroup.svelte', 'TaxCardFields.svelte']
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
