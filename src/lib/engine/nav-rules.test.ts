import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { etterbetaling, type EtterbetalingInput } from './etterbetaling';
import { INTERPRETATIONS } from './interpretations';
import { cardTerms } from './cardTerms';
import { BENEFITS, BENEFIT_IDS, type Benefit } from './nav/benefits';
import { overgangsstonadHalfLimit } from './nav/cards';
import { grunnbelopOn } from './nav/grunnbelop';
import { withholdPayments, type Card } from './payments';
import { getYearRules, YEARS } from './rules';
import type { NavRates, Sourced } from './rules/types';
import { sykepengeGrunnlag } from './sykepenger';
import { tabelltrekk } from './tabelltrekk';
import { monthly, run } from './payments/testkit';
import { cite, sourcesOf } from './rules/source';

const TEST = { title: 'test' };

// Named cases for NAV's own rules (docs/nav-payments.md, docs/annual-and-back-payments.md, both
// revised 2026-11-24), with the arithmetic in each comment. Table figures are the official ones
// from src/lib/engine/vectors/tabelltrekk-2025-2026.csv.gz.

function codes(run: () => unknown): string[] {
	try {
		run();
	} catch (e) {
		expect(e).toBeInstanceOf(EngineError);
		return (e as EngineError).issues.map((i) => `${i.field}:${i.code}`);
	}
	return [];
}

const TWELVE = ['7350', '7500', '7700', '6350', '6500', '6700', '0100', '0101', '7150', '7160'];

