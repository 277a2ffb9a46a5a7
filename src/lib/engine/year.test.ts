import { describe, expect, it } from 'vitest';
import { wordingCheck } from '../i18n/wording.testkit';
import { EngineError } from './errors';
import { monthTableTrekk, withholdPayments, type PaymentInput } from './payments';
import type { Step } from './steps';
import { yourYear, type IncomeSource, type YourYearInput } from './year';

// A person's year (docs/annual-and-back-payments.md §2, §2b), worked by hand for 2026: personfradrag
// 114 540; minstefradrag 46 % up to 95 700; trinn 1 1.7 % from 226 100, trinn 2 4 % from 318 300;
// trygdeavgift 7.6 % (wage), 5.1 % (pension).

/** Monthly payments for months `from`–`to` of 2026, paid on the 20th. */
function months(amount: number, from = 1, to = 12, year = 2026): PaymentInput[] {
	return Array.from({ length: to - from + 1 }, (_, k) => {
		const i = from - 1 + k;
		const mm = String(i + 1).padStart(2, '0');
		const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
		return {
			from: `${year}-${mm}-01`,
			to: `${year}-${mm}-${last}`,
			amount,
			paidOn: `${year}-${mm}-20`
		};
	});
}

const ufore = (table: string, amount = 25_000): IncomeSource => ({
	withholding: {
		by: 'nav',
		benefit: 'uforetrygd',
		card: { kind: 'table', table },
		payments: months(amount)
	}
});

const navWithheld = (table: string, amount = 25_000) =>
	withholdPayments({
		year: 2026,
		benefit: 'uforetrygd',
		card: { kind: 'table', table },
		payments: months(amount)
	}).totals.trekk;

const ids = (steps: Step[]) => steps.map((s) => s.id);

describe('the table number as evidence', () => {
	it('uføretrygd 25 000 a month on 8110: the 110 000 deduction is the default, not a 19 411 restskatt', () => {
		// 300 000 − 95 700 − 110 000 = 94 300: below the personfradrag, so no tax on alminnelig
		// inntekt; trinnskatt 73 900 × 1.7 % = 1 256.3 → 1 256; trygdeavgift 22 800: 24 056.
		const w = navWithheld('8110');
		const r = yourYear({ year: 2026, sources: [ufore('8110')] });
		expect(r.annual!.total).toBe(24_056);
		expect(r.withheld).toBe(w);
		expect(r.outcome!.net).toBe(24_056 - w);
		// The table withholds close to that tax: within a few hundred kroner.
		expect(Math.abs(r.outcome!.net)).toBeLessThan(1_000);
		// Said, and how far it moves: without the deductions the tax is 43 803 (19 747 more).
		expect(r.assumptions[0]).toMatchObject({
			id: 'year.assumption.deductionsFromTable',
			values: { table: '8110', deductionKr: 110_000, deltaKr: 19_747 },
			deltaKr: 19_747,
			inRange: true
		});
		expect(r.outcome).toMatchObject({ low: 24_056 - w, high: 43_803 - w });
		expect(ids(r.steps)).toContain('year.range.mixed');
		expect(ids(r.actions)).toContain('year.action.checkAssumptions');
	});

	it('overridden: the person says there are no deductions; nothing assumed, restskatt 19 411', () => {
		const r = yourYear({ year: 2026, sources: [ufore('8110')], deductions: 0 });
		expect(r.annual!.total).toBe(43_803);
		expect(r.outcome).toMatchObject({ kind: 'restskatt', net: 43_803 - navWithheld('8110') });
		expect(r.outcome!.low).toBe(r.outcome!.high);
		expect(r.assumptions.map((a) => a.id)).not.toContain('year.assumption.deductionsFromTable');
	});

	it('9050: an addition of 50 000 other income, taxed at 22 %', () => {
		// alminnelig 300 000 − 95 700 + 50 000 = 254 300 − 114 540 = 139 760 × 22 % = 30 747.2
		// → 30 747; + 1 256 + 22 800 = 54 803. Without it 43 803: the result 11 000 better.
		const r = yourYear({ year: 2026, sources: [ufore('9050')] });
		expect(r.annual!.total).toBe(54_803);
		expect(r.assumptions[0]).toMatchObject({
			id: 'year.assumption.capitalFromTable',
			values: { additionKr: 50_000, deltaKr: 11_000 },
			deltaKr: -11_000
		});
		expect(r.outcome!.low).toBe(r.outcome!.net - 11_000);
	});
});

