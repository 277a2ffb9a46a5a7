import { describe, expect, it } from 'vitest';
import { statusIn } from './yearStatus';

describe("a year's status, one reading of the registry's data", () => {
	const statuses = { 2026: { kind: 'adopted' } } as const;

	it('finds a registered year, as a number or as text', () => {
		expect(statusIn(statuses, 2026)).toEqual({ kind: 'adopted' });
		expect(statusIn(statuses, '2026')).toEqual({ kind: 'adopted' });
		expect(statusIn(statuses, ' 2026 ')).toEqual({ kind: 'adopted' });
	});

	it('finds nothing else, not even a name every object has', () => {
		for (const y of [
			2025,
			2026.5,
			'',
			' ',
			'2026.5',
			'abc',
			'constructor',
			'toString',
			'__proto__'
		])
			expect(statusIn(statuses, y)).toBeUndefined();
	});
});
