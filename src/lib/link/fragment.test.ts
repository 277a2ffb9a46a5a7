import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultEtterbetalingForm } from '../sections/etterbetaling/form';
import { defaultForm } from '../sections/calculator/fields';
import {
	FragmentWriter,
	fromCodes,
	joinRows,
	linkValue,
	parseFragment,
	sameScenario,
	splitRows
} from './fragment';
import { decode as decodeEtterbetaling } from '../sections/etterbetaling/link';
import { decode as decodeTable } from '../sections/table/link';
import { decode as decodeUfore } from '../sections/ufore/link';
import { encodeEtterbetaling } from '../sections/etterbetaling/fields';
import { encodeTable } from '../sections/table/fields';
import { encodeUfore } from '../sections/ufore/fields';
import { encodeForm } from '../sections/calculator/fields';
import { decode as decodeForm } from '../sections/calculator/link';
import { encodeExplain } from '../sections/explain/fields';
import { decode as decodeExplain } from '../sections/explain/link';
import { encodeYear } from '../sections/year/fields';
import { decode as decodeYear } from '../sections/year/link';
import { defaultUforeForm } from '../sections/ufore/form';

/** A link without its check value (`&h=…`), as links were written before they had one. */
const bare = (link: string | false) =>
	link === false ? link : link.replace(/&h=[0-9a-z]{5}/u, '');

/** The example links written in a module's header comment (`#v=1…` lines). */
function examplesIn(file: string): string[] {
	const text = readFileSync(new URL(file, import.meta.url), 'utf8');
	return [...text.matchAll(/^\s*\*\s+#(v=1\S*)/gmu)].map((m) => m[1]!);
}

describe('the writer', () => {
	it('writes the header first: version, section, language', () => {
		expect(new FragmentWriter('nb', 't').set('y', '2025').typed('t', '7 100').toString()).toMatch(
			/^v=1&s=t&l=nb&h=[0-9a-z]{5}&y=2025&t=7100$/u
		);
		expect(new FragmentWriter('en').set('y', '2026').toString()).toMatch(
			/^v=1&l=en&h=[0-9a-z]{5}&y=2026$/u
		);
	});

	it('leaves a blank typed value out, and keeps a mistake as typed', () => {
		expect(bare(new FragmentWriter('nb').typed('m', '  ').typed('t', '81x').toString())).toBe(
			'v=1&l=nb&t=81x'
		);
	});

	it('escapes only what a fragment cannot carry', () => {
		const w = new FragmentWriter('nb').set('a', '1,5~2!3').set('b', 'ø&=#%+ ?');
		expect(bare(w.toString())).toBe('v=1&l=nb&a=1,5~2!3&b=%C3%B8%26%3D%23%25%2B%20%3F');
	});

	it('whatever a value holds, the reader gives it back', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
				const text = new FragmentWriter('nn').set('a', a).set('b', b).toString();
				expect(parseFragment(`#${text}`)).toEqual({ v: '1', l: 'nn', a, b });
			}),
			{ numRuns: 2000 }
		);
	});

	it('a typed value loses spaces and separators and is cut at 40 characters', () => {
		expect(linkValue(' 25\u00a0000\u202f,50 ')).toBe('25000,50');
		expect(linkValue('1~2!3')).toBe('123');
		expect(linkValue('9'.repeat(50))).toBe('9'.repeat(40));
	});

	it('a choice’s codes read back, and nothing else', () => {
		const kind = fromCodes({ table: 't', none: 'n' });
		expect([kind('t'), kind('n'), kind('x'), kind('constructor'), kind('')]).toEqual([
			'table',
			'none',
			undefined,
			undefined,
			undefined
		]);
	});

	it('rows and fields: joined and split again', () => {
		const rows = [
			['2025', '1000', '1', '12'],
			['2026', '', '1', '2']
		];
		expect(joinRows(rows)).toBe('2025~1000~1~12!2026~~1~2');
		expect(splitRows(joinRows(rows))).toEqual(rows);
	});
});

