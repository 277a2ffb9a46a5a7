import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import nbSteps from '../i18n/messages/nb/steps/payments';
import { EngineError } from './errors';
import { INTERPRETATIONS } from './interpretations';
import { BENEFIT_IDS, type Benefit } from './nav/benefits';
import { MELDEPERIODE_WEEKS, type MeldeperiodeWeeks } from './nav/meldeperioder';
import { periodForDays, withholdPayments, type Card, type WithholdInput } from './payments';
import type { Step } from './steps';
import { tabelltrekk } from './tabelltrekk';

const T8000: Card = { kind: 'table', table: '8000' };

function monthly(year: number, amount: number, months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
	return months.map((m) => {
		const mm = String(m).padStart(2, '0');
		const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
		return {
			from: `${year}-${mm}-01`,
			to: `${year}-${mm}-${last}`,
			amount,
			paidOn: `${year}-${mm}-20`
		};
	});
}

function run(input: Partial<WithholdInput> & Pick<WithholdInput, 'benefit' | 'payments'>) {
	return withholdPayments({ year: 2026, card: T8000, ...input });
}

describe('table period by calendar days (nav-payments.md §2)', () => {
	it.each([
		[1, '1day', false],
		[3, '3days', false],
		[4, '4days', false],
		[5, 'week', false],
		[10, 'week', false],
		[11, '14days', false],
		[17, '14days', false],
		[18, 'week', true],
		[24, 'week', true],
		[25, 'month', false],
		[31, 'month', false]
	])('%i days → %s (third: %s)', (days, period, third) => {
		expect(periodForDays(days)).toEqual({ period, third });
	});

	it('18–24 days: the week table on a third of the amount, times three', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [{ from: '2026-03-01', to: '2026-03-20', amount: 21_000 }]
		});
		expect(r.payments[0]!.trekk).toBe(
			3 * tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 7_000 })
		);
		// A third in whole kroner: no rounding, no interpretation.
		expect(r.interpretations).not.toContain('thirdRounding');
	});

	it('18–24 days: a third that is not whole kroner is rounded down (interpretation)', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [{ from: '2026-03-01', to: '2026-03-24', amount: 21_002 }]
		});
		expect(r.payments[0]!.trekk).toBe(
			3 * tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 7_000 })
		);
		expect(r.interpretations).toContain('thirdRounding');
		expect(r.payments[0]!.steps.find((s) => s.id === 'payments.periodThird')).toMatchObject({
			values: { thirdKr: 7_000, cumulativeKr: 21_002 },
			interpretation: true
		});
	});

	it('1–4 days: the day tables (interpretation)', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [{ from: '2026-03-02', to: '2026-03-04', amount: 2_400 }]
		});
		expect(r.payments[0]!.period).toBe('3days');
		expect(r.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: '3days', amount: 2_400 })
		);
		expect(r.interpretations).toContain('dayTables');
	});
});

describe('the month recalculated at every payment (§3)', () => {
	it('the spec’s example: 3 377 then 6 427 − 3 377 = 3 050', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000 },
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000 }
			]
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([3_377, 3_050]);
		expect(r.payments[1]!.parts[0]).toMatchObject({
			period: 'month',
			cumulativeDays: 28,
			cumulativeAmount: 30_000,
			monthTotal: 6_427,
			withheldEarlier: 3_377,
			nth: 2
		});
		expect(r.payments[0]!.reason.id).toBe('payments.reason.firstInMonth');
		expect(r.payments[1]!.reason.id).toBe('payments.reason.laterInMonth');
	});

	it('a payment alone in its month is not called the first', () => {
		const r = run({ benefit: 'uforetrygd', payments: monthly(2026, 25_000, [1]) });
		expect(r.payments[0]!.reason).toMatchObject({
			id: 'payments.reason.onlyInMonth',
			values: { forMonth: 1, period: 'month' }
		});
	});

	it('results come back in input order, computed in the order paid', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000, paidOn: '2026-03-31' },
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, paidOn: '2026-03-17' }
			]
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([3_050, 3_377]);
	});

	it('a period over two months is split by calendar days; each part joins its month (interpretation)', () => {
		const r = run({
			benefit: 'aap',
			payments: [{ from: '2026-03-23', to: '2026-04-05', amount: 14_000 }]
		});
		const p = r.payments[0]!;
		expect(p.parts.map((x) => [x.month, x.days, x.amount])).toEqual([
			[3, 9, 9_000],
			[4, 5, 5_000]
		]);
		expect(p.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 9_000 }) +
				tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 5_000 })
		);
		expect(r.interpretations).toContain('splitMonths');
	});

	it('never gives back: a lower month total withholds 0 (interpretation)', () => {
		// 10 days at a high amount, then more days at 0 kr: the month table on the same sum is lower.
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-01', to: '2026-03-10', amount: 20_000 },
				{ from: '2026-03-11', to: '2026-03-31', amount: 0 }
			]
		});
		expect(r.payments[1]!.trekk).toBe(0);
		expect(r.interpretations).toContain('noNegative');
	});
});