describe('two tables', () => {
	it('two payers both on table 8000: the cost, a new tax card, and the extra withholding', () => {
		// Alone: 300 000 → 43 803; 200 000 → 92 000 minstefradrag, 108 000 below the
		// personfradrag, trinnskatt 0, trygdeavgift 15 200 → 15 200.
		// Together 500 000: (500 000 − 95 700 − 114 540) × 22 % = 63 747.2 → 63 747; trinnskatt
		// 92 200 × 1.7 % = 1 567.4 + 181 700 × 4 % = 7 268 → 8 835; trygdeavgift 38 000 → 110 582.
		// Cost of the second table: 110 582 − 43 803 − 15 200 = 51 579.
		const input: YourYearInput = {
			year: 2026,
			sources: [
				{ kind: 'wage', amount: 300_000, withholding: { by: 'table', table: '8000' } },
				{ kind: 'wage', amount: 200_000, withholding: { by: 'table', table: '8000' } }
			],
			fromMonth: 7
		};
		const r = yourYear(input);
		const w1 = Math.round(monthTableTrekk(2026, '8000', 25_000) * 10.5);
		const w2 = Math.round(monthTableTrekk(2026, '8000', 200_000 / 12) * 10.5);
		expect(r.sources.map((s) => s.withheld)).toEqual([w1, w2]);
		expect(r.annual!.total).toBe(110_582);
		expect(r.outcome).toMatchObject({ kind: 'restskatt', net: 110_582 - w1 - w2 });
		expect(r.drivers[0]).toMatchObject({
			id: 'year.driver.twoTables',
			values: { count: 2, costKr: 51_579 }
		});
		// Months are left, so the tax card still counts; NAV pays nothing here, so there is no
		// extra withholding to ask NAV for.
		expect(r.actions).toEqual([expect.objectContaining({ id: 'year.action.newTaxCardTwoTables' })]);
		// No deductions were known and no table says otherwise: none, said, with what 10 000 would do.
		expect(r.assumptions[0]).toMatchObject({
			id: 'year.assumption.noDeductions',
			values: { stepKr: 10_000, lowerKr: 2_200 },
			inRange: false
		});
	});
});

describe('pension', () => {
	it('alderspensjon 25 000 a month on a 10 % card: the credit assumed, tilgode, and how far it moves', () => {
		// 300 000 of pension: 40 769 before the credit, 37 992 credit, tax 2 777 (pension-credit
		// test). A 10 % card withholds 2 500 every month: 30 000. Tilgode 27 223.
		const r = yourYear({
			year: 2026,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'alderspensjon',
						card: { kind: 'percent', percent: 10 },
						payments: months(25_000)
					}
				}
			]
		});
		expect(r.sources[0]).toMatchObject({ kind: 'pension', amount: 300_000, withheld: 30_000 });
		expect(r.annual!.total).toBe(2_777);
		expect(r.outcome).toMatchObject({ kind: 'tilgode', amount: 27_223, net: -27_223 });
		expect(r.assumptions.find((a) => a.id === 'year.assumption.pensionCredit')).toMatchObject({
			values: { creditKr: 37_992, deltaKr: 37_992 },
			inRange: false
		});
		expect(ids(r.actions)).toEqual(['year.action.lowerWithholding']);
	});

	it('part year and graded pension terms are passed on; then nothing is assumed about them', () => {
		// Wages January–June 300 000 by a known 90 000 withheld; alderspensjon 150 000 for six
		// months at 15 000 withheld: tax 71 036 (pension-credit test, part year).
		const r = yourYear({
			year: 2026,
			deductions: 0,
			birthYear: 1959,
			sources: [
				{ kind: 'wage', amount: 300_000, withholding: { by: 'known', withheld: 90_000 } },
				{
					kind: 'pension',
					amount: 150_000,
					pensionCredit: { months: 6, gradePct: 100 },
					withholding: { by: 'known', withheld: 15_000 }
				}
			]
		});
		expect(r.annual!.total).toBe(71_036);
		expect(r.outcome).toMatchObject({ kind: 'tilgode', net: 71_036 - 105_000 });
		expect(r.assumptions).toEqual([]);
	});

	it('a pension without the credit (tjenestepensjon) pays the full tax', () => {
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [
				{ kind: 'pensionNoCredit', amount: 300_000, withholding: { by: 'known', withheld: 0 } }
			]
		});
		expect(r.annual!.total).toBe(40_769);
		expect(r.annual!.pensionCreditStatus).toBe('notQualifying');
	});
});