describe('1. tables withheld over 12 months: no June or December relief (§4)', () => {
	it('uføretrygd 18 655 a month on table 7350 (2026): June and December 1 466, as every month', () => {
		// Vector: 2026,7350,month,18655 → 1 466. On a 10.5-month table June would be 0 and December
		// half; on 7350 both are the month table: 12 × 1 466 = 17 592 for the year.
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'table', table: '7350' },
			payments: monthly(2026, 18_655)
		});
		expect(r.payments.map((p) => p.trekk)).toEqual(new Array(12).fill(1_466));
		expect(r.totals.trekk).toBe(17_592);
		for (const i of [5, 11]) {
			expect(r.payments[i]).toMatchObject({ rule: 'ordinary', ruleWhy: 'twelveMonthTable' });
			expect(r.payments[i]!.steps.find((s) => s.id === 'payments.twelveMonthTable')).toMatchObject({
				values: { table: '7350', forMonth: i + 1 },
				source: expect.objectContaining({
					section: expect.stringContaining('ikke gis trekkfritaking')
				})
			});
		}
	});

	it('the same on 7300 (10.5 months) keeps June trekkfri and December half', () => {
		// Vector: 2026,7300,month,18655 → 1 676; December half = 838.
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'table', table: '7300' },
			payments: monthly(2026, 18_655, [6, 12])
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([0, 838]);
	});

	it('AAP and dagpenger meldeperioder are not trekkfri on a 12-month table', () => {
		const r = run({
			benefit: 'aap',
			card: { kind: 'table', table: '6500' },
			payments: [
				{ from: '2026-11-23', to: '2026-12-06', amount: 12_000, paidOn: '2026-12-08' },
				{ from: '2026-12-07', to: '2026-12-20', amount: 12_000, paidOn: '2026-12-22' }
			]
		});
		expect(r.payments.every((p) => p.rule === 'ordinary' && p.trekk > 0)).toBe(true);
	});

	it('the card in its own words: June and December ordinary on a 12-month table', () => {
		expect(cardTerms('uforetrygd', { kind: 'table', table: '7350' })).toMatchObject({
			antallMaanederTrekk: 12,
			june: 'ordinary',
			december: 'ordinary'
		});
		expect(cardTerms('uforetrygd', { kind: 'table', table: '7300' })).toMatchObject({
			june: 'trekkfri',
			december: 'half'
		});
	});

	it('property: twelve equal months on such a table are twelve times the month table, any benefit', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...BENEFIT_IDS.filter((b) => b !== 'barnepensjon')),
				fc.constantFrom(...TWELVE),
				fc.constantFrom(2025, 2026),
				fc.integer({ min: 0, max: 120_000 }),
				(benefit, table, year, amount) => {
					const r = withholdPayments({
						year,
						benefit,
						card: { kind: 'table', table },
						payments: monthly(year, amount)
					});
					const month = tabelltrekk({ year, table, period: 'month', amount });
					expect(r.totals.trekk).toBe(12 * Math.min(month, amount));
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('2. barnepensjon: a fixed 17 % from 2025, whatever the card (§1)', () => {
	it('table card 8000, 5 000 kr a month: 850 every month, June and December too', () => {
		// 5 000 × 17 % = 850; the card is left out.
		for (const card of [
			{ kind: 'table', table: '8000' },
			{ kind: 'percent', percent: 40 },
			{ kind: 'frikort' },
			{ kind: 'none' }
		] as Card[]) {
			const r = run({ benefit: 'barnepensjon', card, payments: monthly(2026, 5_000) });
			expect(r.payments.map((p) => p.trekk)).toEqual(new Array(12).fill(850));
			expect(r.payments[0]!.reason).toMatchObject({
				id: 'payments.reason.barnepensjonFixed',
				values: { ratePct: 17 }
			});
		}
	});

	it('no card is needed for it', () => {
		// 2025: 3 333 × 17 % = 566.61 → 567.
		const r = withholdPayments({
			year: 2025,
			benefit: 'barnepensjon',
			payments: monthly(2025, 3_333, [3])
		});
		expect(r.payments[0]!.trekk).toBe(567);
		expect(cardTerms('barnepensjon', undefined, false, 2025)).toMatchObject({
			trekktype: 'prosenttrekk',
			prosentsats: 17
		});
	});

	it('before 2025 the card decides (17 % only without a card)', () => {
		expect(getYearRules(2024).nav.barnepensjon.value).toEqual({ ratePct: 17, everyCard: false });
		const r = withholdPayments({
			year: 2024,
			benefit: 'barnepensjon',
			card: { kind: 'percent', percent: 10 },
			payments: monthly(2024, 5_000, [3])
		});
		expect(r.payments[0]!.trekk).toBe(500);
	});
});

describe('3. back payments for earlier months of the year: the card’s percentage (§6, settled)', () => {
	const late = [{ from: '2026-02-01', to: '2026-02-28', amount: 20_000, paidOn: '2026-05-20' }];

	it('table card 8010 with 36 %: 20 000 for February paid in May → 7 200', () => {
		// 20 000 × 36 % = 7 200; not the month table, not 44 %.
		const r = run({
			benefit: 'uforetrygd',
			card: { kind: 'table', table: '8010', percent: 36 },
			payments: late
		});
		expect(r.payments[0]).toMatchObject({ trekk: 7_200, ruleWhy: 'backPayment' });
		expect(r.payments[0]!.parts[0]).toMatchObject({ ruleWhy: 'backPayment', period: null });
		expect(r.payments[0]!.interpretation).toBe(false);
	});

	it('a percentage card: the same percentage (24 % → 4 800), said to be settled', () => {
		const r = run({ benefit: 'aap', card: { kind: 'percent', percent: 24 }, payments: late });
		expect(r.payments[0]).toMatchObject({ trekk: 4_800, ruleWhy: 'backPayment' });
		expect(r.payments[0]!.steps.map((s) => s.id)).toContain('payments.backPaymentPercentCard');
	});

	it('a table card without its percentage: asked for on the field, never guessed', () => {
		expect(
			codes(() =>
				run({ benefit: 'uforetrygd', card: { kind: 'table', table: '8010' }, payments: late })
			)
		).toEqual(['card.percent:backPaymentPercent']);
	});

	it('paid the month after its period is NAV’s ordinary rhythm: the table', () => {
		// Vector: 2026,8000,month 20 000 by the routine; February paid 20 March joins February.
		const r = run({
			benefit: 'aap',
			payments: [{ from: '2026-02-01', to: '2026-02-28', amount: 20_000, paidOn: '2026-03-20' }]
		});
		expect(r.payments[0]!.trekk).toBe(
			tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 20_000 })
		);
	});

	it('no interpretation id for it any more; the settled ones are gone from the list', () => {
		for (const id of ['lateForMonth', 'monthsNotListed'])
			expect(INTERPRETATIONS as readonly string[]).not.toContain(id);
	});

	it('earlier years: AAP, dagpenger, sykepenger 44 % (40 % in Finnmark), not an interpretation', () => {
		// 10 000 × 44 % = 4 400; × 40 % = 4 000.
		for (const finnmark of [false, true]) {
			const r = etterbetaling({
				payoutYear: 2026,
				benefit: 'dagpenger',
				parts: [{ year: 2025, amount: 10_000 }],
				income: {},
				finnmark
			});
			expect(r.withheld).toBe(finnmark ? 4_000 : 4_400);
			expect(r.steps.find((s) => s.id === 'etterbetaling.flat')!.interpretation).toBeUndefined();
		}
	});
});

