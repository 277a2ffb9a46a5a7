import { describe, expect, it } from 'vitest';
import {
	compute as computeEtterbetaling,
	defaultEtterbetalingForm,
	fieldOf,
	incomeYears
} from './form';

describe('back-payment form', () => {
	it('asks for the amount and the payout year’s income: blank is unknown, never 0', () => {
		const r = computeEtterbetaling(defaultEtterbetalingForm());
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'parts.0.amount', code: 'required' },
			{ field: 'income.2026.wage', code: 'required' },
			{ field: 'income.2026.pension', code: 'required' }
		]);
	});
	it('an earlier year: both blank is unknown (assumed, said); one given asks for the other', () => {
		const f = defaultEtterbetalingForm();
		f.parts[0]!.amount = '120 000';
		f.income = {
			'2026': { wage: '280 000', pension: '0' },
			'2025': { wage: '250 000', pension: '' }
		};
		const r = computeEtterbetaling(f);
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'income.2025.pension', code: 'required' }
		]);
	});
	it('a part for a future year is refused at its field', () => {
		const f = defaultEtterbetalingForm();
		f.payoutYear = '2025';
		f.parts = [{ year: '2026', amount: '10 000', fromMonth: '1', toMonth: '12' }];
		f.income = { '2025': { wage: '0', pension: '0' } };
		const r = computeEtterbetaling(f);
		expect(r.kind === 'issues' && r.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'parts.0.year:futureYear'
		]);
	});
	it('computes with unknown income for the earlier year, and lists the years to ask about', () => {
		const f = defaultEtterbetalingForm();
		f.parts[0]!.amount = '120 000';
		f.income = { '2026': { wage: '280 000', pension: '0' } };
		expect(incomeYears(f)).toEqual(['2025', '2026']);
		const r = computeEtterbetaling(f);
		expect(r.kind === 'result' && r.result.withheld).toBe(52_800);
		expect(r.kind === 'result' && r.result.assumedIncomeYears).toEqual([2025]);
	});
	it('this year’s months: the card and its percentage are asked for, then used (§6)', () => {
		const f = defaultEtterbetalingForm();
		f.parts = [{ year: '2026', amount: '10 000', fromMonth: '1', toMonth: '3' }];
		f.income = { '2026': { wage: '300 000', pension: '0' } };
		const none = computeEtterbetaling(f);
		expect(none.kind === 'issues' && none.issues).toEqual([
			{ field: 'cardKind', code: 'backPaymentPercent' }
		]);
		f.cardKind = 'table';
		f.table = '8010';
		const noPct = computeEtterbetaling(f);
		expect(noPct.kind === 'issues' && noPct.issues).toEqual([
			{ field: 'percent', code: 'backPaymentPercent' }
		]);
		f.percent = '33';
		const r = computeEtterbetaling(f);
		// 10 000 × 33 % = 3 300.
		expect(r.kind === 'result' && r.result.withheld).toBe(3_300);
	});
	it('the form’s and the engine’s issues show together, at the first submit', () => {
		const f = defaultEtterbetalingForm();
		f.cardKind = 'table';
		f.table = '8010';
		f.parts = [
			{ year: '2026', amount: '10 000', fromMonth: '1', toMonth: '3' },
			{ year: '2025', amount: '', fromMonth: '1', toMonth: '12' }
		];
		f.income = { '2026': { wage: '300 000', pension: '0' } };
		const r = computeEtterbetaling(f);
		// The blank amount (the form) and the table card's percentage for this year's months (the
		// engine), not one round after the other.
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'parts.1.amount', code: 'required' },
			{ field: 'percent', code: 'backPaymentPercent' }
		]);
	});
	it('kildeskatt on a wage-type benefit is refused at the card', () => {
		const f = defaultEtterbetalingForm();
		f.benefit = 'dagpenger';
		f.cardKind = 'kildeskatt';
		f.parts[0]!.amount = '1 000';
		f.income = { '2026': { wage: '300 000', pension: '0' } };
		const r = computeEtterbetaling(f);
		expect(r.kind === 'issues' && r.issues).toEqual([
			{ field: 'cardKind', code: 'kildeskattNotAllowed' }
		]);
	});
	it('a table number is checked as everywhere: blank, retired, then unknown to the engine', () => {
		const f = defaultEtterbetalingForm();
		f.cardKind = 'table';
		f.parts[0]!.amount = '1 000';
		f.income = { '2026': { wage: '300 000', pension: '0' } };
		const issues = (table: string) => {
			const r = computeEtterbetaling({ ...f, table });
			return r.kind === 'issues' && r.issues;
		};
		expect(issues(' ')).toEqual([{ field: 'table', code: 'required' }]);
		expect(issues('7 100')).toEqual([{ field: 'table', code: 'retiredTable' }]);
		expect(issues('8015')).toEqual([{ field: 'table', code: 'unknownTable' }]);
		expect(computeEtterbetaling({ ...f, table: '80 10' }).kind).toBe('result');
	});
	it('maps the engine’s card paths to the card’s fields, and leaves its own fields as they are', () => {
		expect(['card', 'card.table', 'card.percent', 'parts.0.amount'].map(fieldOf)).toEqual([
			'cardKind',
			'table',
			'percent',
			'parts.0.amount'
		]);
	});
});
