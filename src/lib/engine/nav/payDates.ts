import type { Benefit } from './benefits';
import { civilFromDay, dayFromCivil, easterSunday, isoWeekday } from '../calendar';

/**
 * When NAV pays, for a payment whose date the person did not give (docs/nav-payments.md §7): an
 * assumption, said on every payment it is used for.
 *
 * - Pensions and uføretrygd are paid for the current month around the 20th, earlier in December:
 *   the 12th in recent years (NAV's December payment dates, as reported by dinside.no, "Nå kommer
 *   utbetalingen"). A date on a day banks are closed moves to the banking day before.
 * - AAP and dagpenger are paid after each meldeperiode, "ca. 2–3 virkedager etter at meldekort er
 *   registrert" (nav.no, AAP and dagpenger: utbetalingsdatoer). The meldekort can be sent from the
 *   last Saturday of the period (nav.no, meldekort): taken as sent at the period's end and paid two
 *   banking days after its last day, a Tuesday for a period ending on a Sunday. This is the date
 *   that puts December's first payment on weeks 47–48 (odd) or 48–49 (even) in every year
 *   2023–2027, as NAV's published lists for 2023 and 2024 name them (docs/nav-payments.md §5, §7).
 * - Other benefits are paid after the period (sykepenger after the month): the day after it ends,
 *   moved to the next banking day, into the next year when the period ends on 31 December
 *   (December sykepenger are paid in January).
 */
export const PAID_IN_MONTH: ReadonlySet<Benefit> = new Set<Benefit>([
	'alderspensjon',
	'afp',
	'uforetrygd',
	'gjenlevende',
	'tidligere-familiepleier',
	'supplerende-stonad',
	'barnepensjon'
]);
/** Benefits paid after each meldekort (docs/nav-payments.md §5, §7). */
export const AFTER_MELDEKORT: ReadonlySet<Benefit> = new Set<Benefit>(['aap', 'dagpenger']);
/** Banking days from a meldeperiode's last day to its payment (NAV: about 2–3 after the meldekort). */
export const MELDEKORT_BANKING_DAYS = 2;
export const PAY_DAY = 20;
export const DECEMBER_PAY_DAY = 12;
export const PAY_DATE_SOURCE =
	'docs/nav-payments.md §7; NAV December dates (dinside.no: pension the 12th in December)';
export const MELDEKORT_PAY_SOURCE =
	'nav.no: AAP og dagpenger, «utbetales ca. 2-3 virkedager etter at meldekort er registrert»; meldekort kan sendes fra siste lørdag i perioden (docs/nav-payments.md §5, §7)';

/**
 * Days banks are closed on a fixed date: the public holidays (Lov om helligdager og
 * helligdagsfred § 2; 1 and 17 May by Lov om 1. og 17. mai som høgtidsdagar) and Christmas Eve
 * and New Year's Eve, when Norwegian banks settle no payments.
 */
const FIXED_CLOSED = new Set(['1-1', '5-1', '5-17', '12-24', '12-25', '12-26', '12-31']);

/**
 * The moving public holidays, in days from Easter Sunday (helligdagsloven § 2): Maundy
 * Thursday, Good Friday, Easter Monday, Ascension Day, Whit Monday. (Easter Sunday and Whit
 * Sunday are Sundays.)
 */
const FROM_EASTER = [-3, -2, 1, 39, 50];

export function isBankingDay(day: number): boolean {
	if (isoWeekday(day) >= 6) return false;
	const c = civilFromDay(day);
	if (FIXED_CLOSED.has(`${c.month}-${c.day}`)) return false;
	const easter = easterSunday(c.year);
	return !FROM_EASTER.some((offset) => easter + offset === day);
}

export type PaidOnRule = 'inMonth' | 'afterMeldekort' | 'afterPeriod';

/** The assumed pay date of a payment for `from`–`to` (day numbers), and which rule gave it. */
export function assumedPaidOn(
	benefit: Benefit | undefined,
	from: number,
	to: number
): { day: number; rule: PaidOnRule } {
	if (benefit !== undefined && PAID_IN_MONTH.has(benefit)) {
		const c = civilFromDay(from);
		let day = dayFromCivil(c.year, c.month, c.month === 12 ? DECEMBER_PAY_DAY : PAY_DAY);
		while (!isBankingDay(day)) day -= 1;
		// Never before the period starts (a payment for the last days of a month only): then the
		// first banking day of the period.
		if (day < from) for (day = from; !isBankingDay(day);) day += 1;
		return { day, rule: 'inMonth' };
	}
	if (benefit !== undefined && AFTER_MELDEKORT.has(benefit)) {
		let day = to;
		for (let left = MELDEKORT_BANKING_DAYS; left > 0;) {
			day += 1;
			if (isBankingDay(day)) left -= 1;
		}
		return { day, rule: 'afterMeldekort' };
	}
	let day = to + 1;
	while (!isBankingDay(day)) day += 1;
	return { day, rule: 'afterPeriod' };
}