describe('4. Svalbard by income year (navikt/sokos-skattekort)', () => {
	const sval = (year: number, benefit: Benefit) =>
		withholdPayments({
			year,
			benefit,
			card: { kind: 'svalbard' },
			payments: monthly(year, 10_000, [3])
		}).payments[0]!.trekk;

	it('2025: 15.70 % on wage-type and uføretrygd, 13.10 % on pension', () => {
		// 10 000 × 15.7 % = 1 570; × 13.1 % = 1 310.
		expect(sval(2025, 'sykepenger')).toBe(1_570);
		expect(sval(2025, 'uforetrygd')).toBe(1_570);
		expect(sval(2025, 'alderspensjon')).toBe(1_310);
	});

	it('2026: 15.60 % on wage-type and uføretrygd, 13.10 % on pension', () => {
		// 10 000 × 15.6 % = 1 560.
		expect(sval(2026, 'dagpenger')).toBe(1_560);
		expect(sval(2026, 'uforetrygd')).toBe(1_560);
		expect(sval(2026, 'afp')).toBe(1_310);
	});

	it('back payments for earlier years on Svalbard: 16.2 % / 13.1 %', () => {
		const eb = (benefit: Benefit) =>
			etterbetaling({
				payoutYear: 2025,
				benefit,
				parts: [{ year: 2024, amount: 10_000 }],
				income: {},
				card: { kind: 'svalbard' }
			}).withheld;
		expect(eb('uforetrygd')).toBe(1_620);
		expect(eb('alderspensjon')).toBe(1_310);
	});
});

describe('5. kildeskatt only on pension and uføretrygd (§1)', () => {
	const wageType = BENEFIT_IDS.filter((b) => BENEFITS[b].income === 'wage' && b !== 'uforetrygd');

	it('every wage-type benefit is refused with a typed field error on the card', () => {
		expect(wageType).toEqual(
			expect.arrayContaining(['sykepenger', 'dagpenger', 'foreldrepenger', 'omstillingsstonad'])
		);
		for (const benefit of wageType)
			expect(
				codes(() => run({ benefit, card: { kind: 'kildeskatt' }, payments: monthly(2026, 1, [1]) }))
			).toEqual(['card:kildeskattNotAllowed']);
	});

	it('pension and uføretrygd: 15 % (10 000 → 1 500), June and December too', () => {
		for (const benefit of ['uforetrygd', 'alderspensjon', 'supplerende-stonad'] as Benefit[]) {
			const r = run({
				benefit,
				card: { kind: 'kildeskatt' },
				payments: monthly(2026, 10_000, [6, 12])
			});
			expect(r.payments.map((p) => p.trekk)).toEqual([1_500, 1_500]);
		}
	});

	it('the back-payment page refuses it too', () => {
		const input: EtterbetalingInput = {
			payoutYear: 2026,
			benefit: 'sykepenger',
			parts: [{ year: 2025, amount: 1_000 }],
			income: {},
			card: { kind: 'kildeskatt' }
		};
		expect(codes(() => etterbetaling(input))).toEqual(['card:kildeskattNotAllowed']);
	});
});

describe('6. G from 1 May 2026 = 136 549 (helse-spleis Grunnbeløp.kt)', () => {
	it('sykepenger from May 2026 do not ask for G: 6 G = 819 294', () => {
		expect(grunnbelopOn('2026-05-01')?.value).toBe(136_549);
		expect(grunnbelopOn('2026-04-30')?.value).toBe(130_160);
		const r = sykepengeGrunnlag({ firstDayOfAbsence: '2026-09-01', months: [40_000] });
		// 40 000 × 12 = 480 000 < 819 294; / 260 = 1 846.15…; paid 1 846 a day.
		expect(r).toMatchObject({ g: 136_549, cap: 819_294, capped: false, dagsatsKr: 1_846 });
	});
});

