import { describe, expect, it } from 'vitest';
import { reportedFields, unlabelled } from '../../section/labels.testkit';
import { defaultUforeForm, type UforeForm } from './fields';
import { compute, fieldOf, labels } from './form';

// One name per field: every field the uføretrygd compute reports is named in its map (fields.ts),
// so the error summary says what the field says, never the map's fallback.

const form = (over: Partial<UforeForm>): UforeForm => ({ ...defaultUforeForm(), ...over });
const BAD_FORMS: UforeForm[] = [
	form({}),
	form({ year: '1999', monthly: 'x', barnetillegg: '-1', table: '81' }),
	form({ monthly: '20000', table: '7100', otherIncome: 'abc', otherPct: '140' }),
	form({ monthly: '20000', table: '8015', deductions: 'x', birthYear: '0' }),
	form({ monthly: '20000', cardKind: 'percent', percent: '' }),
	form({ monthly: '20000', cardKind: 'percent', percent: '150' })
];

describe('the uføretrygd page’s labels', () => {
	const reported = reportedFields(BAD_FORMS, (f) => compute(f, '2026-12-07'));

	it('the bad forms reach every kind of field: the amounts, the card, the year of birth', () => {
		for (const f of ['monthly', 'barnetillegg', 'table', 'percent', 'otherPct', 'birthYear'])
			expect(reported).toContain(f);
	});

	it('every field the compute reports has a label of its own, each a message', async () => {
		expect(await unlabelled(labels, reported)).toEqual([]);
	});

	it('names the engine’s fields as the form’s own', () => {
		expect(fieldOf('card.table')).toBe('table');
		expect(fieldOf('otherWithheldPct')).toBe('otherPct');
		expect(fieldOf('monthly')).toBe('monthly');
	});
});