describe('June and December per benefit (§4)', () => {
	const rulesFor = (benefit: Benefit, extra: Partial<WithholdInput> = {}) =>
		run({ benefit, payments: monthly(2026, 25_000), ...extra }).months.map((m) => m.rule);

	it('uføretrygd: June trekkfri, December half', () => {
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'table', table: '8010' },
			payments: monthly(2026, 25_000)
		});
		const full = tabelltrekk({ year: 2026, table: '8010', period: 'month', amount: 25_000 });
		expect(r.months[5]).toMatchObject({ trekk: 0, rule: 'trekkfri' });
		expect(r.months[11]).toMatchObject({ trekk: Math.round(full / 2), rule: 'half' });
		expect(r.months[0]).toMatchObject({ trekk: full, rule: 'ordinary' });
	});

	it.each<[Benefit, string, string]>([
		['alderspensjon', 'ordinary', 'trekkfri'],
		['afp', 'ordinary', 'trekkfri'],
		['foreldrepenger', 'ordinary', 'half'],
		['introduksjonsstonad', 'ordinary', 'trekkfri'],
		['kvalifiseringsstonad', 'trekkfri', 'half'],
		['overgangsstonad', 'trekkfri', 'half'],
		['pleiepenger', 'ordinary', 'half'],
		['supplerende-stonad', 'ordinary', 'half'],
		['sykepenger', 'ordinary', 'half'],
		['ventelonn', 'trekkfri', 'half'],
		['gjenlevende', 'ordinary', 'trekkfri'],
		['tidligere-familiepleier', 'ordinary', 'trekkfri']
	])('%s: June %s, December %s', (benefit, june, december) => {
		const rules = rulesFor(benefit);
		expect([rules[5], rules[11]]).toEqual([june, december]);
	});

	it('gjenlevende with uføretrygd: June trekkfri', () => {
		expect(rulesFor('gjenlevende', { withUforetrygd: true })[5]).toBe('trekkfri');
	});

	it('half rounds half up to whole kroner', () => {
		const full = tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 30_100 });
		const r = run({
			benefit: 'foreldrepenger',
			payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 30_100 }]
		});
		expect(r.payments[0]!.trekk).toBe(Math.floor(full / 2 + 0.5));
	});

	it('AAP: the first two meldeperioder paid in June and the first in December are trekkfri', () => {
		const payments = [];
		for (let start = Date.UTC(2026, 0, 5); ; start += 14 * 86_400_000) {
			const end = start + 13 * 86_400_000;
			if (end > Date.UTC(2026, 11, 29)) break;
			const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
			payments.push({
				from: iso(start),
				to: iso(end),
				amount: 12_000,
				paidOn: iso(end + 86_400_000)
			});
		}
		const r = run({ benefit: 'aap', payments });
		const free = r.payments.filter((p) => p.rule === 'trekkfri').map((p) => p.paidOn);
		const june = r.payments.filter((p) => p.paidOn.startsWith('2026-06')).map((p) => p.paidOn);
		const december = r.payments.filter((p) => p.paidOn.startsWith('2026-12')).map((p) => p.paidOn);
		expect(free).toEqual([...june.slice(0, 2), december[0]]);
		for (const p of r.payments.filter((x) => x.rule === 'trekkfri')) expect(p.trekk).toBe(0);
		expect(r.interpretations).toContain('meldeperiodeFallback');
		// Dagpenger: June is ordinary, only the first December meldeperiode is trekkfri.
		const d = run({ benefit: 'dagpenger', payments });
		expect(d.payments.filter((p) => p.rule === 'trekkfri').map((p) => p.paidOn)).toEqual([
			december[0]
		]);
	});

	it('a percentage card withholds its percentage in every month (interpretation)', () => {
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'percent', percent: 30 },
			payments: monthly(2026, 20_000)
		});
		expect(new Set(r.months.map((m) => m.trekk))).toEqual(new Set([6_000]));
		expect(r.interpretations).toContain('percentAllMonths');
	});
});

describe('other tax cards (§1)', () => {
	const one = (card: Card, benefit: Benefit = 'aap', amount = 10_000) =>
		run({ benefit, card, payments: [{ from: '2026-03-01', to: '2026-03-31', amount }] })
			.payments[0]!.trekk;

	it('no tax card: 50 %, pension 30 %, barnepensjon 17 %', () => {
		expect(one({ kind: 'none' })).toBe(5_000);
		expect(one({ kind: 'none' }, 'alderspensjon')).toBe(3_000);
		expect(one({ kind: 'none' }, 'barnepensjon')).toBe(1_700);
		// Supplerende stønad is pension-type (NAV groups it with pension).
		expect(one({ kind: 'none' }, 'supplerende-stonad')).toBe(3_000);
	});

	it('kildeskatt 15 %; Svalbard 15.70 % (wage-type, uføretrygd) and 13 % (pension)', () => {
		expect(one({ kind: 'kildeskatt' }, 'uforetrygd')).toBe(1_500);
		expect(one({ kind: 'svalbard' }, 'uforetrygd', 10_001)).toBe(1_570);
		expect(one({ kind: 'svalbard' }, 'alderspensjon')).toBe(1_300);
	});

	it('frikort with a limit: nothing until the limit, then 50 % of what is above', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'frikort', limit: 60_000 },
			payments: monthly(2026, 25_000, [1, 2, 3, 4])
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([0, 0, 7_500, 12_500]);
		expect(one({ kind: 'frikort' })).toBe(0);
	});
});

