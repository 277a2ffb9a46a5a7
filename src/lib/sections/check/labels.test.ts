import { describe, expect, it } from 'vitest';
import { reportedFields, unlabelled } from '../../section/labels.testkit';
import { compute, computePayroll, fieldOf, labels, type CheckForm } from './form';
import { defaultCheckForm, emptyRow } from './fields';

const list = (over: Partial<CheckForm>): CheckForm => ({
	...defaultCheckForm(),
	year: '2026',
	benefit: 'uforetrygd',
	rows: [
		{ from: '2026-01-01', to: '2026-01-31', amount: '30000', withheld: '6427', paidOn: '' },
		{ from: '2026-02-01', to: '2026-02-28', amount: '30000', withheld: '6427', paidOn: '' }
	],
	...over
});

const BAD_FORMS: CheckForm[] = [
	defaultCheckForm(),
	list({ benefit: 'nothing' }),
	list({ year: '1999' }),
	list({ rows: [] }),
	list({
		rows: [
			emptyRow(),
			{ from: 'x', to: 'y', amount: 'z', withheld: 'w', paidOn: 'v' },
			{ from: '2026-03-31', to: '2026-03-01', amount: '100', withheld: '500', paidOn: '' },
			{ from: '2025-04-01', to: '2025-04-30', amount: '-1', withheld: '1.5', paidOn: '2026-13-01' }
		]
	}),
	list({ cardKind: 'table', table: '' }),
	list({ cardKind: 'table', table: '7100' }),
	list({ cardKind: 'table', table: 'abc' }),
	list({ cardKind: 'table', table: '8015' }),
	list({ cardKind: 'percent', percent: '' }),
	list({ cardKind: 'percent', percent: '140' })
];

describe('the check page’s labels', () => {
	const reported = reportedFields(BAD_FORMS, compute);
	const payroll = computePayroll(
		[
			{ table: '8015', period: 'month', amount: '1', withheld: '0' },
			{ table: '8000', period: 'fortnightly-ish', amount: 'x', withheld: 'y' }
		],
		'2026'
	);
	const payrollFields = payroll.kind === 'issues' ? payroll.issues.map((i) => i.field) : [];

	it('the bad forms reach every kind of field: the card, the list, a row’s columns', () => {
		for (const f of ['benefit', 'table', 'percent', 'rows', 'rows.1.from', 'rows.2.withheld'])
			expect(reported).toContain(f);
		expect(payrollFields).toEqual(
			expect.arrayContaining(['payroll.0.table', 'payroll.1.period', 'payroll.1.amount'])
		);
	});

	it('every field the compute reports has a label of its own, each a message', async () => {
		expect(await unlabelled(labels, [...reported, ...payrollFields])).toEqual([]);
	});

	it('maps the engine’s payments to the list’s rows and the card’s paths to its fields', () => {
		expect(fieldOf('payments')).toBe('rows');
		expect(fieldOf('payments.3.withheld')).toBe('rows.3.withheld');
		expect(fieldOf('card.table')).toBe('table');
		expect(fieldOf('card.percent')).toBe('percent');
		expect(fieldOf('year')).toBe('year');
	});

	it('checks the table number as every section does: spaces removed, an old 71xx table said', () => {
		const spaced = compute(list({ cardKind: 'table', table: '80 00' }));
		expect(spaced.kind).toBe('result');
		const retired = compute(list({ cardKind: 'table', table: '7100' }));
		expect(retired.kind === 'issues' && retired.issues).toContainEqual({
			field: 'table',
			code: 'retiredTable'
		});
	});
});
