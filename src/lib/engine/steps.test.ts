import { describe, expect, it } from 'vitest';
import { wordingCheck } from '../i18n/wording.testkit';
import { sourcesOf } from './rules/source';
import { tableRoutine } from './rules/sources';
import { step } from './steps';
import { sykepengeGrunnlag } from './sykepenger';
import { tabelltrekkSteps } from './tabelltrekk';

describe('a step carries its source as data, so a page can link each document', () => {
	it('keeps a structured source as given, and a written-out citation as it is', () => {
		const src = {
			title: 'Skatteloven',
			section: '§ 16-1',
			url: 'https://lovdata.no/lov/1999-03-26-14'
		};
		expect(step('x', {}, { source: src }).source).toBe(src);
		expect(step('x', {}, { source: [src, src] }).source).toEqual([src, src]);
		expect(step('x', {}, { source: 'docs/tabelltrekk.md' }).source).toBe('docs/tabelltrekk.md');
		expect(step('x', {})).not.toHaveProperty('source');
	});

	it("the table routine's steps cite the year's routine with its address", () => {
		const { steps } = tabelltrekkSteps({
			year: 2026,
			table: '8010',
			period: 'month',
			amount: 30_000
		});
		expect(steps.length).toBeGreaterThan(0);
		for (const s of steps) expect(s.source).toEqual(tableRoutine(2026));
		expect(tableRoutine(2026).url).toMatch(/^https:\/\/www\.skatteetaten\.no\//u);
	});

	it("sykepenger's daily rate cites NAV's page and NAV's code, each a document of its own", () => {
		const r = sykepengeGrunnlag({
			firstDayOfAbsence: '2021-09-01',
			months: [55_000, 55_000, 55_000]
		});
		const s = r.steps.find((x) => x.id === 'sykepenger.dagsatsKr')!;
		expect(typeof s.source).not.toBe('string');
		expect(
			sourcesOf(s.source as Exclude<typeof s.source, string | undefined>).map((x) => x.title)
		).toEqual(['NAV: sykepenger', 'navikt/helse-spleis']);
		const cap = r.steps.find((x) => x.id === 'sykepenger.g')!;
		const titles = sourcesOf(cap.source as Exclude<typeof cap.source, string | undefined>).map(
			(x) => x.title
		);
		expect(titles).toContain('Folketrygdloven');
	});
});

describe('the wording check every engine test shares (src/lib/i18n/wording.testkit.ts)', () => {
	it('finds a step with no sentence, a placeholder with no value, and a sentence no step reached', () => {
		const w = wordingCheck();
		w.check(step('tabelltrekk.noSuchStep', {}));
		w.check(step('nowhere', {}));
		w.check(step('tabelltrekk.annualTax', {}));
		expect(w.problems()).toEqual([
			'nb:tabelltrekk.noSuchStep: no sentence',
			'nn:tabelltrekk.noSuchStep: no sentence',
			'en:tabelltrekk.noSuchStep: no sentence',
			'nowhere: no module of step messages',
			'nb:tabelltrekk.annualTax: no value taxKr',
			'nn:tabelltrekk.annualTax: no value taxKr',
			'en:tabelltrekk.annualTax: no value taxKr'
		]);
		expect(w.unused('tabelltrekk')).toContain('base');
		expect(w.unused('tabelltrekk')).not.toContain('annualTax');
		w.use('tabelltrekk', 'base');
		expect(w.unused('tabelltrekk')).not.toContain('base');
	});

	it('takes the bare number of a counted value for its <name>N', () => {
		const steps = sykepengeGrunnlag({
			firstDayOfAbsence: '2025-10-01',
			hourly: { income: 36_000, daysWorked: 24 }
		}).steps;
		const hourly = steps.find((s) => 'days' in s.values)!;
		const w = wordingCheck();
		w.checkAll(steps);
		expect(w.problems()).toEqual([]);
		const without = wordingCheck();
		without.check({
			...hourly,
			values: Object.fromEntries(Object.entries(hourly.values).filter(([k]) => k !== 'days'))
		});
		expect(without.problems()).toContain(`nb:${hourly.id}: no value daysN`);
	});
});
