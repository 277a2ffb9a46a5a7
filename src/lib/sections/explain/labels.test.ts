import { describe, expect, it } from 'vitest';
import { reportedFields, unlabelled } from '../../section/labels.testkit';
import { compute, fieldOf, labels, type ExplainForm } from './form';
import { defaultExplainForm, emptyEarlier } from './fields';

const notice = (over: Partial<ExplainForm>): ExplainForm => ({
	...defaultExplainForm(),
	benefit: 'dagpenger',
	year: '2026',
	from: '2026-03-16',
	to: '2026-03-29',
	amount: '15000',
	withheld: '3050',
	...over
});

const BAD_FORMS: ExplainForm[] = [
	defaultExplainForm(),
	notice({ benefit: 'nothing' }),
	notice({ year: '1999' }),
	notice({ from: '2026-13-01', to: 'x', amount: '-1', withheld: 'abc', paidOn: '2026-02-31' }),
	notice({ from: '2026-03-29', to: '2026-03-16' }),
	notice({ from: '2025-03-16', to: '2025-03-29' }),
	notice({ withheld: '20000' }),
	notice({ withheld: '100.5' }),
	notice({
		earlier: [
			emptyEarlier(),
			{ from: 'x', to: 'y', amount: 'z', withheld: 'w', paidOn: 'v' },
			{ from: '2026-01-01', to: '2026-01-14', amount: '1000', withheld: '5000', paidOn: '' },
			{ from: '2026-03-02', to: '2026-03-20', amount: '1000', withheld: '0', paidOn: '' },
			{ from: '2026-03-02', to: '2026-03-15', amount: '1000', withheld: '0', paidOn: '2026-12-01' }
		]
	}),
	notice({ extraKind: 'kroner', extra: 'many' }),
	notice({ extraKind: 'percent', extra: '120' })
];

describe('the explain page’s labels', () => {
	const reported = reportedFields(BAD_FORMS, compute);

	it('the bad forms reach every kind of field: the notice, an earlier payment, the extra', () => {
		for (const f of ['benefit', 'payment.from', 'payment.amount', 'withheld', 'earlier.1.from'])
			expect(reported).toContain(f);
		expect(reported.some((f) => f.startsWith('extra.'))).toBe(true);
		expect(reported.some((f) => /^earlier\.\d+\.(paidOn|withheld)$/u.test(f))).toBe(true);
	});

	it('every field the compute reports has a label of its own, each a message', async () => {
		expect(await unlabelled(labels, reported)).toEqual([]);
	});

	it('names the engine’s fields as the form’s own', () => {
		for (const f of ['payment.amount', 'withheld', 'earlier.2.paidOn', 'extra.kroner'])
			expect(fieldOf(f)).toBe(f);
	});
});
