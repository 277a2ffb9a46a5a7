import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import type { RegistryYears } from './src/lib/state/years';

/**
 * The engine registry's years (engine/rules/index.ts), read when the site is built, so the
 * first screen lists them without loading every year's rules (src/lib/state/years.ts).
 */
export async function registryYears(): Promise<RegistryYears> {
	const { module: r } = await runnerImport<typeof import('./src/lib/engine/rules/index')>(
		'./src/lib/engine/rules/index.ts',
		{ configFile: false, logLevel: 'silent' }
	);
	return r.registrySummary();
}

/**
 * What every page runs before it is usable, in one file: Svelte's and SvelteKit's runtime, Vite's
 * loader for what comes later, and the i18n core the first screen speaks through. Every page loads
 * all of it, so one file costs nothing extra anywhere, and gzip compresses it as a whole: about
 * 1.7 KB less per page than the ten small files it was (first load, issue 18). Only for the
 * browser's build; the prerenderer's needs no grouping.
 */
const FRAMEWORK =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx|devalue|esm-env)[\\/]|vite[\\/]preload-helper|src[\\/]lib[\\/]i18n[\\/](resources|i18n\.svelte|translate|format|types|langPath)\.ts$/u;

function frameworkChunk(): Plugin {
	return {
		name: 'trekkhjelp:framework-chunk',
		enforce: 'post',
		config: (config) =>
			config.build?.ssr
				? undefined
				: {
						build: {
							rolldownOptions: {
								output: { codeSplitting: { groups: [{ name: 'framework', test: FRAMEWORK }] } }
							}
						}
					}
	};
}

export default defineConfig(async () => ({
	plugins: [sveltekit(), frameworkChunk()],
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
