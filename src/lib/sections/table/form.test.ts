import { describe, expect, it } from 'vitest';
import { tabelltrekk } from '../../engine/tabelltrekk';
import { defaultTableForm } from './fields';
import { compute as computeTable, type TableOutcome } from './form';

const form = (over: Partial<ReturnType<typeof defaultTableForm>>) => ({
	...defaultTableForm(),
	year: '2026',
	...over
});

/** The code of the issue at a field, if any. */
const codeAt = (v: TableOutcome, field: string) =>
	v.kind === 'issues' ? v.issues.find((i) => i.field === field)?.code : undefined;

describe('the table page’s compute', () => {
	it('finds the row an amount falls in, with the routine’s own figure', () => {
		const v = computeTable(form({ table: '8010', period: 'month', search: '30 000' }));
		expect(v.data).not.toBeNull();
		expect(v.amount).toBe(30_000);
		expect(v.data!.rows[v.hit]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8010', period: 'month', amount: 30_000 })
		);
	});

	it('above the table’s last row: the routine’s withholding, and where the table ends', () => {
		const v = computeTable(form({ table: '8010', period: 'month', search: '9 000 000' }));
		expect(v.hit).toBe(-1);
		expect(v.above).toEqual({
			trekk: tabelltrekk({ year: 2026, table: '8010', period: 'month', amount: 9_000_000 }),
			lastKr: v.data!.max + v.data!.step - 1
		});
	});

	it('names a retired or unknown table, but not while its first digits are typed', () => {
		expect(codeAt(computeTable(form({ table: '7100' })), 'table')).toBe('retiredTable');
		expect(codeAt(computeTable(form({ table: '8015' })), 'table')).toBe('unknownTable');
		expect(codeAt(computeTable(form({ table: '80' })), 'table')).toBeUndefined();
		expect(codeAt(computeTable(form({ table: '8x' })), 'table')).toBe('unknownTable');
		expect(computeTable(form({ table: '8015' })).data).toBeNull();
	});

	it('a bad amount is an issue at the field; an unknown period is read as a month', () => {
		expect(codeAt(computeTable(form({ search: 'abc' })), 'search')).toBeDefined();
		expect(codeAt(computeTable(form({ search: '-5' })), 'search')).toBeDefined();
		expect(computeTable(form({ period: 'fortnight' })).period).toBe('month');
	});

	it('an issue leaves the table shown beside it; a clean form is a result', () => {
		const bad = computeTable(form({ table: '8010', search: 'abc' }));
		expect(bad.kind).toBe('issues');
		expect(bad.data?.rows.length).toBeGreaterThan(0);
		expect(computeTable(form({ table: '8010', search: '30 000' })).kind).toBe('result');
	});
});
