import { describe, expect, it } from 'vitest';
import { type Benefit } from '../nav/benefits';
import { tabelltrekk } from '../tabelltrekk';
import type { WithholdInput } from './index';
import { monthly, run, sykepengerIntoJanuary, withWeeks2026 } from './testkit';

describe('June and December on a table card (§4)', () => {
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
		['supplerende-stonad', 'ordinary', 'trekkfri'],
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
		// Barnepensjon from 2025: the fixed rate, whatever the card.
		expect(why({ benefit: 'barnepensjon' })).toEqual([
			['ordinary', 'fixedRate'],
			['ordinary', 'fixedRate']
		]);
		expect(why({ benefit: 'uforetrygd', card: { kind: 'percent', percent: 20 } })).toEqual([
			['ordinary', 'notTableCard'],
			['ordinary', 'notTableCard']
		]);
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

	it('sykepenger for December paid in January: ordinary, and says why', () => {
		const r = sykepengerIntoJanuary();
		const [, dec1, dec2] = r.payments;
		const month = (amount: number) =>
			tabelltrekk({ year: 2026, table: '8000', period: 'month', amount });
		// The first December part is paid in December: half.
		expect(dec1).toMatchObject({ rule: 'half' });
		// Paid in January: the whole month recalculated as ordinary, minus what was withheld.
		expect(dec2).toMatchObject({ rule: 'ordinary', ruleWhy: 'sykepengerNotPaidInDecember' });
		expect(dec2!.taxTrekk).toBe(month(31_000) - dec1!.taxTrekk);
		expect(
			dec2!.steps.find((st) => st.id === 'payments.sykepengerNotPaidInDecember')!.values
		).toEqual({ paidMonth: 1 });
	});
});

describe('trekkfri meldeperioder (§5)', () => {
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

describe('trekkfri meldeperioder for 2025–2027, with no pay dates given (§5, §7)', () => {
	/**
	 * A year of meldeperioder, Monday to Sunday two weeks later, starting in an odd or even ISO
	 * week, with no paid dates: the engine assumes them (two banking days after the period).
	 */
	function meldeperioder(year: number, parity: 'odd' | 'even') {
		// The Monday of ISO week 1: the Monday on or before 4 January.
		const jan4 = Date.UTC(year, 0, 4);
		const week1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
		let first = parity === 'odd' ? week1 : week1 + 7 * 86_400_000;
		// Only periods that start in the year (week 1 may begin in December).
		if (first < Date.UTC(year, 0, 1)) first += 14 * 86_400_000;
		const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		const out = [];
		for (
			let start = first;
			iso(start + 13 * 86_400_000) <= `${year}-12-31`;
			start += 14 * 86_400_000
		)
			out.push({ from: iso(start), to: iso(start + 13 * 86_400_000), amount: 12_000 });
		return out;
	}
	const free = (year: number, parity: 'odd' | 'even', benefit: Benefit = 'aap') =>
		run({ year, benefit, meldekortWeeks: parity, payments: meldeperioder(year, parity) })
			.payments.filter((p) => p.rule === 'trekkfri')
			.map((p) => [p.meldeperiode!.month, p.meldeperiode!.fromWeek, p.meldeperiode!.toWeek]);

	it('December 2026, odd weeks: weeks 47–48 as NAV’s 2023 and 2024 lists, not 49–50', () => {
		// NAV pays "ca. 2–3 virkedager etter at meldekort er registrert"; the meldekort can be sent
		// from the period's last Saturday. Weeks 47–48 of 2026 are 16–29 November: paid two banking
		// days after Sunday 29 November, Tuesday 1 December, so the first payment of December.
		// (Paid the day after, Monday 30 November, it fell in November and weeks 49–50 were free.)
		const r = run({
			benefit: 'dagpenger',
			meldekortWeeks: 'odd',
			payments: meldeperioder(2026, 'odd')
		});
		const dec = r.payments.filter((p) => p.rule === 'trekkfri');
		expect(dec.map((p) => [p.from, p.to, p.paidOn])).toEqual([
			['2026-11-16', '2026-11-29', '2026-12-01']
		]);
		// The weeks are on the payment, its one-line reason and its steps.
		expect(dec[0]!.meldeperiode).toEqual({ month: 12, fromWeek: 47, toWeek: 48, listed: false });
		expect(dec[0]!.reason).toMatchObject({
			id: 'payments.reason.meldeperiodeWeeks',
			values: { paidMonth: 12, fromWeek: 47, toWeek: 48 }
		});
		expect(
			dec[0]!.steps.find((st) => st.id === 'payments.meldeperiodeTrekkfriWeeks')
		).toMatchObject({ interpretation: true, values: { fromWeek: 47, toWeek: 48, paidMonth: 12 } });
		expect(dec[0]!.interpretations).toEqual(
			expect.arrayContaining(['meldeperiodeFallback', 'paidOnAssumed'])
		);
		// Weeks 49–50 (30 November – 13 December) are withheld as usual.
		const next = r.payments.find((p) => p.from === '2026-11-30')!;
		expect([next.rule, next.trekk > 0]).toEqual(['ordinary', true]);
	});

	it('December 2025–2027: weeks 47–48 (odd) or 48–49 (even), AAP and dagpenger alike', () => {
		// Last Sundays of week 48: 30 November 2025, 29 November 2026, 5 December 2027; of week 47
		// in 2027: 28 November, paid Tuesday 30 November, still November. So December's first
		// payment is always weeks 47–48 or 48–49, the pattern of NAV's 2023 and 2024 lists.
		for (const year of [2025, 2026, 2027])
			for (const benefit of ['aap', 'dagpenger'] as const) {
				expect(free(year, 'odd', benefit).filter(([m]) => m === 12)).toEqual([[12, 47, 48]]);
				expect(free(year, 'even', benefit).filter(([m]) => m === 12)).toEqual([[12, 48, 49]]);
			}
	});

	it('AAP in June 2025 and 2026: weeks 21–22 and 23–24 (odd) or 22–23 and 24–25 (even)', () => {
		// 2026: weeks 21–22 end Sunday 31 May, paid Tuesday 2 June; weeks 20–21 end 24 May, paid
		// Wednesday 27 May (Whit Monday 25 May closed).
		for (const year of [2025, 2026]) {
			expect(free(year, 'odd').filter(([m]) => m === 6)).toEqual([
				[6, 21, 22],
				[6, 23, 24]
			]);
			expect(free(year, 'even').filter(([m]) => m === 6)).toEqual([
				[6, 22, 23],
				[6, 24, 25]
			]);
		}
		// Dagpenger have no June relief.
		expect(free(2026, 'odd', 'dagpenger').filter(([m]) => m === 6)).toEqual([]);
	});

	it('June 2027, even weeks: weeks 20–21 end Sunday 30 May and are paid 1 June, so they count', () => {
		// NAV's rule is "the two first periods" paid in June; in 2027 the calendar puts weeks 20–21
		// into June for an even-week reporter (docs/nav-payments.md §5 says so).
		expect(free(2027, 'even').filter(([m]) => m === 6)).toEqual([
			[6, 20, 21],
			[6, 22, 23]
		]);
		expect(free(2027, 'odd').filter(([m]) => m === 6)).toEqual([
			[6, 21, 22],
			[6, 23, 24]
		]);
	});
});