describe('voluntary extra withholding', () => {
	it('kroner a month, once a month, also in a trekkfri June', () => {
		const r = run({
			benefit: 'uforetrygd',
			payments: monthly(2026, 25_000),
			extra: { kroner: 1_000 }
		});
		expect(r.months[5]!.trekk).toBe(1_000);
		const two = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, paidOn: '2026-03-17' },
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000, paidOn: '2026-03-31' }
			],
			extra: { kroner: 500 }
		});
		expect(two.payments.map((p) => p.extraTrekk)).toEqual([500, 0]);
	});

	it('percent of each payment', () => {
		const r = run({ benefit: 'aap', payments: monthly(2026, 10_000, [3]), extra: { percent: 5 } });
		expect(r.payments[0]!.extraTrekk).toBe(500);
	});
});

describe('bad input is a typed error per field, never a crash', () => {
	const issuesOf = (input: unknown) => {
		try {
			withholdPayments(input as WithholdInput);
		} catch (e) {
			expect(e).toBeInstanceOf(EngineError);
			return (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
		}
		return [];
	};

	it('collects every problem', () => {
		expect(
			issuesOf({
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
			issuesOf({
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
			issuesOf({ year: 2026, benefit: 'aap', card: { kind: 'table', table: '7100' }, payments: [] })
		).toEqual(['card.table:unknownTable']);
		expect(issuesOf({ year: 2024, benefit: 'aap', card: T8000, payments: [] })).toEqual([
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
});

describe('invariants (property tests)', () => {
	const amountArb = fc.integer({ min: 0, max: 150_000 });

	it('several payments covering a whole month add up to the month table on the month’s total', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('8000', '8100', '9050', '7300', '6300', '7150'),
				fc.integer({ min: 1, max: 11 }).filter((m) => m !== 6),
				fc.uniqueArray(fc.integer({ min: 2, max: 28 }), { maxLength: 4 }),
				fc.array(amountArb, { minLength: 5, maxLength: 5 }),
				(table, month, cuts, amounts) => {
					const mm = String(month).padStart(2, '0');
					const last = new Date(Date.UTC(2026, month, 0)).getUTCDate();
					const starts = [1, ...[...cuts].sort((a, b) => a - b)];
					const payments = starts.map((d, i) => ({
						from: `2026-${mm}-${String(d).padStart(2, '0')}`,
						to: `2026-${mm}-${String((starts[i + 1] ?? last + 1) - 1).padStart(2, '0')}`,
						amount: amounts[i]!
					}));
					const r = withholdPayments({
						year: 2026,
						benefit: 'pleiepenger', // no meldeperioder; months 1–11 are ordinary for it
						card: { kind: 'table', table },
						payments
					});
					const total = payments.reduce((s, p) => s + p.amount, 0);
					const sum = r.payments.reduce((s, p) => s + p.trekk, 0);
					const monthTable = tabelltrekk({ year: 2026, table, period: 'month', amount: total });
					// Equal, unless a later recalculation fell below what was already taken (never paid
					// back) or a tiny payment could not carry its share (never above the payment).
					const capped = r.payments.some((p) => p.capped);
					if (!capped && !r.interpretations.includes('noNegative')) expect(sum).toBe(monthTable);
					if (!capped) expect(sum).toBeGreaterThanOrEqual(monthTable);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('trekkfri periods withhold only the voluntary extra; nothing exceeds its payment', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...BENEFIT_IDS),
				fc.integer({ min: 0, max: 80_000 }),
				fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
				(benefit, amount, kroner) => {
					const r = withholdPayments({
						year: 2026,
						benefit,
						card: T8000,
						payments: monthly(2026, amount),
						...(kroner !== undefined ? { extra: { kroner } } : {})
					});
					for (const p of r.payments) {
						expect(p.trekk).toBeGreaterThanOrEqual(0);
						expect(p.trekk).toBeLessThanOrEqual(p.gross);
						expect(Number.isInteger(p.trekk)).toBe(true);
						if (p.rule === 'trekkfri')
							expect(p.trekk).toBe(Math.min(p.extraTrekk, Math.floor(p.gross)));
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

// ---------------------------------------------------------------------------------------------

const issuesFor = (input: unknown): string[] => {
	try {
		withholdPayments(input as WithholdInput);
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		return e.issues.map((i) => `${i.field}:${i.code}`);
	}
	return [];
};

describe('input checks, beyond the basics', () => {
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
});

describe('months: splits, back payments, trekkfri meldeperioder', () => {
	it('a period over three months: parts by calendar days that add up to the payment to the øre', () => {
		const r = run({
			benefit: 'aap',
			payments: [{ from: '2026-01-25', to: '2026-03-02', amount: 10_000.01 }]
		});
		const parts = r.payments[0]!.parts;
		expect(parts.map((p) => [p.month, p.days])).toEqual([
			[1, 7],
			[2, 28],
			[3, 2]
		]);
		expect(parts.map((p) => p.amount)).toEqual([1_891.89, 7_567.57, 540.55]);
		expect(r.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'week', amount: 1_891 }) +
				tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 7_567 }) +
				tabelltrekk({ year: 2026, table: '8000', period: '2days', amount: 540 })
		);
		expect(r.interpretations).toEqual(
			expect.arrayContaining(['splitMonths', 'wholeKroner', 'dayTables'])
		);
	});

	it('a back payment for an earlier month joins that month’s recalculation (interpretation)', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, paidOn: '2026-03-17' },
				{ from: '2026-03-16', to: '2026-03-29', amount: 15_000, paidOn: '2026-06-10' }
			]
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([3_377, 3_050]);
		expect(r.interpretations).toContain('lateForMonth');
		expect(r.months[5]).toMatchObject({ gross: 15_000, trekk: 3_050 });
	});

	it('AAP December: the trekkfri meldeperiode stays out of the next one’s recalculation', () => {
		const r = run({
			benefit: 'aap',
			payments: [
				{ from: '2026-11-09', to: '2026-11-22', amount: 12_000, paidOn: '2026-11-24' },
				{ from: '2026-11-23', to: '2026-12-06', amount: 12_000, paidOn: '2026-12-08' },
				{ from: '2026-12-07', to: '2026-12-20', amount: 12_000, paidOn: '2026-12-22' }
			]
		});
		const [nov, free, dec] = r.payments;
		expect(free).toMatchObject({ trekk: 0, rule: 'trekkfri', ruleWhy: 'meldeperiode' });
		// Paid 8 December, mostly November's days: named by December, the month it is paid in.
		expect(free!.reason).toMatchObject({
			id: 'payments.reason.meldeperiodeTrekkfri',
			values: { paidMonth: 12 }
		});
		// December's only counted part: 14 days, 12 000 kr, the 14-day table.
		expect(dec!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 12_000 })
		);
		expect(dec!.parts[0]).toMatchObject({ cumulativeDays: 14, withheldEarlier: 0, nth: 2 });
		expect(dec!.reason.id).toBe('payments.reason.onlyInMonth');
		expect(dec!.steps.find((s) => s.id === 'payments.trekkfriLeftOut')).toMatchObject({
			values: { forMonth: 12, leftOutDays: 6 },
			interpretation: true
		});
		// November's recalculation, likewise, leaves the trekkfri days of 23–30 November out.
		expect(nov!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 12_000 })
		);
		expect(r.interpretations).toEqual(
			expect.arrayContaining(['meldeperiodeFallback', 'trekkfriOutsideMonth'])
		);
	});

	it('sykepenger for December paid before December: ordinary, and says why', () => {
		const r = run({
			benefit: 'sykepenger',
			payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 30_000, paidOn: '2026-11-30' }]
		});
		expect(r.payments[0]).toMatchObject({
			rule: 'ordinary',
			ruleWhy: 'sykepengerNotPaidInDecember',
			trekk: tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 30_000 })
		});
	});

	it('sykepenger for December paid in January: ordinary, said, and outside the year totals', () => {
		const r = run({
			benefit: 'sykepenger',
			extra: { kroner: 500 },
			payments: [
				{ from: '2026-11-01', to: '2026-11-30', amount: 30_000, paidOn: '2026-12-05' },
				{ from: '2026-12-01', to: '2026-12-14', amount: 14_000, paidOn: '2026-12-16' },
				{ from: '2026-12-15', to: '2026-12-31', amount: 17_000, paidOn: '2027-01-06' }
			]
		});
		const [nov, dec1, dec2] = r.payments;
		const month = (amount: number) =>
			tabelltrekk({ year: 2026, table: '8000', period: 'month', amount });
		// The first December part is paid in December: half, and December's extra is taken there.
		expect(dec1).toMatchObject({ rule: 'half', extraTrekk: 0 });
		expect(nov!.extraTrekk).toBe(500);
		// Paid in January: the whole month recalculated as ordinary, minus what was withheld.
		expect(dec2).toMatchObject({ rule: 'ordinary', ruleWhy: 'sykepengerNotPaidInDecember' });
		expect(dec2!.taxTrekk).toBe(month(31_000) - dec1!.taxTrekk);
		expect(dec2!.extraTrekk).toBe(0);
		const ids = dec2!.steps.map((st) => st.id);
		expect(ids).toEqual(
			expect.arrayContaining(['payments.paidNextYear', 'payments.extraEndsWithYear'])
		);
		expect(
			dec2!.steps.find((st) => st.id === 'payments.sykepengerNotPaidInDecember')!.values
		).toEqual({ paidMonth: 1 });
		expect(r.interpretations).toContain('paidNextYear');
		expect(r.totals.gross).toBe(44_000);
		expect(r.totals.trekk).toBe(nov!.trekk + dec1!.trekk);
		expect(r.paidNextYear).toEqual({
			count: 1,
			gross: 17_000,
			trekk: dec2!.trekk,
			net: 17_000 - dec2!.trekk
		});
		expect(r.months[0]!.gross).toBe(0);
	});

	it('overgangsstønad below 50 %: the card’s percentage, not the table (nav-payments.md §1)', () => {
		const card: Card = { kind: 'table', table: '8000', percent: 30 };
		const r = run({
			benefit: 'overgangsstonad',
			card,
			payments: [...monthly(2026, 11_120, [3]), ...monthly(2026, 11_121, [4])]
		});
		const [below, atLimit] = r.payments;
		expect(below).toMatchObject({ method: 'percent', trekk: 3_336, parts: [] });
		expect(below!.reason).toMatchObject({
			id: 'payments.reason.belowHalf',
			values: { ratePct: 30 }
		});
		expect(below!.steps.map((st) => st.id)).toContain('payments.belowHalf');
		expect(atLimit).toMatchObject({
			method: 'table',
			trekk: tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 11_121 })
		});
		// Without the percentage the table is used, and that is said to be our choice.
		const none = run({ benefit: 'overgangsstonad', payments: monthly(2026, 8_000, [3]) });
		expect(none.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 8_000 })
		);
		expect(none.interpretations).toContain('belowHalfTable');
		// Other benefits keep the table, whatever the amount.
		const aap = run({ benefit: 'aap', card, payments: monthly(2026, 8_000, [3]) });
		expect(aap.payments[0]!.method).toBe('table');
		expect(() =>
			run({
				benefit: 'overgangsstonad',
				card: { kind: 'table', table: '8000', percent: 101 },
				payments: monthly(2026, 8_000, [3])
			})
		).toThrow(EngineError);
	});

	it('a payment date two years on is refused', () => {
		expect(() =>
			run({
				benefit: 'sykepenger',
				payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 1_000, paidOn: '2028-01-06' }]
			})
		).toThrow(EngineError);
	});

	it('why a rule applies: benefit month, gjenlevende with uføretrygd, barnepensjon not listed', () => {
		const why = (input: Partial<WithholdInput> & Pick<WithholdInput, 'benefit'>) =>
			run({ payments: monthly(2026, 20_000, [6, 12]), ...input }).payments.map((p) => [
				p.rule,
				p.ruleWhy
			]);
		expect(why({ benefit: 'uforetrygd' })).toEqual([
			['trekkfri', 'benefitMonth'],
			['half', 'benefitMonth']
		]);
		expect(why({ benefit: 'gjenlevende', withUforetrygd: true })).toEqual([
			['trekkfri', 'withUforetrygd'],
			['trekkfri', 'benefitMonth']
		]);
		expect(why({ benefit: 'barnepensjon' })).toEqual([
			['ordinary', 'notListed'],
			['ordinary', 'notListed']
		]);
		expect(why({ benefit: 'uforetrygd', card: { kind: 'percent', percent: 20 } })).toEqual([
			['ordinary', 'notTableCard'],
			['ordinary', 'notTableCard']
		]);
	});
});

