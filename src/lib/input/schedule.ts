/**
 * Quick mode: "about X kr every month / every 14 days from <month>" becomes the year's list of
 * payments. Dates are calendar dates (UTC arithmetic, no time zones). This only lays out periods
 * and amounts; all withholding is the engine's.
 */
export type Frequency = 'month' | '14days';

export interface GeneratedPayment {
	from: string;
	to: string;
	amount: number;
}

const DAY = 86_400_000;

export function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function dateMs(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day);
}

function lastDayOfMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Monthly: one payment per calendar month for that month. Every 14 days: two-week periods Monday
 * to Sunday starting on the first Monday of the chosen month; a period that would end after
 * 31 December is not paid this year. No pay dates: the engine assumes NAV's usual date for the
 * benefit (engine/nav/payDates.ts) and says so on every payment.
 */
export function generateSchedule(opts: {
	year: number;
	amount: number;
	frequency: Frequency;
	fromMonth: number;
}): GeneratedPayment[] {
	const { year, amount, frequency, fromMonth } = opts;
	const out: GeneratedPayment[] = [];
	// Only real calendar values: a NaN year or month would never reach a Monday below.
	if (!Number.isInteger(year) || !Number.isInteger(fromMonth) || fromMonth < 1 || fromMonth > 12)
		return out;
	if (frequency === 'month') {
		for (let m = fromMonth; m <= 12; m++) {
			out.push({
				from: isoDate(dateMs(year, m, 1)),
				to: isoDate(dateMs(year, m, lastDayOfMonth(year, m))),
				amount
			});
		}
		return out;
	}
	let start = dateMs(year, fromMonth, 1);
	while (new Date(start).getUTCDay() !== 1) start += DAY;
	const yearEnd = dateMs(year, 12, 31);
	for (;;) {
		const end = start + 13 * DAY;
		if (end > yearEnd) break;
		out.push({ from: isoDate(start), to: isoDate(end), amount });
		start += 14 * DAY;
	}
	return out;
}
