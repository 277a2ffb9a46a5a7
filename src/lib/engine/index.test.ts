import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from './index';

/**
 * The engine's public API is curated: every name index.ts exports is imported from it somewhere
 * (a page, a section's compute, or a test of the public API), so nothing waits there "for later".
 */
const ROOT = resolve(__dirname, '../../..');
const ENGINE = resolve(__dirname);
const INDEX = join(ENGINE, 'index.ts');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p);
		return /\.(ts|svelte)$/u.test(e.name) ? [p] : [];
	});
}

/** Does an import specifier, written in `file`, name the engine's index? */
function isIndex(file: string, spec: string): boolean {
	if (spec === '$lib/engine' || spec === '$lib/engine/index') return true;
	if (!spec.startsWith('.')) return false;
	const to = resolve(dirname(file), spec);
	return to === ENGINE || to === join(ENGINE, 'index');
}

/** Every name imported or re-exported from the engine's index, with who imports it. */
function importedNames(): Map<string, string[]> {
	const names = new Map<string, string[]>();
	const statement = /(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/gu;
	for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'tests'))]) {
		if (file === INDEX || file === __filename) continue;
		for (const m of readFileSync(file, 'utf8').matchAll(statement)) {
			if (!isIndex(file, m[2]!)) continue;
			for (const part of m[1]!.split(',')) {
				const name = part
					.replace(/^\s*type\s+/u, '')
					.split(/\s+as\s+/u)[0]!
					.trim();
				if (name) names.set(name, [...(names.get(name) ?? []), relative(ROOT, file)]);
			}
		}
	}
	return names;
}

/** The names index.ts exports, types included (read from its text: types leave no value). */
function exportedNames(): string[] {
	const text = readFileSync(INDEX, 'utf8');
	return [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/gu)].flatMap((m) =>
		m[1]!
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean)
	);
}

describe("the engine's public API", () => {
	it('exports only names something imports from it', () => {
		const used = importedNames();
		expect(exportedNames().filter((n) => !used.has(n))).toEqual([]);
	});

	it('reads its names from index.ts as the module has them', () => {
		const values = exportedNames().filter((n) => n in engine);
		expect(values).toContain('withholdPayments');
		expect(values.length).toBeGreaterThan(10);
		expect(exportedNames()).toContain('Step');
	});
});
