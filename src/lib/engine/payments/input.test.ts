import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../errors';
import { withholdPayments, type WithholdInput } from './index';
import { T8000, issuesFor, run } from './testkit';

describe('bad input is a typed error per field, never a crash', () => {
	it('collects every problem', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'nope',
				card: { kind: 'percent', percent: 120 },
				payments: [
					{ from: '2026-03-10', to: '2026-03-01', amount: 1 },
					{ from: '2025-12-30', to: '2026-01-02', amount: -5 },
					{ from: '2026-02-30', to: '2026-03-01', amount: 'x' }
				],
				extra: { kroner: -1 }
			})
		).toEqual([
			'benefit:unknownBenefit',
			'card.percent:percentRange',
			'extra.kroner:negative',
			'payments.0.to:toBeforeFrom',
			'payments.1.from:outsideYear',
			'payments.1.amount:negative',
			'payments.2.from:badDate',
			'payments.2.amount:invalid'
		]);
	});

	it('overlapping periods', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'aap',
				card: T8000,
				payments: [
					{ from: '2026-03-01', to: '2026-03-14', amount: 1 },
					{ from: '2026-03-14', to: '2026-03-20', amount: 1 }
				]
			})
		).toEqual(['payments.1.from:overlap']);
	});

	it('an unknown table and an unknown year', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'aap',
				card: { kind: 'table', table: '7100' },
				payments: []
			})
		).toEqual(['card.table:unknownTable']);
		expect(issuesFor({ year: 2024, benefit: 'aap', card: T8000, payments: [] })).toEqual([
			'year:unknownYear'
		]);
	});

	it('garbage of any shape', () => {
		fc.assert(
			fc.property(fc.anything(), (x) => {
				try {
					withholdPayments(x as WithholdInput);
				} catch (e) {
					expect(e).toBeInstanceOf(EngineError);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('an overlap with a long earlier period is found even past a short one in between', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'aap',
				card: T8000,
				payments: [
					{ from: '2026-03-01', to: '2026-03-31', amount: 1 },
					{ from: '2026-03-05', to: '2026-03-10', amount: 1 },
					{ from: '2026-03-12', to: '2026-03-20', amount: 1 }
				]
			})
		).toEqual(['payments.1.from:overlap', 'payments.2.from:overlap']);
	});

	it('percentages outside 0–100, either side', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'aap',
				card: { kind: 'percent', percent: -1 },
				payments: [],
				extra: { percent: 100.5 }
			})
		).toEqual(['card.percent:percentRange', 'extra.percent:percentRange']);
	});

	it('odd shapes: one issue per field', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'aap',
				card: { kind: 'frikort', limit: 'x' },
				payments: [
					null,
					{ from: '2026-01-01', to: '2026-01-02', amount: NaN, paidOn: '2028-01-01' }
				],
				extra: { kroner: 1, percent: 1 },
				meldekortWeeks: 'sometimes',
				withUforetrygd: 'yes'
			})
		).toEqual([
			'card.limit:invalid',
			'extra:invalid',
			'meldekortWeeks:invalid',
			'withUforetrygd:invalid',
			'payments.0:invalid',
			'payments.1.paidOn:outsideYear',
			'payments.1.amount:invalid'
		]);
		expect(issuesFor(null)).toEqual(['input:invalid']);
		expect(
			issuesFor({ year: 2026, benefit: 'aap', card: { kind: 'gold' }, payments: 'x' })
		).toEqual(['card:unknownCard', 'payments:required']);
	});

	it('null in an optional field means “not given”', () => {
		expect(
			issuesFor({
				year: 2026,
				benefit: 'aap',
				card: { kind: 'frikort', limit: null },
				payments: [{ from: '2026-01-01', to: '2026-01-14', amount: 1_000, paidOn: null }],
				extra: null,
				meldekortWeeks: null,
				withUforetrygd: null
			})
		).toEqual([]);
	});

	it('a table card needs the year’s table routine; other cards only a year the engine knows', () => {
		expect(issuesFor({ year: 2024, benefit: 'aap', card: T8000, payments: [] })).toEqual([
			'year:unknownYear'
		]);
		expect(
			issuesFor({
				year: 2024,
				benefit: 'aap',
				card: { kind: 'percent', percent: 30 },
				payments: []
			})
		).toEqual([]);
		expect(issuesFor({ year: 2031, benefit: 'aap', card: { kind: 'none' }, payments: [] })).toEqual(
			['year:unknownYear']
		);
	});

	it('a payment date two years on is refused', () => {
		expect(() =>
			run({
				benefit: 'sykepenger',
				payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 1_000, paidOn: '2028-01-06' }]
			})
		).toThrow(EngineError);
	});
});