describe('drivers', () => {
	it('a percentage too low: 10 % on 400 000 of wages', () => {
		// (400 000 − 95 700 − 114 540) × 22 % = 41 747.2 → 41 747; trinnskatt 1 567.4 + 81 700 ×
		// 4 % = 3 268 → 4 835; trygdeavgift 30 400: 76 982, 19.25 % on average → 19.3 needed;
		// 9.3 % × 400 000 = 37 200 too little. Restskatt 76 982 − 40 000 = 36 982.
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [{ kind: 'wage', amount: 400_000, withholding: { by: 'percent', percent: 10 } }]
		});
		expect(r.outcome).toMatchObject({ kind: 'restskatt', amount: 36_982 });
		expect(r.drivers).toEqual([
			expect.objectContaining({
				id: 'year.driver.percentTooLow',
				values: { ratePct: 10, neededPct: 19.3, costKr: 37_200 }
			})
		]);
		// A new tax card; no NAV payment to ask an extra withholding of.
		expect(r.actions.map((a) => a.id)).toEqual(['year.action.newTaxCard']);
	});

	it('a NAV benefit on a percentage card set too low', () => {
		// Foreldrepenger 400 000 in the year on a 10 % card: taxed as wages, 76 982 (above), 19.3 % needed.
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'foreldrepenger',
						card: { kind: 'percent', percent: 10 },
						payments: months(400_000 / 12)
					}
				}
			]
		});
		expect(r.drivers.find((d) => d.id === 'year.driver.percentTooLow')).toMatchObject({
			values: { ratePct: 10, neededPct: 19.3 }
		});
	});

	it('back pay for earlier years at 44 %', () => {
		const r = yourYear({
			year: 2026,
			sources: [
				ufore('8110'),
				{
					kind: 'uforetrygd',
					amount: 50_000,
					withholding: { by: 'backPay', benefit: 'uforetrygd' }
				}
			]
		});
		// 44 % of 50 000 = 22 000
		expect(r.sources[1]).toMatchObject({ withheld: 22_000, ratePct: 44 });
		expect(r.drivers.find((d) => d.id === 'year.driver.backPay')).toMatchObject({
			values: { amountKr: 50_000, ratePct: 44, withheldKr: 22_000 }
		});
	});

	it('June and December in a part year: uføretrygd January–June on 8000', () => {
		// June is trekkfri for uføretrygd; six months paid, so June's ordinary withholding is not
		// made up by other months.
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'uforetrygd',
						card: { kind: 'table', table: '8000' },
						payments: months(25_000, 1, 6)
					}
				}
			]
		});
		const june = r.sources[0]!.withholding!.months[5]!;
		expect(r.drivers).toEqual([
			expect.objectContaining({
				id: 'year.driver.juneDecember',
				values: { months: 6, reliefKr: monthTableTrekk(2026, '8000', 25_000) - june.trekk }
			})
		]);
	});

	it('a frikort passed', () => {
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [
				{
					withholding: {
						by: 'nav',
						benefit: 'sykepenger',
						card: { kind: 'frikort', limit: 60_000 },
						payments: months(10_000)
					}
				}
			]
		});
		expect(r.drivers.find((d) => d.id === 'year.driver.frikortPassed')).toMatchObject({
			values: { limitKr: 60_000, incomeKr: 120_000 }
		});
	});

	it('no month left: no extra withholding; an additional advance by 31 May instead', () => {
		const r = yourYear({ year: 2026, sources: [ufore('8110')], deductions: 0, fromMonth: 13 });
		expect(r.actions).toEqual([
			expect.objectContaining({
				id: 'year.action.advance',
				values: { amountKr: 19_411, deadlineDate: '2027-05-31', nextYear: 2027 }
			}),
			expect.objectContaining({ id: 'year.action.nextYearCard' })
		]);
	});

	it('graded pension terms on a NAV alderspensjon reach the credit', () => {
		// 300 000 at 50 %: max 19 550, thresholds 147 100 / 218 550; 19.1 % × 71 450 = 13 646.95;
		// 6 % × 81 450 = 4 887; credit 19 550 − 18 533.95 = 1 016.05 → 1 016
		const r = yourYear({
			year: 2026,
			sources: [
				{
					pensionCredit: { gradePct: 50 },
					withholding: {
						by: 'nav',
						benefit: 'alderspensjon',
						card: { kind: 'percent', percent: 10 },
						payments: months(25_000)
					}
				}
			]
		});
		expect(r.annual!.pensionCredit).toBe(1_016);
		expect(r.assumptions.map((a) => a.id)).not.toContain('year.assumption.pensionCredit');
	});

	it('barnepensjon is left out of the estimate, income and withholding alike, and said', () => {
		const r = yourYear({
			year: 2026,
			deductions: 0,
			sources: [
				{ kind: 'wage', amount: 300_000, withholding: { by: 'known', withheld: 43_803 } },
				{
					withholding: {
						by: 'nav',
						benefit: 'barnepensjon',
						card: { kind: 'none' },
						payments: months(5_000)
					}
				}
			]
		});
		expect(r.sources[1]!.kind).toBe('barnepensjon');
		expect(r.annual!.total).toBe(43_803);
		expect(r.withheld).toBe(43_803);
		expect(r.outcome!.kind).toBe('even');
		expect(ids(r.steps)).toContain('year.barnepensjonNotCovered');
	});

	it('about even: nothing to do', () => {
		// 8110 with the table's deduction: within a few hundred kroner (first case).
		const r = yourYear({ year: 2026, sources: [ufore('8110')], deductions: 110_000 });
		expect(ids(r.actions)).toEqual(['year.action.nothing']);
	});
});

