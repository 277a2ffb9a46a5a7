/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so day counts and month splits never
 * depend on time zones or daylight saving.
 */
const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Day number of an ISO date, or undefined when it is not a real calendar date. */
export function dayNumber(iso: unknown): number | undefined {
	if (typeof iso !== 'string') return undefined;
	const m = ISO.exec(iso);
	if (!m) return undefined;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
		return undefined;
	return ms / DAY_MS;
}

export function isoOf(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
	return new Date(day * DAY_MS).getUTCFullYear();
}

/** Month 1–12. */
export function monthOf(day: number): number {
	return new Date(day * DAY_MS).getUTCMonth() + 1;
}

export function firstDayOfMonth(year: number, month: number): number {
	return Date.UTC(year, month - 1, 1) / DAY_MS;
}

export function lastDayOfMonth(year: number, month: number): number {
	return Date.UTC(year, month, 0) / DAY_MS;
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: number): number {
	const d = new Date(day * DAY_MS);
	const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
	const thursday = day - dow + 3;
	const t = new Date(thursday * DAY_MS);
	const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1) / DAY_MS;
	return Math.floor((thursday - jan1) / 7) + 1;
}

/** The calendar-month pieces of an inclusive day range. */
export function splitByMonth(
	from: number,
	to: number
): Array<{ year: number; month: number; from: number; to: number; days: number }> {
	const out: Array<{ year: number; month: number; from: number; to: number; days: number }> = [];
	let start = from;
	while (start <= to) {
		const year = yearOf(start);
		const month = monthOf(start);
		const end = Math.min(to, lastDayOfMonth(year, month));
		out.push({ year, month, from: start, to: end, days: end - start + 1 });
		start = end + 1;
	}
	return out;
}
