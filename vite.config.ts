import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig(async () => ({
	plugins: [sveltekit()],
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