describe('cards in June and December', () => {
	it('kildeskatt and Svalbard are ordinary in December (a fact, not an assumption)', () => {
		for (const card of [{ kind: 'kildeskatt' }, { kind: 'svalbard' }] as Card[]) {
			const r = run({ benefit: 'alderspensjon', card, payments: monthly(2026, 20_000, [12]) });
			expect(r.payments[0]!.steps.map((s) => s.id)).toContain('payments.ordinaryJuneDecember');
			expect(r.interpretations).toEqual(['paidOnAssumed'].filter(() => false));
		}
	});

	it('no card in June: the same 50 %, said as an assumption', () => {
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'none' },
			payments: monthly(2026, 20_000, [6])
		});
		expect(r.payments[0]!.trekk).toBe(10_000);
		expect(r.interpretations).toEqual(['percentAllMonths']);
	});

	it('frikort: the payment that crosses the limit pays 50 % of the part above it, rounded half up', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'frikort', limit: 30_000.5 },
			payments: monthly(2026, 20_000, [1, 2])
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([0, 5_000]);
		expect(r.payments[1]!.reason.id).toBe('payments.reason.frikortAbove');
	});

	it('a 100 % card on an amount with øre never withholds more than the payment', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'percent', percent: 100 },
			payments: [{ from: '2026-03-01', to: '2026-03-31', amount: 10.5 }]
		});
		expect(r.payments[0]).toMatchObject({ trekk: 10, net: 0.5, capped: true });
	});
});

