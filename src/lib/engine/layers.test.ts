import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The engine's imports run one way: nav/ (NAV's own rules) depends only on rules/ (the year's
// figures), the calendar and itself, never on the modules that use it.
const NAV = new URL('./nav/', import.meta.url);
const ALLOWED = /^(\.\/|\.\.\/rules(\/|$)|\.\.\/calendar$|\.\.\/errors$|decimal\.js$)/u;

describe('import direction', () => {
	it('nav/ imports only rules/, the calendar, errors, decimal.js and its own modules', () => {
		const wrong: string[] = [];
		for (const file of readdirSync(NAV).filter(
			(f) => f.endsWith('.ts') && !f.endsWith('.test.ts')
		)) {
			const text = readFileSync(new URL(file, NAV), 'utf8');
			for (const m of text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gmu))
				if (!ALLOWED.test(m[1]!)) wrong.push(`${file}: ${m[1]}`);
		}
		expect(wrong).toEqual([]);
	});
});
