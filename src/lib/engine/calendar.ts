/**
 * Calendar dates as whole days since 1970-01-01 (proleptic Gregorian, UTC), so day counts and
 * month splits never depend on time zones or daylight saving. Plain integer arithmetic (the
 * days-from-civil algorithm, H. Hinnant, "chrono-compatible low-level date algorithms"), no Date
 * objects on the hot path: a year of payments is converted many times per keystroke.
 *
 * NAV counts every calendar day a payment is for, holidays and weekends included
 * (docs/nav-payments.md §2); a meldeperiode is two ISO weeks, Monday to Sunday (§5).
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

export interface Civil {
	year: number;
	/** 1–12 */
	month: number;
	day: number;
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a valid civil date. */
export function dayFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}

export function civilFromDay(dayNo: number): Civil {
	const z = dayNo + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of an ISO date `YYYY-MM-DD`, or undefined when it is not a real calendar date. */
export function dayNumber(iso: unknown): number | undefined {
	if (typeof iso !== 'string') return undefined;
	const m = ISO.exec(iso);
	if (!m) return undefined;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
	return dayFromCivil(y, mo, d);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoOf(dayNo: number): string {
	const c = civilFromDay(dayNo);
	return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
}

export function yearOf(dayNo: number): number {
	return civilFromDay(dayNo).year;
}

/** Month 1–12. */
export function monthOf(dayNo: number): number {
	return civilFromDay(dayNo).month;
}

export function firstDayOfMonth(year: number, month: number): number {
	return dayFromCivil(year, month, 1);
}

export function lastDayOfMonth(year: number, month: number): number {
	return dayFromCivil(year, month, daysInMonth(year, month));
}

/**
 * Easter Sunday of a year in the Gregorian calendar, as a day number (the anonymous Gregorian
 * computus: the paschal full moon from the Metonic cycle with the century corrections). Norway's
 * moving public holidays follow from it (Lov om helligdager og helligdagsfred § 2).
 */
export function easterSunday(year: number): number {
	const golden = year % 19;
	const century = Math.floor(year / 100);
	const yearInCentury = year % 100;
	const leapSkips = Math.floor(century / 4);
	const moonCorrection = Math.floor((century + 8) / 25);
	const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
	const epact = (19 * golden + century - leapSkips - solarCorrection + 15) % 30;
	const weekdayShift =
		(32 + 2 * (century % 4) + 2 * Math.floor(yearInCentury / 4) - epact - (yearInCentury % 4)) % 7;
	const lateMoon = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
	const daysFromMarch22 = epact + weekdayShift - 7 * lateMoon;
	const month = Math.floor((daysFromMarch22 + 114) / 31);
	const day = ((daysFromMarch22 + 114) % 31) + 1;
	return dayFromCivil(year, month, day);
}

/** ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday). */
export function isoWeekday(dayNo: number): number {
	return ((((dayNo + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(dayNo: number): number {
	const thursday = dayNo - isoWeekday(dayNo) + 4;
	const jan1 = dayFromCivil(civilFromDay(thursday).year, 1, 1);
	return Math.floor((thursday - jan1) / 7) + 1;
}

export interface MonthPiece {
	year: number;
	month: number;
	from: number;
	to: number;
	days: number;
}

/** The calendar-month pieces of an inclusive day range, in date order. */
export function splitByMonth(from: number, to: number): MonthPiece[] {
	const out: MonthPiece[] = [];
	let start = from;
	while (start <= to) {
		const { year, month } = civilFromDay(start);
		const end = Math.min(to, lastDayOfMonth(year, month));
		out.push({ year, month, from: start, to: end, days: end - start + 1 });
		start = end + 1;
	}
	return out;
}