describe('voluntary extra withholding within the payment', () => {
	it('kroner a month: what a small payment cannot carry comes from the next payment that month', () => {
		const r = run({
			benefit: 'dagpenger',
			payments: [
				{ from: '2026-03-01', to: '2026-03-02', amount: 300, paidOn: '2026-03-03' },
				{ from: '2026-03-03', to: '2026-03-16', amount: 15_000, paidOn: '2026-03-17' },
				{ from: '2026-03-17', to: '2026-03-30', amount: 15_000, paidOn: '2026-03-31' }
			],
			extra: { kroner: 1_000 }
		});
		const [a, b, c] = r.payments;
		expect(a!.trekk).toBe(300);
		expect(a!.extraTrekk).toBe(300 - a!.taxTrekk);
		expect(a!.steps.map((s) => s.id)).toContain('payments.extraShort');
		expect(a!.extraTrekk + b!.extraTrekk).toBe(1_000);
		expect(c!.extraTrekk).toBe(0);
		expect(r.totals.extra).toBe(1_000);
		expect(r.interpretations).toContain('extraOncePerMonth');
	});

	it('the tax comes first, the extra takes what is left', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'none' },
			payments: monthly(2026, 1_000, [3]),
			extra: { percent: 60 }
		});
		expect(r.payments[0]).toMatchObject({ taxTrekk: 500, extraTrekk: 500, trekk: 1_000, net: 0 });
	});

	it('extra kroner in a trekkfri December (alderspensjon)', () => {
		const r = run({
			benefit: 'alderspensjon',
			payments: monthly(2026, 25_000, [11, 12]),
			extra: { kroner: 750 }
		});
		expect(r.months[11]!.trekk).toBe(750);
		expect(r.payments[1]).toMatchObject({ taxTrekk: 0, extraTrekk: 750, rule: 'trekkfri' });
	});
});