describe('7. overgangsstønad 50 % limit = 2.25 G / 24 for the month paid for (interpretation)', () => {
	it('2023 with G 118 620: 11 120.63, NAV’s 11 121 in whole kroner', () => {
		// 2.25 × 118 620 / 24 = 11 120.625 → 11 120.63 (NAV: «under 11 121 kroner i måneden»).
		expect(overgangsstonadHalfLimit(2023, 6)!.valueKr).toBe(11_120.63);
	});

	it('April 2026 (G 130 160) 12 202.50; June 2026 (G 136 549) 12 801.47', () => {
		// 2.25 × 130 160 / 24 = 12 202.5; 2.25 × 136 549 / 24 = 12 801.46875 → 12 801.47.
		expect(overgangsstonadHalfLimit(2026, 4)!.valueKr).toBe(12_202.5);
		expect(overgangsstonadHalfLimit(2026, 6)!.valueKr).toBe(12_801.47);
	});

	it('12 500 kr: above the limit in April (table), below it in June (the card’s 30 %)', () => {
		const r = run({
			benefit: 'overgangsstonad',
			card: { kind: 'table', table: '8000', percent: 30 },
			payments: monthly(2026, 12_500, [4, 6])
		});
		const [april, june] = r.payments;
		expect(april).toMatchObject({ method: 'table' });
		// June: 12 500 × 30 % = 3 750 (trekkfri June does not apply: it is withheld by percentage).
		expect(june).toMatchObject({ method: 'percent', trekk: 3_750 });
		expect(june!.steps.find((s) => s.id === 'payments.halfLimit')).toMatchObject({
			interpretation: true,
			values: { gKr: 136_549, limitKr: 12_801.47 }
		});
		expect(r.interpretations).toContain('halfLimitFromG');
	});
});

describe('8. omstillingsstønad: wage-type; June trekkfri; December half (interpretation)', () => {
	it('20 000 a month on 8000: June 0, December half, said as an interpretation', () => {
		const month = tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 20_000 });
		const r = run({ benefit: 'omstillingsstonad', payments: monthly(2026, 20_000, [5, 6, 12]) });
		expect(r.payments.map((p) => p.trekk)).toEqual([month, 0, Math.floor(month / 2 + 0.5)]);
		expect(r.payments[2]!.steps.find((s) => s.id === 'payments.decemberAssumed')).toMatchObject({
			interpretation: true
		});
		expect(r.interpretations).toContain('decemberAssumed');
		expect(BENEFITS.omstillingsstonad.income).toBe('wage');
	});
});

describe('10. where the sources disagree, the result says so', () => {
	it('supplerende stønad in December: trekkfri by skattebetalingsloven § 5-7 (1) b, the 2023 NAV page named', () => {
		// § 5-7 first paragraph b puts supplerende stønad among the incomes withheld over 11 months,
		// so December is free of table withholding: 20 000 kr paid for December 2026 on table 8000
		// is withheld 0 kr (a half December would withhold half the month table's figure, and an
		// ordinary one all of it). November is withheld as usual.
		const r = run({ benefit: 'supplerende-stonad', payments: monthly(2026, 20_000, [11, 12]) });
		const full = tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 20_000 });
		expect(full).toBeGreaterThan(0);
		expect(r.payments.map((p) => [p.rule, p.trekk])).toEqual([
			['ordinary', full],
			['trekkfri', 0]
		]);
		// The page that disagrees is named in the interpretation, on December's payment only.
		expect(r.payments[1]!.interpretations).toEqual(['decemberDisputed']);
		expect(r.payments[0]!.interpretations).toEqual([]);
		const step = r.payments[1]!.steps.find((s) => s.id === 'payments.decemberDisputed')!;
		expect(cite(step.source!)).toMatch(/§ 5-7 første ledd b/u);
		expect(cite(step.source!)).toMatch(/2023/u);
	});

	it('pension on a percentage card in December: the percentage (25 % of 20 000 = 5 000), disputed', () => {
		const r = run({
			benefit: 'alderspensjon',
			card: { kind: 'percent', percent: 25 },
			payments: monthly(2026, 20_000, [11, 12])
		});
		expect(r.payments.map((p) => p.trekk)).toEqual([5_000, 5_000]);
		expect(r.payments[0]!.interpretation).toBe(false);
		expect(r.payments[1]!.steps.map((s) => s.id)).toContain('payments.pensionPercentDecember');
	});
});