describe('the reader', () => {
	it.each([
		['', null],
		['#', null],
		['#v=1&=x', null],
		['#v=1&v=1', null],
		['#v=1&a=%E0%A4%A', null],
		['#v', null],
		['#v=1&a=', { v: '1', a: '' }],
		['v=1&a=b%20c', { v: '1', a: 'b c' }]
	])('%j → %j', (hash, want) => {
		expect(parseFragment(hash)).toEqual(want);
	});

	it('a link cut short or altered is refused, not read as another scenario', () => {
		const form = {
			...defaultForm(),
			year: '2026',
			benefit: 'dagpenger',
			table: '8000',
			mode: 'list' as const,
			payments: [
				{ from: '2026-11-23', to: '2026-12-06', amount: '30000', paidOn: '' },
				{ from: '2026-12-07', to: '2026-12-20', amount: '30000', paidOn: '' }
			]
		};
		const link = encodeForm(form, 'nb');
		expect(link).toMatch(/^v=1&l=nb&h=[0-9a-z]{5}&y=2026&.*!1207~1220~30000$/u);
		expect(decodeForm(`#${link}`)).toMatchObject({ ok: true, form: { payments: form.payments } });
		// Cut after "300" (the last payment read as 300 kr) or after "3": refused, every cut.
		for (let end = link.indexOf('&y=') + 1; end < link.length; end++) {
			expect(decodeForm(`#${link.slice(0, end)}`).ok).toBe(false);
		}
		// One figure altered: refused.
		expect(decodeForm(`#${link.replace('~30000!', '~80000!')}`).ok).toBe(false);
		// The same link in another language keeps its check (the language is not in it).
		expect(decodeForm(`#${link.replace('l=nb', 'l=en')}`)).toMatchObject({ ok: true, lang: 'en' });
		// A link written before links had a check value still opens, and the same.
		expect(decodeForm(`#${bare(link)}`)).toMatchObject({
			ok: true,
			form: { payments: form.payments }
		});
		expect(parseFragment('#v=1&h=00000&a=1')).toBeNull();
	});

	it('every section writes the check value, and refuses its links cut short', () => {
		const links = [
			encodeUfore({ ...defaultUforeForm(), year: '2026', monthly: '25000', table: '8010' }, 'nb'),
			encodeTable({ year: '2026', table: '8010', period: 'month', search: '30000' }, 'en')
		];
		for (const link of links) {
			expect(link).toMatch(/&h=[0-9a-z]{5}&/u);
			expect(parseFragment(`#${link}`)).not.toBeNull();
			expect(parseFragment(`#${link.slice(0, -2)}`)).toBeNull();
		}
		expect(decodeUfore(`#${links[0]!.slice(0, -1)}`).ok).toBe(false);
		expect(decodeTable(`#${links[1]!.slice(0, -1)}`).ok).toBe(false);
	});

	it('a link differing only in its language is the same scenario', () => {
		expect(sameScenario('#v=1&l=nb&y=2026', '#v=1&l=en&y=2026')).toBe(true);
		expect(sameScenario('#v=1&l=nb&y=2026', '#v=1&l=nb&y=2025')).toBe(false);
	});
});