// ---------------------------------------------------------------------------------------------

/** A random year of non-overlapping payments, some with a paid date, some with øre. */
const scheduleArb = fc
	.tuple(
		fc.uniqueArray(fc.integer({ min: 1, max: 364 }), { minLength: 1, maxLength: 30 }),
		fc.array(
			fc.record({
				amount: fc.oneof(
					fc.integer({ min: 0, max: 120_000 }),
					fc.integer({ min: 0, max: 12_000_000 }).map((o) => o / 100)
				),
				gap: fc.boolean(),
				delay: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined })
			}),
			{ minLength: 31, maxLength: 31 }
		)
	)
	.map(([cuts, rows]) => {
		const starts = [0, ...cuts.sort((a, b) => a - b)];
		const iso = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
		return starts
			.map((s, i) => ({ s, e: (starts[i + 1] ?? 365) - 1, row: rows[i]! }))
			.filter((x) => !x.row.gap)
			.map(({ s, e, row }) => ({
				from: iso(s),
				to: iso(e),
				amount: row.amount,
				...(row.delay !== undefined ? { paidOn: iso(Math.min(e + row.delay, 364)) } : {})
			}));
	});

const cardArb: fc.Arbitrary<Card> = fc.oneof(
	fc
		.constantFrom('8000', '8250', '9100', '7350', '7700', '6500', '0100')
		.map((table) => ({ kind: 'table', table }) as Card),
	fc
		.double({ min: 0, max: 100, noNaN: true })
		.map((percent) => ({ kind: 'percent', percent }) as Card),
	fc
		.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined })
		.map(
			(limit) => (limit === undefined ? { kind: 'frikort' } : { kind: 'frikort', limit }) as Card
		),
	fc.constantFrom<Card>({ kind: 'none' }, { kind: 'kildeskatt' }, { kind: 'svalbard' })
);

const extraArb = fc.option(
	fc.oneof(
		fc.integer({ min: 0, max: 5_000 }).map((kroner) => ({ kroner })),
		fc.double({ min: 0, max: 100, noNaN: true }).map((percent) => ({ percent }))
	),
	{ nil: undefined }
);

