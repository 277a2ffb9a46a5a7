import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../link/fragment';
import { defaultEtterbetalingForm, encodeEtterbetaling, type EtterbetalingForm } from './fields';
import { decode as decodeEtterbetaling } from './link';

const etter: EtterbetalingForm = {
	...defaultEtterbetalingForm(),
	payoutYear: '2026',
	benefit: 'aap',
	cardKind: 'table',
	table: '8100',
	parts: [
		{ year: '2024', amount: '60 000', fromMonth: '3', toMonth: '12' },
		{ year: '2026', amount: '10000', fromMonth: '1', toMonth: '2' }
	],
	income: { '2026': { wage: '300 000', pension: '' }, '2024': { wage: '', pension: '120000' } }
};

/** What the person typed, as the link carries it (spaces are not kept). */
const squeeze = (s: string) => s.replace(/\s/gu, '');

describe('etterbetaling in the fragment', () => {
	it('round-trips parts and income per year', () => {
		const hash = encodeEtterbetaling(etter, 'en');
		const r = decodeEtterbetaling(`#${hash}`);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.lang).toBe('en');
		expect(r.form).toEqual({
			...etter,
			parts: etter.parts.map((p) => ({ ...p, amount: squeeze(p.amount) })),
			income: { '2026': { wage: '300000', pension: '' }, '2024': { wage: '', pension: '120000' } }
		});
	});

	it('keeps a table card’s percentage and the percentage and Svalbard cards', () => {
		for (const card of [
			{ cardKind: 'table', table: '8010', percent: '33' },
			{ cardKind: 'percent', table: '', percent: '27,5' },
			{ cardKind: 'svalbard', table: '', percent: '' }
		] as const) {
			const f: EtterbetalingForm = { ...etter, ...card };
			const r = decodeEtterbetaling(`#${encodeEtterbetaling(f, 'nb')}`);
			expect(r.ok && [r.form.cardKind, r.form.table, r.form.percent]).toEqual([
				card.cardKind,
				card.table,
				card.percent
			]);
		}
	});

	it('leaves out years with no income typed', () => {
		const hash = encodeEtterbetaling(
			{ ...etter, income: { '2025': { wage: ' ', pension: '' } } },
			'nb'
		);
		expect(parseFragment(`#${hash}`)!.i).toBeUndefined();
	});

	it.each([
		['#v=1&s=e&y=2026&b=aap&k=n&p=2025~1~1~12', 'fine'],
		['#v=1&s=e&y=2026&b=aap&k=n&p=2025~1~1~13', 'month 13'],
		['#v=1&s=e&y=2026&b=aap&k=n&p=2025~1~1', 'a part cut short'],
		['#v=1&s=e&y=2026&b=gold&k=n&p=2025~1~1~12', 'an unknown benefit'],
		['#v=1&s=e&y=2026&b=aap&k=n&p=2025~1~1~12&i=2025~1~1!2025~2~2', 'a year twice'],
		['#v=1&s=e&y=2026&b=aap&k=n&p=2025~1~1~12&i=25~1~1', 'a bad year'],
		['#v=1&s=e&y=2026&b=aap&k=n', 'no parts'],
		[`#v=1&s=e&y=2026&b=aap&k=n&p=${Array(21).fill('2025~1~1~12').join('!')}`, 'too many']
	])('%s (%s)', (hash, what) => {
		expect(decodeEtterbetaling(hash).ok).toBe(what === 'fine');
	});
});

describe('any fragment at all', () => {
	it('is read or refused, never thrown', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = decodeEtterbetaling(`#${s}`);
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 2000 }
		);
	});
});