describe('blank is unknown, never zero', () => {
	it('a blank percentage, amount or known withheld amount is asked for, with no outcome', () => {
		const r = yourYear({
			year: 2026,
			sources: [
				ufore('8110'),
				{ kind: 'wage', amount: 100_000, withholding: { by: 'percent' } },
				{ kind: 'wage', withholding: { by: 'table', table: '8000' } },
				{ kind: 'wage', amount: 5_000, withholding: { by: 'known' } }
			]
		});
		expect(r.needs).toEqual([
			{ field: 'sources.1.withholding.percent', code: 'required' },
			{ field: 'sources.2.amount', code: 'required' },
			{ field: 'sources.3.withholding.withheld', code: 'required' }
		]);
		expect(r.outcome).toBeUndefined();
		expect(r.annual).toBeUndefined();
		expect(ids(r.steps)).toContain('year.needs');
		// 0 is an answer, not a blank.
		const zero = yourYear({
			year: 2026,
			sources: [{ kind: 'wage', amount: 100_000, withholding: { by: 'percent', percent: 0 } }]
		});
		expect(zero.needs).toEqual([]);
		expect(zero.withheld).toBe(0);
	});

	it('blank deductions without a table: assumed none, said', () => {
		const r = yourYear({
			year: 2026,
			birthYear: 1980,
			sources: [{ kind: 'wage', amount: 300_000, withholding: { by: 'known', withheld: 40_000 } }]
		});
		expect(r.assumptions.map((a) => a.id)).toEqual(['year.assumption.noDeductions']);
		expect(r.outcome).toMatchObject({ net: 3_803, low: 3_803, high: 3_803 });
	});
});

describe('refused input', () => {
	it('every problem at once, named by field', () => {
		try {
			yourYear({
				year: 2026,
				sources: [
					{ kind: 'wage', amount: -1, withholding: { by: 'table', table: '8005' } },
					{ kind: 'wage', amount: 1, withholding: { by: 'percent', percent: 120 } },
					{ amount: 1, withholding: { by: 'known', withheld: 1 } }
				],
				fromMonth: 14
			});
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(EngineError);
			expect((e as EngineError).issues.map((i) => `${i.field}:${i.code}`)).toEqual([
				'sources.0.amount:negative',
				'sources.0.withholding.table:unknownTable',
				'sources.1.withholding.percent:percentRange',
				'sources.2.kind:required',
				'fromMonth:invalid'
			]);
		}
	});

	it('NAV payment problems are named inside their source', () => {
		try {
			yourYear({
				year: 2026,
				sources: [
					ufore('8110'),
					{
						withholding: {
							by: 'nav',
							benefit: 'aap',
							card: { kind: 'table', table: '8000' },
							payments: [{ from: '2026-02-10', to: '2026-02-01', amount: 1 }]
						}
					}
				]
			});
			expect.unreachable();
		} catch (e) {
			expect((e as EngineError).issues[0]!.field).toMatch(/^sources\.1\.withholding\.payments\.0/u);
		}
	});
});