describe('invariants on random years (property tests)', () => {
	it('whole kroner, never negative, never above the payment; the parts, months and totals add up', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...BENEFIT_IDS),
				cardArb,
				scheduleArb,
				extraArb,
				fc.constantFrom<'odd' | 'even' | undefined>('odd', 'even', undefined),
				fc.boolean(),
				(benefit, card, payments, extra, meldekortWeeks, withUforetrygd) => {
					const r = withholdPayments({
						year: 2026,
						benefit,
						card,
						payments,
						...(extra ? { extra } : {}),
						...(meldekortWeeks ? { meldekortWeeks } : {}),
						withUforetrygd
					});
					expect(r.payments).toHaveLength(payments.length);
					let trekk = 0;
					for (const [i, p] of r.payments.entries()) {
						expect(p.index).toBe(i);
						expect(p.from).toBe(payments[i]!.from);
						for (const n of [p.trekk, p.taxTrekk, p.extraTrekk]) {
							expect(Number.isInteger(n)).toBe(true);
							expect(n).toBeGreaterThanOrEqual(0);
						}
						expect(p.trekk).toBe(p.taxTrekk + p.extraTrekk);
						expect(p.trekk).toBeLessThanOrEqual(Math.floor(p.gross));
						expect(p.net).toBeCloseTo(p.gross - p.trekk, 2);
						if (card.kind === 'table') {
							expect(p.parts.reduce((s, x) => s + x.trekk, 0)).toBe(p.taxTrekk);
							expect(p.parts.reduce((s, x) => s + x.days, 0)).toBe(p.days);
							for (const x of p.parts) expect(x.trekk).toBeLessThanOrEqual(Math.floor(x.amount));
						}
						if (p.rule === 'trekkfri' && p.parts.length === 1) expect(p.taxTrekk).toBe(0);
						expect(p.interpretation).toBe(p.steps.some((s) => s.interpretation === true));
						// Paid next year (a period ending 31 December without a date): outside the totals.
						if (p.paidOn.startsWith('2026')) trekk += p.trekk;
					}
					expect(r.totals.trekk).toBe(trekk);
					expect(r.months.reduce((s, m) => s + m.trekk, 0)).toBe(trekk);
					expect(r.months.reduce((s, m) => s + m.gross, 0)).toBeCloseTo(r.totals.gross, 2);
					expect(r.interpretations.length > 0).toBe(r.payments.some((p) => p.interpretation));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('the order given does not matter: each payment gets the same result', () => {
		fc.assert(
			fc.property(cardArb, scheduleArb, extraArb, (card, payments, extra) => {
				const input = {
					year: 2026,
					benefit: 'aap' as const,
					card,
					payments,
					...(extra ? { extra } : {})
				};
				const a = withholdPayments(input);
				const reversed = withholdPayments({ ...input, payments: [...payments].reverse() });
				expect([...reversed.payments].reverse().map((p) => p.trekk)).toEqual(
					a.payments.map((p) => p.trekk)
				);
			}),
			{ numRuns: 150 }
		);
	});
});

/** Runs `fn` with week numbers published for 2026 (test data: 2023's weeks, same parities). */
function withWeeks2026(fn: () => void) {
	const table = MELDEPERIODE_WEEKS as Record<number, MeldeperiodeWeeks>;
	table[2026] = { ...table[2023]!, source: 'test' };
	try {
		fn();
	} finally {
		delete table[2026];
	}
}

describe('meldeperioder with published week numbers (dated data, §5)', () => {
	it('the listed periods are trekkfri, whatever is paid first; no fallback', () => {
		withWeeks2026(() => {
			// 2026: weeks 47–48 are 16–29 November, 48–49 are 23 November – 6 December.
			const r = run({
				benefit: 'dagpenger',
				meldekortWeeks: 'odd',
				payments: [
					{ from: '2026-11-02', to: '2026-11-15', amount: 12_000, paidOn: '2026-12-01' },
					{ from: '2026-11-16', to: '2026-11-29', amount: 12_000, paidOn: '2026-12-02' },
					{ from: '2026-11-30', to: '2026-12-13', amount: 12_000, paidOn: '2026-12-15' }
				]
			});
			expect(r.payments.map((p) => p.rule)).toEqual(['ordinary', 'trekkfri', 'ordinary']);
			expect(
				r.payments[1]!.steps.find((s) => s.id === 'payments.meldeperiodeListed')
			).toMatchObject({
				values: { forMonth: 12, fromWeek: 47, toWeek: 48 }
			});
			expect(r.interpretations).not.toContain('meldeperiodeFallback');
			// Reporting in even weeks: 48–49 is the trekkfri one instead.
			const even = run({
				benefit: 'aap',
				meldekortWeeks: 'even',
				payments: [
					{ from: '2026-11-09', to: '2026-11-22', amount: 12_000 },
					{ from: '2026-11-23', to: '2026-12-06', amount: 12_000 },
					{ from: '2026-12-07', to: '2026-12-20', amount: 12_000 }
				]
			});
			expect(even.payments.map((p) => p.rule)).toEqual(['ordinary', 'trekkfri', 'ordinary']);
		});
	});
});

describe('every step can be worded', () => {
	const template = (id: string): unknown =>
		id
			.replace(/^payments\./u, '')
			.split('.')
			.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], nbSteps);

	it('each step id has a bokmål sentence whose placeholders its values supply; no sentence unused', () => {
		const seen = new Set<string>();
		const problems = new Set<string>();
		const check = (s: Step) => {
			if (!s.id.startsWith('payments.')) return;
			seen.add(s.id.replace(/^payments\./u, ''));
			const text = template(s.id);
			if (typeof text !== 'string') problems.add(`${s.id}: no sentence`);
			else
				for (const m of text.matchAll(/\{\{(\w+)\}\}/gu))
					if (!(m[1]! in s.values)) problems.add(`${s.id}: no value ${m[1]}`);
		};
		fc.assert(
			fc.property(
				fc.constantFrom(...BENEFIT_IDS),
				cardArb,
				scheduleArb,
				extraArb,
				fc.boolean(),
				(benefit, card, payments, extra, withUforetrygd) => {
					const r = withholdPayments({
						year: 2026,
						benefit,
						card,
						payments,
						withUforetrygd,
						...(extra ? { extra } : {})
					});
					for (const p of r.payments) {
						check(p.reason);
						p.steps.forEach(check);
					}
					for (const i of r.interpretations) seen.add(`interpretation.${i}`);
				}
			),
			// A fixed seed: which sentences the random part reaches must not change from run to run.
			{ numRuns: 400, seed: 20261123 }
		);
		// Rarer paths, made on purpose.
		for (const input of [
			{
				benefit: 'sykepenger',
				payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 9_000, paidOn: '2026-11-30' }]
			},
			{
				benefit: 'sykepenger',
				extra: { kroner: 100 },
				payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 9_000, paidOn: '2027-01-05' }]
			},
			{
				benefit: 'dagpenger',
				payments: [
					{ from: '2026-03-01', to: '2026-03-10', amount: 20_000 },
					{ from: '2026-03-11', to: '2026-03-31', amount: 0 }
				]
			},
			{
				benefit: 'dagpenger',
				payments: [
					{ from: '2026-03-02', to: '2026-03-15', amount: 9_000, paidOn: '2026-03-17' },
					{ from: '2026-03-16', to: '2026-03-29', amount: 9_000, paidOn: '2026-06-10' }
				]
			},
			{
				benefit: 'dagpenger',
				payments: [
					{ from: '2026-03-01', to: '2026-03-02', amount: 300 },
					{ from: '2026-03-03', to: '2026-03-16', amount: 15_000 }
				],
				extra: { kroner: 1_000 }
			},
			{
				benefit: 'aap',
				card: { kind: 'percent', percent: 100 },
				payments: [{ from: '2026-03-01', to: '2026-03-31', amount: 10.5 }],
				extra: { percent: 10 }
			},
			{
				benefit: 'aap',
				payments: [
					{ from: '2026-03-01', to: '2026-03-25', amount: 30_095 },
					{ from: '2026-03-26', to: '2026-03-31', amount: 10 }
				]
			},
			{ benefit: 'gjenlevende', withUforetrygd: true, payments: monthly(2026, 20_000, [6]) },
			{ benefit: 'overgangsstonad', payments: monthly(2026, 9_000, [3]) },
			{
				benefit: 'overgangsstonad',
				card: { kind: 'table', table: '8000', percent: 20 },
				payments: monthly(2026, 9_000, [3])
			},
			{
				// December's first meldeperiode is trekkfri; the next one's recalculation leaves it out.
				benefit: 'dagpenger',
				payments: [
					{ from: '2026-11-23', to: '2026-12-06', amount: 12_000, paidOn: '2026-12-08' },
					{ from: '2026-12-07', to: '2026-12-20', amount: 12_000, paidOn: '2026-12-22' }
				]
			}
		] as Array<Partial<WithholdInput> & Pick<WithholdInput, 'benefit' | 'payments'>>) {
			const r = run(input);
			for (const p of r.payments) {
				check(p.reason);
				p.steps.forEach(check);
			}
			for (const i of r.interpretations) seen.add(`interpretation.${i}`);
		}
		// NAV's published weeks (dated data): the 2023 weeks moved onto 2026's calendar for this run.
		withWeeks2026(() => {
			const r = run({
				benefit: 'aap',
				payments: [{ from: '2026-11-16', to: '2026-11-29', amount: 12_000, paidOn: '2026-12-01' }]
			});
			r.payments[0]!.steps.forEach(check);
		});
		expect([...problems]).toEqual([]);
		const leaves = (o: object, prefix = ''): string[] =>
			Object.entries(o).flatMap(([k, v]) =>
				typeof v === 'string' ? [prefix + k] : leaves(v as object, `${prefix}${k}.`)
			);
		expect(leaves(nbSteps).filter((k) => !seen.has(k))).toEqual([]);
	});
});

