// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The engine registry's years, put in by vite.config.ts at build time (src/lib/years.ts). */
	const __REGISTRY_YEARS__: import('$lib/years').RegistryYears;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