describe('every year step can be worded', () => {
	it('each step has a sentence in nb, nn and en whose placeholders its values supply', () => {
		const runs: YourYearInput[] = [
			{ year: 2026, sources: [ufore('8110')] },
			{ year: 2026, sources: [ufore('9050')], fromMonth: 3 },
			{ year: 2026, sources: [ufore('8110')], deductions: 0, fromMonth: 12 },
			{ year: 2026, sources: [ufore('8110')], deductions: 110_000 },
			{ year: 2026, sources: [ufore('8110')], deductions: 0, fromMonth: 13 },
			{ year: 2026, sources: [ufore('8000')], deductions: 200_000, fromMonth: 13 },
			// Small NAV payments beside a large income with nothing withheld: the months left
			// cannot carry the extra (September, November), or the settlement decides (July after).
			...['2026-09-15', '2026-11-20', '2027-07-01'].map((today) => ({
				year: 2026,
				today,
				sources: [
					ufore('8110', 5_000),
					{
						kind: 'wage' as const,
						amount: 400_000,
						withholding: { by: 'percent' as const, percent: 0 }
					}
				]
			})),
			{
				year: 2026,
				sources: [
					{ kind: 'wage', amount: 300_000, withholding: { by: 'table', table: '8010' } },
					{ kind: 'wage', amount: 200_000, withholding: { by: 'table', table: '8010' } }
				]
			},
			{
				year: 2026,
				sources: [
					{ kind: 'wage', amount: 300_000, withholding: { by: 'table', table: '8000' } },
					{ kind: 'wage', amount: 400_000, withholding: { by: 'percent', percent: 5 } },
					{
						kind: 'uforetrygd',
						amount: 9_000,
						withholding: { by: 'backPay', benefit: 'uforetrygd' }
					},
					{
						kind: 'pension',
						amount: 9_000,
						pensionCredit: { months: 12 },
						withholding: { by: 'known', withheld: 0 }
					}
				]
			},
			{
				year: 2026,
				sources: [
					{
						withholding: {
							by: 'nav',
							benefit: 'sykepenger',
							card: { kind: 'frikort' },
							payments: months(30_000, 1, 6)
						}
					},
					{
						withholding: {
							by: 'nav',
							benefit: 'barnepensjon',
							card: { kind: 'frikort', limit: 1_000 },
							payments: months(3_000, 1, 2)
						}
					},
					{
						withholding: {
							by: 'nav',
							benefit: 'uforetrygd',
							card: { kind: 'table', table: '8000' },
							payments: months(25_000, 1, 6)
						}
					}
				]
			},
			{
				year: 2026,
				sources: [{ kind: 'wage', amount: 300_000, withholding: { by: 'known', withheld: 90_000 } }]
			},
			{ year: 2026, sources: [{ kind: 'wage', withholding: { by: 'known' } }] },
			// Kildeskatt, Svalbard, months from NAV's payments, age, a pension's table, back pay.
			{
				year: 2026,
				sources: [
					{
						withholding: {
							by: 'nav',
							benefit: 'uforetrygd',
							card: { kind: 'kildeskatt' },
							payments: months(25_000)
						}
					}
				]
			},
			{
				year: 2026,
				sources: [
					{
						withholding: {
							by: 'nav',
							benefit: 'uforetrygd',
							card: { kind: 'svalbard' },
							payments: months(25_000)
						}
					}
				]
			},
			{
				year: 2026,
				birthYear: 1950,
				sources: [
					{
						withholding: {
							by: 'nav',
							benefit: 'alderspensjon',
							card: { kind: 'table', table: '8170' },
							payments: months(30_000, 4, 12)
						}
					},
					{ kind: 'wage', amount: 100_000, withholding: { by: 'percent', percent: 30 } },
					{
						kind: 'pension',
						amount: 20_000,
						withholding: { by: 'backPay', benefit: 'alderspensjon' }
					},
					{
						kind: 'uforetrygd',
						amount: 20_000,
						withholding: { by: 'backPay', benefit: 'uforetrygd', earlierIncome: 0 }
					},
					{
						kind: 'uforetrygd',
						amount: 20_000,
						withholding: { by: 'backPay', benefit: 'uforetrygd', forYear: 2020 }
					}
				]
			},
			{
				year: 2027,
				sources: [
					{
						withholding: {
							by: 'nav',
							benefit: 'uforetrygd',
							card: { kind: 'svalbard' },
							payments: months(25_000, 1, 12, 2027)
						}
					}
				]
			},
			{
				year: 2026,
				deductions: 0,
				sources: [
					{
						kind: 'pension',
						amount: 200_000,
						pensionCredit: { months: 12 },
						withholding: { by: 'table', table: '9050' }
					}
				]
			}
		];
		const steps = runs.flatMap((i) => {
			const r = yourYear(i);
			// The year's own steps inside the annual tax too (kildeskatt, Svalbard, back-pay relief).
			return [...r.steps, ...(r.annual?.steps ?? []), ...r.assumptions, ...r.drivers, ...r.actions];
		});
		const wording = wordingCheck();
		wording.checkAll(steps);
		expect(wording.problems()).toEqual([]);
		expect(wording.unused('year')).toEqual([]);
	});
});
