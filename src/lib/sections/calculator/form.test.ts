import { describe, expect, it } from 'vitest';
import { defaultForm, type CalcForm } from './fields';
import { parseForm } from './form';

function form(patch: Partial<CalcForm>): CalcForm {
	return { ...defaultForm(), ...patch };
}

describe('parseForm', () => {
	it('an empty form names every missing field and gives no input', () => {
		const r = parseForm(defaultForm());
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'benefit:unknownBenefit',
			'table:required',
			'quickAmount:required'
		]);
	});

	it('quick mode builds the year of monthly payments from Norwegian number input', () => {
		const r = parseForm(
			form({ benefit: 'uforetrygd', table: '8010', quickAmount: '20 000,50', quickFromMonth: '11' })
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.input.card).toEqual({ kind: 'table', table: '8010' });
		expect(r.input.payments).toEqual([
			// No pay dates: the engine assumes NAV's usual ones and says so.
			{ from: '2026-11-01', to: '2026-11-30', amount: 20000.5 },
			{ from: '2026-12-01', to: '2026-12-31', amount: 20000.5 }
		]);
	});

	it('a table card carries its percentage where asked (overgangsstønad, a list), checked like any percent', () => {
		const base = { table: '8010', quickAmount: '9 000', percent: '30,5' };
		const ok = parseForm(form({ ...base, benefit: 'overgangsstonad' }));
		expect(ok.ok && ok.input.card).toEqual({ kind: 'table', table: '8010', percent: 30.5 });
		// Quick mode has no back payments: the field is not shown for other benefits.
		const other = parseForm(form({ ...base, benefit: 'aap' }));
		expect(other.ok && other.input.card).toEqual({ kind: 'table', table: '8010' });
		// A list may hold back payments for earlier months: withheld at the card's percentage.
		const list = parseForm(
			form({
				...base,
				benefit: 'aap',
				mode: 'list',
				payments: [{ from: '2026-02-01', to: '2026-02-28', amount: '1 000', paidOn: '2026-05-20' }]
			})
		);
		expect(list.ok && list.input.card).toEqual({ kind: 'table', table: '8010', percent: 30.5 });
		const bad = parseForm(form({ ...base, benefit: 'overgangsstonad', percent: '130' }));
		expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual(['percent']);
	});

	it('barnepensjon needs no tax card: none is parsed or sent', () => {
		const r = parseForm(form({ benefit: 'barnepensjon', table: '', quickAmount: '5 000' }));
		expect(r.ok && r.input.card).toBeUndefined();
		expect(r.ok && r.input.benefit).toBe('barnepensjon');
	});

	it('list mode reports each bad row field by its path', () => {
		const r = parseForm(
			form({
				benefit: 'dagpenger',
				mode: 'list',
				table: '8000',
				payments: [
					{ from: '2026-03-02', to: '2026-03-15', amount: '15 000', paidOn: '' },
					{ from: '2026-03-16', to: '2026-02-30', amount: '−5', paidOn: 'x' }
				]
			})
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'payments.1.to:badDate',
			'payments.1.amount:negative',
			'payments.1.paidOn:badDate'
		]);
	});

	it('percentage card, frikort and extra withholding are parsed with their units', () => {
		const r = parseForm(
			form({
				benefit: 'alderspensjon',
				cardKind: 'percent',
				percent: '32,5 %',
				extraKind: 'kroner',
				extra: '1 000',
				quickAmount: '25000'
			})
		);
		expect(r.ok && r.input.card).toEqual({ kind: 'percent', percent: 32.5 });
		expect(r.ok && r.input.extra).toEqual({ kroner: 1000 });
		const f = parseForm(
			form({ benefit: 'aap', cardKind: 'frikort', frikortLimit: '', quickAmount: '1' })
		);
		expect(f.ok && f.input.card).toEqual({ kind: 'frikort' });
		const bad = parseForm(
			form({ benefit: 'aap', cardKind: 'percent', percent: '120', quickAmount: '1' })
		);
		expect(!bad.ok && bad.issues).toEqual([{ field: 'percent', code: 'percentRange' }]);
	});

	it('a table number that is not four digits is refused', () => {
		const r = parseForm(form({ benefit: 'aap', table: '81', quickAmount: '1' }));
		expect(!r.ok && r.issues).toEqual([{ field: 'table', code: 'unknownTable' }]);
	});
});

describe('every problem at the first submit', () => {
	it('reports the engine’s checks together with the form’s own', async () => {
		const { compute: computeOutcome } = await import('./form');
		const form = defaultForm();
		form.benefit = 'alderspensjon';
		form.table = '8015'; // four digits: passes the form, fails the engine
		form.mode = 'list';
		form.payments = [
			{ from: '2026-01-01', to: '2026-01-31', amount: '', paidOn: '' }, // the form's issue
			{ from: '2025-02-01', to: '2026-02-28', amount: '1000', paidOn: '' } // the engine's
		];
		const r = computeOutcome(form);
		expect(r.kind).toBe('issues');
		const fields = r.kind === 'issues' ? r.issues.map((i) => `${i.field}:${i.code}`) : [];
		expect(fields).toEqual(
			expect.arrayContaining([
				'payments.0.amount:required',
				'table:unknownTable',
				'payments.1.from:outsideYear'
			])
		);
	});

	it('a table retired in 2025 gets its own message', () => {
		const form = defaultForm();
		form.benefit = 'alderspensjon';
		form.table = '7 100';
		form.quickAmount = '20000';
		const r = parseForm(form);
		expect(!r.ok && r.issues).toEqual([{ field: 'table', code: 'retiredTable' }]);
	});
});
