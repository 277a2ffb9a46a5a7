import { describe, expect, it } from 'vitest';
import { ownLabelKeys, unlabelled } from '../../section/labels.testkit';
import { CALC_LABELS, defaultForm, type CalcForm, type PaymentRow } from './fields';
import { compute } from './form';

// One name per field: every field the calculator's compute can report is named in its map
// (fields.ts), so the error summary says what the field says, never the map's fallback.

const named = (field: string) => ownLabelKeys(CALC_LABELS, field) !== null;

const row = (from: string, to: string, amount: string, paidOn = ''): PaymentRow => ({
	from,
	to,
	amount,
	paidOn
});

const BAD: ReadonlyArray<Partial<CalcForm>> = [
	{},
	{ year: '1999', benefit: 'aap', table: '8010', quickAmount: '1000' },
	{ benefit: 'nope', table: '81', quickAmount: 'x' },
	{ benefit: 'aap', table: '7 100', quickAmount: '-5', quickFromMonth: '13' },
	{ benefit: 'alderspensjon', table: '8015', quickAmount: '20000' },
	{ benefit: 'uforetrygd', cardKind: 'percent', percent: '150', quickAmount: '20000' },
	{ benefit: 'uforetrygd', cardKind: 'percent', percent: '', quickAmount: '20000' },
	{ benefit: 'uforetrygd', cardKind: 'frikort', frikortLimit: 'x', quickAmount: '20000' },
	{ benefit: 'uforetrygd', table: '8010', extraKind: 'kroner', extra: 'x', quickAmount: '1' },
	{ benefit: 'uforetrygd', table: '8010', extraKind: 'percent', extra: '200', quickAmount: '1' },
	{ benefit: 'overgangsstonad', table: '8010', percent: 'x', quickAmount: '20000' },
	{ benefit: 'dagpenger', table: '8010', mode: 'list', payments: [] },
	{
		benefit: 'dagpenger',
		table: '8010',
		mode: 'list',
		percent: '300',
		payments: [
			row('2026-01-01', '2026-01-31', ''),
			row('2025-02-01', '2026-02-28', '1000'),
			row('2026-03-31', '2026-03-01', 'x', 'bad'),
			row('2026-04-01', '2026-04-30', '1000', '2025-01-01'),
			row('2026-04-15', '2026-05-15', '1000'),
			row('', 'x', '1000')
		]
	},
	{
		benefit: 'alderspensjon',
		table: '8015',
		mode: 'list',
		payments: [row('2026-01-01', '2026-01-31', '1000', '2026-01-20')]
	}
];

describe('the calculator’s labels', () => {
	it('name every field its compute reports for a range of bad forms', async () => {
		const reported = new Set<string>();
		for (const patch of BAD) {
			const r = compute({ ...defaultForm(), ...patch });
			expect(r.kind, JSON.stringify(patch)).toBe('issues');
			if (r.kind === 'issues') for (const i of r.issues) reported.add(i.field);
		}
		// The forms reach the fields of every kind: the form's own, the card's, the rows'.
		expect([...reported]).toEqual(
			expect.arrayContaining([
				'year',
				'benefit',
				'table',
				'percent',
				'frikortLimit',
				'extra',
				'quickAmount',
				'quickFromMonth',
				'payments',
				'payments.0.amount',
				'payments.1.from'
			])
		);
		expect(await unlabelled(CALC_LABELS, reported)).toEqual([]);
	});

	it('a field the map does not name is found out (the check above can fail)', () => {
		expect(named('payments.2.from')).toBe(true);
		expect(named('payments.2.colour')).toBe(false);
		expect(named('form')).toBe(false);
	});
});
