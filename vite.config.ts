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
 * Chunks the browser's build makes by hand (first load, issue 18). Rolldown otherwise makes one
 * file for each set of pages that share a module, and each small file gzips on its own: many small
 * files weigh more than one file of the same code.
 *
 * - framework: what every page runs before it is usable (Svelte's and SvelteKit's runtime, Vite's
 *   loader for what comes later, the i18n core the first screen speaks through). Every page loads
 *   all of it, so one file costs nothing anywhere: about 1.7 KB less on every page than the ten
 *   files it was.
 * - fields: the form's parts most pages share (fields, radio groups, the link in the fragment, the
 *   error summary's loader, the error messages' wording). About 0.7 KB less on the calculator, the
 *   embed and the section pages; /tabell/ loads the radio group it does not use (0.3 KB more).
 *
 * The form's parts are matched by file name, wherever they live under src/lib (and the error
 * messages' wording, i18n/errors.ts, by its path: the message files share its name). The
 * prerenderer's build needs no grouping.
 */
const CHUNK_GROUPS = [
	{
		name: 'framework',
		test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx|devalue|esm-env)[\\/]|vite[\\/]preload-helper|src[\\/]lib[\\/]i18n[\\/](resources|i18n\.svelte|translate|format|types|langPath)\.ts$/u
	},
	{
		name: 'fields',
		test: /src[\\/]lib[\\/](.+[\\/])?(fieldId\.ts|SelectField\.svelte|TextField\.svelte|BrokenLink\.svelte|RadioGroup\.svelte|TaxCardFields\.svelte|fragment\.ts|fragmentSync\.svelte\.ts|lazy\.svelte\.ts)$|src[\\/]lib[\\/](i18n[\\/]errors|input[\\/]limits)\.ts$/u
	}
];

function chunkGroups(): Plugin {
	return {
		name: 'trekkhjelp:chunk-groups',
		enforce: 'post',
		config: (config) =>
			config.build?.ssr
				? undefined
				: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } }
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
