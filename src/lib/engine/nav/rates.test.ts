import { describe, expect, it } from 'vitest';
import { getYearRules } from '../rules';
import { sourcesOf } from '../rules/source';
import { BARNEPENSJON, KILDESKATT_PCT, rateOn, SVALBARD_PENSION_PCT } from './rates';

describe("NAV's rates as dated values, read by year", () => {
	it('the entry in force on a date is the last one from before it', () => {
		expect(rateOn(BARNEPENSJON, '2024-12-31').value.everyCard).toBe(false);
		expect(rateOn(BARNEPENSJON, '2025-01-01').value.everyCard).toBe(true);
		expect(rateOn(KILDESKATT_PCT, '2026-06-30').value).toBe(15);
	});

	it('every year reads the same figures its module wrote before (docs/nav-payments.md §1)', () => {
		const nav = (y: number) => getYearRules(y).nav;
		for (const y of [2023, 2024, 2025, 2026, 2027]) {
			expect(nav(y).noCardPct.value).toBe(50);
			expect(nav(y).noCardPensionPct.value).toBe(30);
			expect(nav(y).frikortAbovePct.value).toBe(50);
			expect(nav(y).kildeskattPct.value).toBe(15);
			expect(nav(y).svalbard.value.pensionPct).toBe(13.1);
			expect(nav(y).backPayment.value).toEqual({
				wagePct: 44,
				wageFinnmarkPct: 40,
				pensionPct: 32,
				pensionFinnmarkPct: 28,
				kildeskattPct: 15,
				svalbardWagePct: 16.2,
				svalbardPensionPct: 13.1
			});
			expect(nav(y).overgangsstonadHalf.value).toEqual({ gMultiple: 2.25, months: 24 });
			expect(nav(y).barnepensjon.value).toEqual({ ratePct: 17, everyCard: y >= 2025 });
		}
		expect([2023, 2024, 2025, 2026].map((y) => nav(y).svalbard.value.wagePct)).toEqual([
			15.7, 15.7, 15.7, 15.6
		]);
	});

	it("each rate cites its source, the Svalbard card that year's rates in NAV's code", () => {
		expect(sourcesOf(KILDESKATT_PCT[0]!.source)[0]!.title).toMatch(/Kildeskatt/u);
		expect(sourcesOf(SVALBARD_PENSION_PCT[0]!.source)[0]!.title).toBe('navikt/sokos-skattekort');
		const s2026 = sourcesOf(getYearRules(2026).nav.svalbard.source);
		expect(s2026[0]!.section).toMatch(/2026/u);
	});
});
