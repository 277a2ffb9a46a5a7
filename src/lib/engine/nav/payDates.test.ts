import { describe, expect, it } from 'vitest';
import { dayFromCivil, isoOf } from '../calendar';
import { assumedPaidOn, isBankingDay } from './payDates';

const d = (iso: string) => {
	const [y, m, day] = iso.split('-').map(Number);
	return dayFromCivil(y!, m!, day!);
};
const paid = (benefit: Parameters<typeof assumedPaidOn>[0], from: string, to: string) =>
	isoOf(assumedPaidOn(benefit, d(from), d(to)).day);

describe('assumed pay dates (nav-payments.md §7)', () => {
	it('never falls on a Saturday or Sunday', () => {
		for (let day = d('2026-01-01'); day <= d('2027-12-31'); day++) {
			for (const b of ['uforetrygd', 'aap', 'sykepenger'] as const) {
				const r = assumedPaidOn(b, day, day + 13);
				expect(isBankingDay(r.day), `${b} ${isoOf(day)}`).toBe(true);
			}
		}
	});

	it('pension and uføretrygd: the 20th, the banking day before a weekend, the 12th in December', () => {
		// 20 June 2026 is a Saturday: Friday 19 June.
		expect(paid('uforetrygd', '2026-06-01', '2026-06-30')).toBe('2026-06-19');
		expect(paid('alderspensjon', '2026-03-01', '2026-03-31')).toBe('2026-03-20');
		// December: earlier. 12 December 2026 is a Saturday: Friday 11 December.
		expect(paid('uforetrygd', '2026-12-01', '2026-12-31')).toBe('2026-12-11');
	});

	it('other benefits: the first banking day after the period, into January for December', () => {
		// Foreldrepenger for a period ending Sunday 18 January: Monday 19 January.
		expect(paid('foreldrepenger', '2026-01-05', '2026-01-18')).toBe('2026-01-19');
		// Sykepenger for December: not 31 December, but 4 January 2027 (1 Jan a holiday,
		// 2–3 January a weekend).
		expect(paid('sykepenger', '2026-12-01', '2026-12-31')).toBe('2027-01-04');
	});

	it('banks are closed on Easter, Ascension and Whit Monday as on the fixed holidays', () => {
		// Easter Sunday 20 April 2025: pension for April would be Sunday the 20th, so the banking day
		// before; Saturday 19, Good Friday 18 and Maundy Thursday 17 are closed: Wednesday 16 April.
		expect(paid('alderspensjon', '2025-04-01', '2025-04-30')).toBe('2025-04-16');
		// Easter Monday 6 April 2026 after a period ending Easter Sunday: Tuesday 7 April.
		expect(paid('pleiepenger', '2026-03-23', '2026-04-05')).toBe('2026-04-07');
		// AAP: two banking days after Easter Sunday 5 April: Tuesday 7 (1), Wednesday 8 (2).
		expect(paid('aap', '2026-03-23', '2026-04-05')).toBe('2026-04-08');
		// Ascension Day 14 May 2026 and Whit Monday 25 May 2026.
		expect(isBankingDay(d('2026-05-14'))).toBe(false);
		expect(isBankingDay(d('2026-05-25'))).toBe(false);
		expect(isBankingDay(d('2026-05-13'))).toBe(true);
	});

	it('AAP and dagpenger: two banking days after the meldeperiode (NAV: about 2–3 after the meldekort)', () => {
		// A period ending Sunday 18 January 2026: Monday 19 (1), Tuesday 20 (2).
		expect(paid('aap', '2026-01-05', '2026-01-18')).toBe('2026-01-20');
		expect(assumedPaidOn('dagpenger', d('2026-01-05'), d('2026-01-18')).rule).toBe(
			'afterMeldekort'
		);
		// Weeks 47–48 of 2026 end Sunday 29 November: paid Tuesday 1 December, in December, as
		// NAV's published pattern (weeks 47–48 the first December payment of an odd-week reporter)
		// needs. The day after the period, Monday 30 November, would put it in November.
		expect(paid('dagpenger', '2026-11-16', '2026-11-29')).toBe('2026-12-01');
		// Weeks 46–47 of 2027 end Sunday 28 November: paid Tuesday 30 November, still November, so
		// an even-week reporter's first December payment is weeks 48–49 as in NAV's lists.
		expect(paid('aap', '2027-11-15', '2027-11-28')).toBe('2027-11-30');
		// Whit Monday 25 May 2026 is closed: a period ending Sunday 24 May is paid Wednesday 27 May.
		expect(paid('aap', '2026-05-11', '2026-05-24')).toBe('2026-05-27');
	});
});
