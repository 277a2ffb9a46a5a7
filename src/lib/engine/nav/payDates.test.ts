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
		// AAP period ending Sunday 18 January: Monday 19 January.
		expect(paid('aap', '2026-01-05', '2026-01-18')).toBe('2026-01-19');
		// Sykepenger for December: not 31 December, but 4 January 2027 (1 Jan a holiday,
		// 2–3 January a weekend).
		expect(paid('sykepenger', '2026-12-01', '2026-12-31')).toBe('2027-01-04');
	});

	it('banks are closed on Easter, Ascension and Whit Monday as on the fixed holidays', () => {
		// Easter Sunday 20 April 2025: pension for April would be Sunday the 20th, so the banking day
		// before; Saturday 19, Good Friday 18 and Maundy Thursday 17 are closed: Wednesday 16 April.
		expect(paid('alderspensjon', '2025-04-01', '2025-04-30')).toBe('2025-04-16');
		// Easter Monday 6 April 2026 after a period ending Easter Sunday: Tuesday 7 April.
		expect(paid('aap', '2026-03-23', '2026-04-05')).toBe('2026-04-07');
		// Ascension Day 14 May 2026 and Whit Monday 25 May 2026.
		expect(isBankingDay(d('2026-05-14'))).toBe(false);
		expect(isBankingDay(d('2026-05-25'))).toBe(false);
		expect(isBankingDay(d('2026-05-13'))).toBe(true);
	});
});