describe('the examples in the comments are what the writer writes', () => {
	// The sections' examples leave out the check value (a link without one still opens as it is).
	it('the calculator (sections/calculator/fields.ts)', () => {
		const [quick, list] = examplesIn('../sections/calculator/fields.ts');
		expect(
			bare(
				encodeForm(
					{
						...defaultForm(),
						year: '2026',
						benefit: 'uforetrygd',
						table: '8010',
						extraKind: 'kroner',
						extra: '1000',
						quickAmount: '25000'
					},
					'nb'
				)
			)
		).toBe(quick);
		expect(
			bare(
				encodeForm(
					{
						...defaultForm(),
						year: '2026',
						benefit: 'dagpenger',
						table: '8000',
						mode: 'list',
						payments: [
							{ from: '2026-03-02', to: '2026-03-15', amount: '15000', paidOn: '' },
							{ from: '2026-03-16', to: '2026-03-29', amount: '15000', paidOn: '2026-03-31' }
						]
					},
					'nb'
				)
			)
		).toBe(list);
		expect(decodeForm(`#${quick!}`).ok && decodeForm(`#${list!}`).ok).toBe(true);
	});

	it('uføretrygd, etterbetaling and tables (each section’s link.ts)', () => {
		const [u] = examplesIn('../sections/ufore/link.ts');
		const [e] = examplesIn('../sections/etterbetaling/link.ts');
		const [t] = examplesIn('../sections/table/link.ts');
		expect(
			bare(
				encodeUfore(
					{
						...defaultUforeForm(),
						year: '2026',
						monthly: '25000',
						table: '8010',
						otherIncome: '100000',
						otherPct: '30'
					},
					'nb'
				)
			)
		).toBe(u);
		expect(
			bare(
				encodeEtterbetaling(
					{
						...defaultEtterbetalingForm(),
						payoutYear: '2026',
						benefit: 'uforetrygd',
						cardKind: 'none',
						parts: [{ year: '2025', amount: '200000', fromMonth: '1', toMonth: '12' }],
						income: {
							'2026': { wage: '300000', pension: '' },
							'2025': { wage: '250000', pension: '' }
						}
					},
					'nb'
				)
			)
		).toBe(e);
		expect(
			bare(encodeTable({ year: '2026', table: '8010', period: 'month', search: '30000' }, 'nb'))
		).toBe(t);
		expect([decodeUfore(`#${u!}`), decodeEtterbetaling(`#${e!}`), decodeTable(`#${t!}`)]).toEqual([
			expect.objectContaining({ ok: true }),
			expect.objectContaining({ ok: true }),
			expect.objectContaining({ ok: true })
		]);
	});

	it('explain a payment and your year (their link.ts): read back, written again the same', () => {
		const [x] = examplesIn('../sections/explain/link.ts');
		const explain = decodeExplain(`#${x!}`);
		expect(bare(explain.ok && encodeExplain(explain.form, explain.lang!))).toBe(x);
		const [y] = examplesIn('../sections/year/link.ts');
		const year = decodeYear(`#${y!}`);
		expect(bare(year.ok && encodeYear(year.form, year.lang!))).toBe(y);
	});

	it('fragment.ts: the format', () => {
		const [calc, section] = examplesIn('./fragment.ts');
		expect(calc).toBe(
			encodeForm(
				{
					...defaultForm(),
					year: '2026',
					benefit: 'uforetrygd',
					table: '8010',
					quickAmount: '25000'
				},
				'nb'
			)
		);
		expect(section).toBe(
			encodeTable({ year: '2025', table: '7100', period: '14days', search: '12000' }, 'nb')
		);
	});
});

describe('links written before the toolkit still open', () => {
	// The sections used to write with URLSearchParams (then un-escaping ~ ! ,): other characters
	// were escaped differently (a space as +, ( and : as %28 and %3A). The reader is the same, so
	// such a link opens to the same form.
	const oldSection = (pairs: Array<[string, string]>) =>
		new URLSearchParams(pairs)
			.toString()
			.replace(/%7E/giu, '~')
			.replace(/%21/gu, '!')
			.replace(/%2C/giu, ',');

	it('a section link with characters the old writer escaped otherwise', () => {
		const typed = '25(000):*';
		const old = oldSection([
			['v', '1'],
			['s', 'u'],
			['l', 'nb'],
			['y', '2026'],
			['m', typed],
			['k', 't'],
			['t', '8010']
		]);
		expect(old).toContain('%28');
		const now = encodeUfore(
			{ ...defaultUforeForm(), year: '2026', monthly: typed, table: '8010' },
			'nb'
		);
		expect(now).not.toBe(old);
		expect(decodeUfore(`#${old}`)).toEqual(decodeUfore(`#${now}`));
		expect(decodeUfore(`#${old}`)).toMatchObject({ ok: true, form: { monthly: typed } });
	});

	it('the calculator’s links of before, payment rows and all', () => {
		expect(
			decodeForm(
				'#v=1&l=nn&y=2026&b=dagpenger&w=e&c=t8000&p=0302~0315~15000!0316~0329~15000,50~0331'
			)
		).toMatchObject({
			ok: true,
			lang: 'nn',
			form: {
				mode: 'list',
				payments: [
					{ from: '2026-03-02', to: '2026-03-15', amount: '15000', paidOn: '' },
					{ from: '2026-03-16', to: '2026-03-29', amount: '15000,50', paidOn: '2026-03-31' }
				]
			}
		});
	});
});