describe('NAV’s rates live with their year: a later year can never change an earlier one', () => {
	const inputs2025: Array<() => unknown> = [
		() =>
			withholdPayments({
				year: 2025,
				benefit: 'aap',
				card: { kind: 'none' },
				payments: monthly(2025, 10_000, [3])
			}),
		() =>
			withholdPayments({
				year: 2025,
				benefit: 'alderspensjon',
				card: { kind: 'svalbard' },
				payments: monthly(2025, 10_000, [3])
			}),
		() =>
			withholdPayments({
				year: 2025,
				benefit: 'uforetrygd',
				card: { kind: 'kildeskatt' },
				payments: monthly(2025, 10_000, [3])
			}),
		() =>
			withholdPayments({ year: 2025, benefit: 'barnepensjon', payments: monthly(2025, 10_000) }),
		() =>
			withholdPayments({
				year: 2025,
				benefit: 'overgangsstonad',
				card: { kind: 'table', table: '8000', percent: 30 },
				payments: monthly(2025, 12_000)
			}),
		() =>
			etterbetaling({
				payoutYear: 2025,
				benefit: 'uforetrygd',
				parts: [{ year: 2024, amount: 10_000 }],
				income: {}
			}).withheld
	];

	it('every NAV rate of 2026 changed: 2025’s results stay the same, 2026’s move', () => {
		const nav2026 = getYearRules(2026).nav as NavRates;
		const saved = structuredClone(nav2026);
		const before = inputs2025.map((f) => JSON.stringify(f()));
		const svalbard2026 = () =>
			withholdPayments({
				year: 2026,
				benefit: 'alderspensjon',
				card: { kind: 'svalbard' },
				payments: monthly(2026, 10_000, [3])
			}).payments[0]!.trekk;
		const base2026 = svalbard2026();
		try {
			nav2026.noCardPct = { value: 99, source: TEST };
			nav2026.noCardPensionPct = { value: 99, source: TEST };
			nav2026.barnepensjon = { value: { ratePct: 99, everyCard: true }, source: TEST };
			nav2026.frikortAbovePct = { value: 99, source: TEST };
			nav2026.kildeskattPct = { value: 99, source: TEST };
			nav2026.svalbard = { value: { wagePct: 99, pensionPct: 99 }, source: TEST };
			nav2026.backPayment = {
				value: {
					wagePct: 99,
					wageFinnmarkPct: 99,
					pensionPct: 99,
					pensionFinnmarkPct: 99,
					kildeskattPct: 99,
					svalbardWagePct: 99,
					svalbardPensionPct: 99
				},
				source: TEST
			};
			nav2026.overgangsstonadHalf = { value: { gMultiple: 99, months: 1 }, source: TEST };
			expect(inputs2025.map((f) => JSON.stringify(f()))).toEqual(before);
			// The change is real: 2026 moves (10 000 × 99 % = 9 900).
			expect(svalbard2026()).toBe(9_900);
		} finally {
			Object.assign(nav2026, saved);
		}
		expect(svalbard2026()).toBe(base2026);
	});

	it('each year has its own NAV rates object, each value with a source', () => {
		const navs = YEARS.map((y) => getYearRules(y).nav);
		for (let i = 0; i < navs.length; i++)
			for (let j = i + 1; j < navs.length; j++) {
				expect(navs[i]).not.toBe(navs[j]);
				for (const k of Object.keys(navs[i]!) as Array<keyof NavRates>)
					expect(navs[i]![k]).not.toBe(navs[j]![k]);
			}
		for (const nav of navs)
			for (const v of Object.values(nav))
				for (const src of sourcesOf((v as Sourced<unknown>).source))
					expect(src.title).toMatch(/\S/u);
	});
});
