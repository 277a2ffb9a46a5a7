import { describe, expect, it } from 'vitest';
import { compute as computeUfore, defaultUforeForm } from './form';

describe('uføretrygd form', () => {
	it('asks for the monthly amount and the table number', () => {
		const r = computeUfore(defaultUforeForm());
		expect(r.kind === 'issues' && r.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'monthly:required',
			'table:required'
		]);
	});
	it('an unknown table is reported at the table field', () => {
		const r = computeUfore({ ...defaultUforeForm(), monthly: '20 000', table: '8015' });
		expect(r.kind === 'issues' && r.issues).toEqual([{ field: 'table', code: 'unknownTable' }]);
	});
	it('a table retired in 2025 (7100–7133) says so', () => {
		const r = computeUfore({ ...defaultUforeForm(), monthly: '20 000', table: '7100' });
		expect(r.kind === 'issues' && r.issues).toEqual([{ field: 'table', code: 'retiredTable' }]);
	});
	it('computes a year from Norwegian input', () => {
		const r = computeUfore({
			...defaultUforeForm(),
			monthly: '25 000',
			table: '8010',
			otherIncome: '50 000',
			otherPct: '30'
		});
		expect(r.kind).toBe('result');
		expect(r.kind === 'result' && r.result.otherWithheld).toBe(15_000);
	});
	it('the form’s and the engine’s issues show together, at the first submit', () => {
		// A blank amount (the form) and a table that does not exist (the engine) in one round.
		const r = computeUfore({ ...defaultUforeForm(), table: '8015' });
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'monthly', code: 'required' },
			{ field: 'table', code: 'unknownTable' }
		]);
	});
	it('kildeskatt: wages beside it are refused at the other income; a year of birth is passed on', () => {
		const k = computeUfore({
			...defaultUforeForm(),
			year: '2026',
			cardKind: 'kildeskatt',
			monthly: '25 000',
			otherIncome: '50 000',
			otherPct: '30'
		});
		expect(k.kind === 'issues' && k.issues).toEqual([
			{ field: 'otherIncome', code: 'kildeskattNotAllowed' }
		]);
		// 25 000 a month on 8010 and wages 50 000 at 30 %; born 1956 (70 in 2026): the low rate,
		// 2.5 % less on 300 000 + 50 000 = 8 750 less tax than for someone born 1980.
		const of = (birthYear: string) =>
			computeUfore({
				...defaultUforeForm(),
				year: '2026',
				monthly: '25 000',
				table: '8010',
				otherIncome: '50 000',
				otherPct: '30',
				deductions: '0',
				birthYear
			});
		const young = of('1980');
		const old = of('1956');
		expect(young.kind === 'result' && old.kind === 'result').toBe(true);
		if (young.kind !== 'result' || old.kind !== 'result') return;
		expect(young.result.annual.total - old.result.annual.total).toBe(8_750);
		const none = of('');
		expect(
			none.kind === 'result' &&
				none.result.year.assumptions.some((a) => a.id === 'year.assumption.age')
		).toBe(true);
	});
});
