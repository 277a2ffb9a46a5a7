import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_YEARS as ENGINE_TABLE_YEARS, YEARS } from '../engine/rules';
import { YEAR_CATALOGUE } from '../engine/rules';
import { ANNUAL_YEARS, defaultEtterbetalingForm } from '../sections/etterbetaling/form';
import { defaultForm } from '../sections/calculator/fields';
import { WITHHOLDING_YEARS } from '../years';
import { decode as decodeEtterbetaling } from '../sections/etterbetaling/link';
import { decode as decodeTable } from '../sections/table/link';
import { decode as decodeUfore } from '../sections/ufore/link';
import { defaultTableForm, encodeTable } from '../sections/table/fields';
import { encodeEtterbetaling } from '../sections/etterbetaling/fields';
import { encodeUfore } from '../sections/ufore/fields';
import { encodeForm } from '../sections/calculator/fields';
import { decode as decodeForm } from '../sections/calculator/link';
import { defaultUforeForm, UFORE_YEARS } from '../sections/ufore/form';
import { ensureNamespaces, hasMessage, setLang } from './i18n.svelte';
import { LANGS } from './types';
import { yearNotice } from './yearNotice';
import { yearLabel, yearOptions } from './years';

// The registry, each year's status and what people see hold together: a year added, replaced
// or turned from proposal into adopted shows up correctly everywhere, or a test here fails.
const proposals = YEAR_CATALOGUE.filter((e) => e.status.kind === 'proposal');
const adopted = YEAR_CATALOGUE.filter((e) => e.status.kind === 'adopted');

beforeAll(async () => {
	for (const lang of LANGS) {
		await setLang(lang);
		await ensureNamespaces(['common', 'proposal']);
	}
});

describe('year labels and notices', () => {
	it('there is a proposal year to label (2027)', () => {
		expect(proposals.map((e) => e.year)).toContain(2027);
	});

	it.each(LANGS.map((l) => [l]))(
		'%s: a proposal year says so in its label and its notice',
		async (lang) => {
			await setLang(lang);
			for (const { year, status } of proposals) {
				if (status.kind !== 'proposal') continue;
				const label = yearLabel(year);
				expect(label).not.toBe(String(year));
				expect(label.startsWith(`${year} – `)).toBe(true);
				const notice = yearNotice(year);
				expect(notice).toContain(String(year));
				expect(notice).toContain(status.document);
				expect(notice).not.toMatch(/\{\{|\}\}/u);
				// Asked of the translator: a missing message's text would be `note`, not `proposal:…`.
				expect(hasMessage('proposal:note')).toBe(true);
			}
		}
	);

	it('the labels read "2027 – forslag" in nb and nn, "2027 – proposal" in en', async () => {
		const got: Record<string, string> = {};
		for (const lang of LANGS) {
			await setLang(lang);
			got[lang] = yearLabel(2027);
		}
		expect(got).toEqual({ nb: '2027 – forslag', nn: '2027 – forslag', en: '2027 – proposal' });
	});

	it('the notice gives the date in the reader’s language', async () => {
		await setLang('nb');
		expect(yearNotice(2027)).toContain('7. oktober 2026');
		await setLang('en');
		expect(yearNotice('2027')).toContain('7 October 2026');
	});

	it('an adopted year is labelled by its number alone and has no notice', async () => {
		await setLang('nb');
		for (const { year } of adopted) {
			expect(yearLabel(year)).toBe(String(year));
			expect(yearNotice(year)).toBe('');
		}
	});

	it('options keep the year as the value and label it', async () => {
		await setLang('nb');
		expect(yearOptions(['2026', 2027])).toEqual([
			{ value: '2026', label: '2026' },
			{ value: '2027', label: '2027 – forslag' }
		]);
	});
});

describe('every selector offers exactly the registered years', () => {
	const tableYears = ENGINE_TABLE_YEARS.map(String);
	it('calculator and embed, uføretrygd, table page: every year with tables', () => {
		expect([...WITHHOLDING_YEARS]).toEqual(tableYears);
		expect([...UFORE_YEARS]).toEqual(tableYears);
	});
	it('etterbetaling: every year', () => {
		expect([...ANNUAL_YEARS]).toEqual(YEARS.map(String));
	});
	it('every page opens on 2026, not on the proposal year', () => {
		expect(defaultForm().year).toBe('2026');
		expect(defaultUforeForm().year).toBe('2026');
		expect(defaultEtterbetalingForm().payoutYear).toBe('2026');
		expect(defaultTableForm().year).toBe('2026');
	});
});

describe('a 2027 link round-trips on every page', () => {
	it('calculator', () => {
		const f = {
			...defaultForm(),
			year: '2027',
			benefit: 'aap',
			table: '8010',
			quickAmount: '20000'
		};
		const hash = encodeForm(f, 'nb');
		expect(hash).toContain('y=2027');
		expect(decodeForm(`#${hash}`)).toEqual({ ok: true, lang: 'nb', form: f });
	});
	it('uføretrygd', () => {
		const f = { ...defaultUforeForm(), year: '2027', monthly: '25000', table: '8010' };
		const r = decodeUfore(`#${encodeUfore(f, 'nn')}`);
		expect(r).toEqual({ ok: true, lang: 'nn', form: f });
	});
	it('etterbetaling', () => {
		const f = {
			...defaultEtterbetalingForm(),
			payoutYear: '2027',
			parts: [{ year: '2026', amount: '50000', fromMonth: '1', toMonth: '12' }],
			income: { '2026': { wage: '', pension: '' }, '2027': { wage: '', pension: '' } }
		};
		const r = decodeEtterbetaling(`#${encodeEtterbetaling(f, 'en')}`);
		expect(r.ok && r.form.payoutYear).toBe('2027');
		expect(r.ok && r.form.parts).toEqual(f.parts);
	});
	it('table page', () => {
		const f = { ...defaultTableForm(), year: '2027', search: '30000' };
		expect(decodeTable(`#${encodeTable(f, 'nb')}`)).toEqual({ ok: true, lang: 'nb', form: f });
	});
});