describe('the list of interpretations', () => {
	it('names exactly the interpretations that have a sentence', () => {
		expect([...INTERPRETATIONS].sort()).toEqual(Object.keys(nbSteps.interpretation).sort());
	});
});

describe('cost', () => {
	it('a year of 26 payments computes well under 1 ms', () => {
		const payments = [];
		for (let i = 0; i < 26; i++) {
			const start = Date.UTC(2026, 0, 1) + i * 14 * 86_400_000;
			const end = Math.min(start + 13 * 86_400_000, Date.UTC(2026, 11, 31));
			const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
			payments.push({ from: iso(start), to: iso(end), amount: 15_000 + i });
		}
		const input: WithholdInput = {
			year: 2026,
			benefit: 'aap',
			card: T8000,
			payments,
			extra: { kroner: 500 }
		};
		for (let i = 0; i < 200; i++) withholdPayments(input);
		// CPU time, not wall time: the test machine is shared. The best of five batches.
		const batches = Array.from({ length: 5 }, () => {
			const c0 = process.cpuUsage();
			for (let i = 0; i < 100; i++) withholdPayments(input);
			const c = process.cpuUsage(c0);
			return (c.user + c.system) / 1000 / 100;
		});
		const ms = Math.min(...batches);
		// Typically 0.2–0.3 ms.
		expect(ms).toBeLessThan(1);
	});
});

describe('assumed pay dates (nav-payments.md §7)', () => {
	it('December sykepenger without a date are paid in January, not assumed 31 December', () => {
		const r = withholdPayments({
			year: 2026,
			benefit: 'sykepenger',
			card: { kind: 'table', table: '8000' },
			payments: [{ from: '2026-12-01', to: '2026-12-31', amount: 30_000 }]
		});
		const [dec] = r.payments;
		// The first banking day after 31 December 2026: 1 January is a holiday, 2–3 a weekend.
		expect(dec).toMatchObject({ paidOn: '2027-01-04', paidOnAssumed: true, rule: 'ordinary' });
		expect(dec!.steps.map((s) => s.id)).toContain('payments.paidOnAssumed');
		expect(r.interpretations).toEqual(expect.arrayContaining(['paidOnAssumed', 'paidNextYear']));
		// Not half withholding: December sykepenger not paid in December are withheld as usual.
		expect(dec!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 30_000 })
		);
	});

	it('uføretrygd without dates: the 20th or the banking day before, the 12th in December', () => {
		const r = withholdPayments({
			year: 2026,
			benefit: 'uforetrygd',
			card: { kind: 'table', table: '8010' },
			payments: [
				{ from: '2026-06-01', to: '2026-06-30', amount: 20_000 },
				{ from: '2026-12-01', to: '2026-12-31', amount: 20_000 }
			]
		});
		expect(r.payments.map((p) => p.paidOn)).toEqual(['2026-06-19', '2026-12-11']);
		expect(r.payments[1]!.steps.map((s) => s.id)).toContain('payments.paidOnAssumedInMonth');
	});
});
