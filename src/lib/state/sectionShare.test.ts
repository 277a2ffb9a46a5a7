import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEtterbetalingForm, type EtterbetalingForm } from './etterbetalingForm';
import { parseFragment } from './fragment';
import {
	decodeEtterbetaling,
	decodeTable,
	decodeUfore,
	defaultTableForm,
	encodeEtterbetaling,
	encodeTable,
	encodeUfore
} from './sectionShare';
import { defaultUforeForm, type UforeForm } from './uforeForm';

const ufore: UforeForm = {
	...defaultUforeForm(),
	year: '2025',
	monthly: '25 000',
	barnetillegg: '1 500,50',
	cardKind: 'table',
	table: '8010',
	otherIncome: '100000',
	otherPct: '30',
	finnmark: true
};

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

describe('uføretrygd in the fragment', () => {
	it('round-trips what was typed, language included', () => {
		const hash = encodeUfore(ufore, 'nn');
		expect(hash.length).toBeLessThan(120);
		const r = decodeUfore(`#${hash}`);
		expect(r).toEqual({
			ok: true,
			lang: 'nn',
			form: {
				...ufore,
				monthly: '25000',
				barnetillegg: '1500,50',
				percent: ''
			}
		});
	});

	it('keeps only the value of the card chosen', () => {
		const r = decodeUfore(
			`#${encodeUfore({ ...ufore, cardKind: 'percent', percent: '32', table: '8010' }, 'nb')}`
		);
		expect(r.ok && [r.form.cardKind, r.form.percent, r.form.table]).toEqual(['percent', '32', '']);
	});

	it.each([
		['', 'empty'],
		['#v=1&s=u&y=2026&k=t', 'fine'],
		['#v=2&s=u&y=2026&k=t', 'another version'],
		['#v=1&s=e&y=2026&k=t', 'the other section'],
		['#v=1&s=u&y=2019&k=t', 'a year without tables'],
		['#v=1&s=u&y=2026&k=z', 'an unknown card'],
		['#v=1&s=u&y=2026&k=constructor', 'a card named like an object property'],
		['#v=1&s=u&y=2026&k=t&k=p', 'a key twice'],
		['#v=1&s=u&y=2026&k=t&m=%E0%A4%A', 'a broken escape'],
		['#v=1&s=u&y=2026&k=t&m=' + '9'.repeat(41), 'an overlong value'],
		['#v=1&s=u&y=2026&k=t&l=de', 'an unknown language'],
		['#v=1&s=u&y=2026', 'truncated']
	])('%s (%s)', (hash, what) => {
		expect(decodeUfore(hash).ok).toBe(what === 'fine');
	});
});

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

describe('a whole table in the fragment', () => {
	it('round-trips year, table, period and the amount searched for', () => {
		const form = { year: '2025', table: '7100', period: '14days', search: '12 000' };
		const hash = encodeTable(form, 'nb');
		expect(hash).toBe('v=1&s=t&l=nb&y=2025&t=7100&p=14days&q=12000');
		expect(decodeTable(`#${hash}`)).toEqual({
			ok: true,
			lang: 'nb',
			form: { ...form, search: '12000' }
		});
		expect(decodeTable(`#${encodeTable(defaultTableForm(), 'en')}`)).toEqual({
			ok: true,
			lang: 'en',
			form: defaultTableForm()
		});
	});

	it.each([
		['#v=1&s=t&y=2026&p=fortnight', 'an unknown period'],
		['#v=1&s=t&y=2019&p=month', 'a year without tables'],
		['#v=1&s=t&y=2026', 'no period']
	])('%s (%s) is refused', (hash) => {
		expect(decodeTable(hash).ok).toBe(false);
	});
});

describe('any fragment at all', () => {
	it('is read or refused, never thrown', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				for (const decode of [decodeUfore, decodeEtterbetaling, decodeTable]) {
					const r = decode(`#${s}`);
					expect(typeof r.ok).toBe('boolean');
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
