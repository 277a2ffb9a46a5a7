import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { BENEFIT_IDS, type Benefit } from './nav/benefits';
import { periodForDays, withholdPayments, type Card, type WithholdInput } from './payments';
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
