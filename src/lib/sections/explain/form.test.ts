import { describe, expect, it } from 'vitest';
import {
	calculatorFragment,
	compute as computeExplain,
	defaultExplainForm,
	encodeExplain,
	type ExplainForm
} from './form';
import { decode as decodeExplain } from './link';
import { decode as decodeForm } from '../calculator/link';

function notice(over: Partial<ExplainForm> = {}): ExplainForm {
	return {
		...defaultExplainForm(),
		benefit: 'dagpenger',
		from: '2026-03-16',
		to: '2026-03-29',
		amount: '15 000',
		withheld: '-3 050',
		earlier: [
			{ from: '2026-03-02', to: '2026-03-15', amount: '15000', withheld: '3377', paidOn: '' }
		],
		...over
	};
}

describe('explain form', () => {
	it('parses the notice as typed (a minus before the withholding is the notice’s own sign)', () => {
		const out = computeExplain(notice());
		expect(out.kind).toBe('result');
		if (out.kind !== 'result') return;
		expect(out.result.causes[0]).toMatchObject({ kind: 'table', tables: ['8000'], order: 'later' });
	});

	it('reports every bad field at once, with the engine’s field names', () => {
		const out = computeExplain(
			notice({
				from: '2026-02-30',
				amount: 'abc',
				earlier: [{ from: '', to: '', amount: '', withheld: '', paidOn: '' }]
			})
		);
		expect(out.kind).toBe('issues');
		if (out.kind !== 'issues') return;
		expect(out.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'payment.from:badDate',
			'payment.amount:notANumber',
			'earlier.0.from:required',
			'earlier.0.to:required',
			'earlier.0.amount:required',
			'earlier.0.withheld:required'
		]);
		const above = computeExplain(notice({ withheld: '20000', earlier: [] }));
		expect(above).toEqual({
			kind: 'issues',
			issues: [{ field: 'withheld', code: 'aboveGross', values: { grossKr: 15000 } }]
		});
	});

	it('round-trips through the share fragment; a tampered one is refused whole', () => {
		const form = notice({ paidOn: '2026-03-31', extraKind: 'kroner', extra: '500' });
		const hash = encodeExplain(form, 'nn');
		const back = decodeExplain(`#${hash}`);
		expect(back).toEqual({
			ok: true,
			form: { ...form, amount: '15000', withheld: '-3050' },
			lang: 'nn'
		});
		expect(decodeExplain(`#${hash.replace('s=x', 's=q')}`)).toEqual({ ok: false });
		expect(decodeExplain(`#${hash}&p=1`)).toEqual({ ok: false });
		expect(decodeExplain('#v=1&s=x&y=2026&b=dagpenger&p=a~b')).toEqual({ ok: false });
	});

	it('an earlier payment’s pay date travels in the link; a link without one still opens', () => {
		const earlier = { from: '2026-03-02', to: '2026-03-15', amount: '15000', withheld: '3377' };
		const form = notice({ earlier: [{ ...earlier, paidOn: '2026-03-17' }] });
		const hash = encodeExplain(form, 'nb');
		expect(hash).toContain('e=2026-03-02~2026-03-15~15000~3377~2026-03-17');
		const back = decodeExplain(`#${hash}`);
		expect(back.ok && back.form.earlier).toEqual([{ ...earlier, paidOn: '2026-03-17' }]);
		const old = decodeExplain(`#${hash.replace('~2026-03-17', '').replace(/&h=\w+/u, '')}`);
		expect(old.ok && old.form.earlier).toEqual([{ ...earlier, paidOn: '' }]);
		// Paid after the payment being explained (31 March): said at its date.
		const late = computeExplain(
			notice({ paidOn: '2026-03-31', earlier: [{ ...earlier, paidOn: '2026-04-02' }] })
		);
		expect(late.kind === 'issues' && late.issues).toEqual([
			{ field: 'earlier.0.paidOn', code: 'paidAfterPayment' }
		]);
	});

	it('carries the found card into the calculator as its own share link', () => {
		// The earlier payment, paid first in March, took March's 500 kr extra: 3 377 + 500.
		const form = notice({
			extraKind: 'kroner',
			extra: '500',
			withheld: '3050',
			earlier: [
				{ from: '2026-03-02', to: '2026-03-15', amount: '15000', withheld: '3877', paidOn: '' }
			]
		});
		const out = computeExplain(form);
		if (out.kind !== 'result') throw new Error('expected a result');
		const cause = out.result.causes[0]!;
		const fragment = calculatorFragment(form, out.result, cause, 'nb')!;
		// Written by the calculator's own writer: its default meldekort weeks come along (`w=o`).
		expect(fragment.replace(/&h=\w+/u, '')).toBe(
			'v=1&l=nb&y=2026&b=dagpenger&w=o&c=t8000&x=k500&q=15000~f~3'
		);
		const calc = decodeForm(`#${fragment}`);
		expect(calc.ok && calc.form).toMatchObject({
			year: '2026',
			benefit: 'dagpenger',
			cardKind: 'table',
			table: '8000',
			extraKind: 'kroner',
			extra: '500',
			mode: 'quick',
			quickAmount: '15000',
			quickFrequency: '14days',
			quickFromMonth: '3'
		});
	});

	it('the form’s and the engine’s issues show together, at the first submit', () => {
		const r = computeExplain({
			...defaultExplainForm(),
			benefit: 'dagpenger',
			from: '2026-03-20',
			to: '2026-03-15',
			amount: 'x',
			withheld: '500'
		});
		// Not a number (the form) and the period running backwards (the engine), in one round.
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'payment.amount', code: 'notANumber' },
			{ field: 'payment.to', code: 'toBeforeFrom' }
		]);
	});
});
