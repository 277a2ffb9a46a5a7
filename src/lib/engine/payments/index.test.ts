import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nbSteps from '../../i18n/messages/nb/steps/payments';
import { wordingCheck } from '../../i18n/wording.testkit';
import { INTERPRETATIONS } from '../interpretations';
import { BENEFITS, BENEFIT_IDS, type Benefit } from '../nav/benefits';
import { tabelltrekk } from '../tabelltrekk';
import { withholdPayments, type Card, type WithholdInput } from './index';
import { T8000, monthly, run, withWeeks2026 } from './testkit';

describe('results in input order', () => {
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
});

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
	// A table card with its percentage: a back payment for an earlier month is withheld at it (§6).
	fc
		.tuple(
			fc.constantFrom('8000', '8250', '9100', '7350', '7700', '6500', '0100'),
			fc.integer({ min: 0, max: 60 })
		)
		.map(([table, percent]) => ({ kind: 'table', table, percent }) as Card),
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

/** Kildeskatt only with pension and uføretrygd (a wage-type benefit is refused, §1). */
const kildeskattOk = (benefit: Benefit, card: Card) =>
	card.kind !== 'kildeskatt' || BENEFITS[benefit].income === 'pension' || benefit === 'uforetrygd';

const extraArb = fc.option(
	fc.oneof(
		fc.integer({ min: 0, max: 5_000 }).map((kroner) => ({ kroner })),
		fc.double({ min: 0, max: 100, noNaN: true }).map((percent) => ({ percent }))
	),
	{ nil: undefined }
);

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
					fc.pre(kildeskattOk(benefit, card));
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
						if (p.method === 'table') {
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
				fc.pre(card.kind !== 'kildeskatt');
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

describe('every step can be worded', () => {
	it('each step has a sentence in nb, nn and en whose placeholders its values supply; no sentence unused', () => {
		const wording = wordingCheck();
		const check = wording.check;
		fc.assert(
			fc.property(
				fc.constantFrom(...BENEFIT_IDS),
				cardArb,
				scheduleArb,
				extraArb,
				fc.boolean(),
				(benefit, card, payments, extra, withUforetrygd) => {
					fc.pre(kildeskattOk(benefit, card));
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
					for (const i of r.interpretations) wording.use('payments', `interpretation.${i}`);
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
				],
				card: { kind: 'table', table: '8000', percent: 30 }
			},
			{
				benefit: 'aap',
				card: { kind: 'percent', percent: 30 },
				payments: [{ from: '2026-03-02', to: '2026-03-15', amount: 9_000, paidOn: '2026-06-10' }]
			},
			{ benefit: 'barnepensjon', payments: monthly(2026, 5_000, [12]) },
			{ benefit: 'omstillingsstonad', payments: monthly(2026, 20_000, [12]) },
			{ benefit: 'supplerende-stonad', payments: monthly(2026, 20_000, [12]) },
			{
				benefit: 'alderspensjon',
				card: { kind: 'percent', percent: 25 },
				payments: monthly(2026, 20_000, [12])
			},
			{
				benefit: 'uforetrygd',
				card: { kind: 'table', table: '7350' },
				payments: monthly(2026, 20_000, [6])
			},
			{ benefit: 'overgangsstonad', payments: monthly(2026, 20_000, [3]) },
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
			for (const i of r.interpretations) wording.use('payments', `interpretation.${i}`);
		}
		// NAV's published weeks (dated data): the 2023 weeks moved onto 2026's calendar for this run.
		withWeeks2026(() => {
			const r = run({
				benefit: 'aap',
				payments: [{ from: '2026-11-16', to: '2026-11-29', amount: 12_000, paidOn: '2026-12-01' }]
			});
			r.payments[0]!.steps.forEach(check);
		});
		expect(wording.problems()).toEqual([]);
		expect(wording.unused('payments')).toEqual([]);
	});
});

describe('the list of interpretations', () => {
	it('names exactly the interpretations that have a sentence', () => {
		expect([...INTERPRETATIONS].sort()).toEqual(Object.keys(nbSteps.interpretation).sort());
	});

	it('each is described in docs/nav-payments.md, by its id', () => {
		const doc = readFileSync(new URL('../../../../docs/nav-payments.md', import.meta.url), 'utf8');
		expect(INTERPRETATIONS.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
	});
});

describe('assumed pay dates (docs/nav-payments.md §7)', () => {
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
