import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';
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
	return {
		years: r.YEARS,
		tableYears: r.TABLE_YEARS,
		defaultYear: r.DEFAULT_YEAR,
		statuses: Object.fromEntries(r.YEAR_CATALOGUE.map((e) => [String(e.year), e.status])),
		wagePct: Object.fromEntries(
			r.YEARS.map((y) => [String(y), r.getYearRules(y).annual.trygdeavgiftWagePct.value])
		)
	};
}

export default defineConfig(async () => ({
	plugins: [sveltekit()],
	define: { __REGISTRY_YEARS__: JSON.stringify(await registryYears()) },
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000
	}
}));
