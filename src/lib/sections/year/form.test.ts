import { encodeForm } from '../calculator/fields';
import { describe, expect, it } from 'vitest';
import { reportedFields, unlabelled } from '../../section/labels.testkit';
import {
	compute as computeYear,
	defaultYearForm,
	encodeYear,
	fieldOf,
	labels,
	todayIso,
	type YearForm
} from './form';
import { decode as decodeYear } from './link';

function form(): YearForm {
	const f = defaultYearForm();
	f.calc.benefit = 'uforetrygd';
	f.calc.cardKind = 'table';
	f.calc.table = '8110';
	f.calc.quickAmount = '25 000';
	return f;
}

describe('the year form', () => {
	it('uføretrygd on 8110: an outcome, with the table deduction as the default', () => {
		const r = computeYear(form());
		expect(r.kind).toBe('result');
		if (r.kind !== 'result') return;
		expect(r.result.annual!.total).toBe(24_056);
		expect(r.result.assumptions[0]!.id).toBe('year.assumption.deductionsFromTable');
	});

	it('a second NAV benefit is withheld at the card’s percentage, not by a second table', () => {
		// NAV uses the table for one benefit only (docs/nav-payments.md §1): 100 000 at 30 % is
		// 30 000 withheld, and no second table drives the outcome.
		const f = form();
		f.extra.otherKind = 'benefit';
		f.extra.otherBy = 'table';
		f.extra.otherTable = '8110';
		f.extra.otherNav = true;
		f.extra.otherAmount = '100 000';
		f.extra.otherPercent = '';
		const asked = computeYear(f);
		expect(asked.kind === 'issues' && asked.issues).toEqual([
			{ field: 'otherPercent', code: 'required' }
		]);
		f.extra.otherPercent = '30';
		const r = computeYear(f);
		expect(r.kind).toBe('result');
		if (r.kind !== 'result') return;
		expect(r.result.sources[1]).toMatchObject({ method: 'percent', ratePct: 30, withheld: 30_000 });
		expect(r.result.drivers.map((d) => d.id)).not.toContain('year.driver.twoTables');
		const back = decodeYear(`#${encodeYear(f, 'nb')}`);
		expect(back.ok && back.form.extra).toMatchObject({ otherNav: true, otherPercent: '30' });
	});

	it('blank is asked for at its field, never 0', () => {
		const f = form();
		f.extra.otherKind = 'wage';
		const r = computeYear(f);
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'otherAmount', code: 'required' },
			{ field: 'otherPercent', code: 'required' }
		]);
		f.extra.otherAmount = '100 000';
		f.extra.otherPercent = '0';
		expect(computeYear(f).kind).toBe('result');
	});

	it('every issue shows at the first submit: the form’s, the engine’s and what it asks for', () => {
		const f = form();
		f.calc.table = '8015';
		f.extra.deductions = 'x';
		const r = computeYear(f);
		// A bad figure (the form) with a table that does not exist (the engine).
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'deductions', code: 'notANumber' },
			{ field: 'table', code: 'unknownTable' }
		]);
		f.calc.table = '8110';
		f.extra.otherKind = 'wage';
		f.extra.otherAmount = '100 000';
		// A bad figure and a blank percentage the engine asks for, together.
		const asked = computeYear(f);
		expect(asked.kind === 'issues' && asked.issues).toEqual([
			{ field: 'deductions', code: 'notANumber' },
			{ field: 'otherPercent', code: 'required' }
		]);
	});

	it('deductions and other income typed override the table; 0 is an answer', () => {
		const f = form();
		f.extra.deductions = '0';
		f.extra.birthYear = '1980';
		const r = computeYear(f);
		expect(r.kind === 'result' && r.result.annual!.total).toBe(43_803);
		f.calc.table = '9050';
		f.extra.capitalIncome = '0';
		const c = computeYear(f);
		expect(c.kind === 'result' && c.result.assumptions).toEqual([]);
	});

	it('bad pension terms are named at their fields', () => {
		const f = form();
		f.extra.pensionMonths = '13';
		f.extra.pensionGrade = '0';
		const r = computeYear(f);
		expect(r.kind === 'issues' && r.issues.map((i) => i.field)).toEqual([
			'pensionMonths',
			'pensionGrade'
		]);
	});

	it('round-trips through the share link, and refuses a tampered one', () => {
		const f = form();
		f.extra.otherKind = 'pension';
		f.extra.otherAmount = '120000';
		f.extra.otherBy = 'known';
		f.extra.otherWithheld = '12000';
		f.extra.deductions = '5000';
		f.extra.pensionGrade = '50';
		f.extra.birthYear = '1956';
		f.extra.finnmark = true;
		const hash = `#${encodeYear(f, 'nn')}`;
		const back = decodeYear(hash);
		expect(back.ok && back.form.extra).toEqual(f.extra);
		expect(back.ok && back.form.calc.table).toBe('8110');
		expect(back.ok && back.lang).toBe('nn');
		expect(decodeYear(hash.replace('ok=p', 'ok=z')).ok).toBe(false);
		// The calculator's link alone is not a year link, nor one whose calculator part is broken.
		expect(decodeYear(`#${encodeForm(f.calc, 'nn')}`).ok).toBe(false);
		expect(decodeYear(hash.replace('c=t8110', 'c=z')).ok).toBe(false);
	});

	it('a link from before the year of birth was asked opens, with the field blank', () => {
		const f = form();
		const hash = `#${encodeYear(f, 'nb')}`;
		expect(hash).not.toContain('fa=');
		const back = decodeYear(hash);
		expect(back.ok && back.form.extra.birthYear).toBe('');
	});

	it('a year of birth over 69 lowers the trygdeavgift on wages; a bad one is named at its field', () => {
		// Uføretrygd 300 000 on 8110 (24 056, the first test) and wages 100 000 withheld at 30 %:
		// trygdeavgift on the wages 7.6 % = 7 600 at the wage rate, 5.1 % = 5 100 at the low rate
		// for someone 70 in 2026 (born 1956): 2 500 less in all, with the uføretrygd at 5.1 % too
		// (300 000 × 2.5 % = 7 500): 10 000 less.
		const f = form();
		f.extra.otherKind = 'wage';
		f.extra.otherAmount = '100000';
		f.extra.otherPercent = '30';
		f.extra.deductions = '0';
		const young = computeYear({ ...f, extra: { ...f.extra, birthYear: '1980' } });
		const old = computeYear({ ...f, extra: { ...f.extra, birthYear: '1956' } });
		expect(young.kind === 'result' && old.kind === 'result').toBe(true);
		if (young.kind !== 'result' || old.kind !== 'result') return;
		expect(young.result.annual!.total - old.result.annual!.total).toBe(10_000);
		const bad = computeYear({ ...f, extra: { ...f.extra, birthYear: '2999' } });
		expect(bad.kind === 'issues' && bad.issues.map((i) => i.field)).toEqual(['birthYear']);
	});

	it('a back payment for an earlier year: a range without the earlier income, the relief with it', () => {
		// Uføretrygd 25 000 a month on 8110 and a back payment of uføretrygd, 100 000 kr, for 2025.
		// Without 2025's income the outcome is a range and names the missing figure; with it
		// (none), the relief comes off the year's tax, so the figure is lower.
		const f = form();
		f.extra.otherKind = 'backPay';
		f.extra.otherAmount = '100000';
		f.extra.backPayYear = '2025';
		f.extra.deductions = '0';
		const without = computeYear(f);
		expect(without.kind).toBe('result');
		if (without.kind !== 'result') return;
		const a = without.result.assumptions.find((x) => x.id === 'year.assumption.backPayRelief');
		expect(a?.values.forYear).toBe(2025);
		expect(without.result.outcome!.low).toBe(without.result.outcome!.net - a!.deltaKr! * -1);
		f.extra.backPayEarlierIncome = '0';
		const withIt = computeYear(f);
		expect(withIt.kind === 'result' && withIt.result.annual!.total).toBe(
			without.result.annual!.total + a!.deltaKr!
		);
		// The back payment's fields travel in the link.
		const back = decodeYear(`#${encodeYear(f, 'en')}`);
		expect(back.ok && back.form.extra).toEqual(f.extra);
		// A year that is not earlier is named at its field.
		f.extra.backPayYear = '2026';
		const bad = computeYear(f);
		expect(bad.kind === 'issues' && bad.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'backPayYear:futureYear'
		]);
	});

	it("today is the person's own calendar date", () => {
		expect(todayIso(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
		expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
	});

	it('the NAV source’s engine paths are the calculator’s fields, the card’s included', () => {
		expect(fieldOf('sources.0.withholding.card.table', 'quick')).toBe('table');
		expect(fieldOf('sources.0.withholding.card.limit', 'quick')).toBe('frikortLimit');
		expect(fieldOf('sources.0.withholding.card', 'quick')).toBe('cardKind');
		expect(fieldOf('sources.0.withholding.extra.kroner', 'list')).toBe('extra');
		expect(fieldOf('sources.0.withholding.payments.2.to', 'quick')).toBe('quickAmount');
		expect(fieldOf('sources.0.withholding.payments.2.to', 'list')).toBe('payments.2.to');
		expect(fieldOf('sources.1.withholding.table', 'list')).toBe('otherTable');
	});

	it('names every field its compute reports (the calculator’s part and its own)', async () => {
		const bad: Array<(f: YearForm) => void> = [
			(f) => void (f.calc = { ...defaultYearForm().calc }),
			(f) => void (f.calc.table = '8015'),
			(f) => {
				f.extra.otherKind = 'wage';
				f.extra.otherBy = 'table';
				f.extra.otherAmount = 'x';
			},
			(f) => {
				f.extra.otherKind = 'pension';
				f.extra.otherBy = 'known';
				f.extra.otherWithheld = 'x';
				f.extra.pensionMonths = '13';
				f.extra.pensionGrade = '0';
			},
			(f) => {
				f.extra.deductions = 'x';
				f.extra.capitalIncome = 'x';
				f.extra.birthYear = 'x';
			},
			(f) => {
				f.extra.otherKind = 'backPay';
				f.extra.backPayYear = '2026';
				f.extra.backPayEarlierIncome = 'x';
			}
		];
		const forms = bad.map((change) => {
			const f = form();
			change(f);
			return f;
		});
		const reported = reportedFields(forms, (f) => computeYear(f));
		expect(reported).toEqual(
			expect.arrayContaining(['benefit', 'table', 'otherTable', 'otherAmount', 'pensionMonths'])
		);
		expect(await unlabelled(labels, reported)).toEqual([]);
	});
});
