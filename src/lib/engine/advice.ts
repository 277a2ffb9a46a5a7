import { dayFromCivil, dayNumber, civilFromDay, isoOf } from './calendar';
import { isBankingDay } from './nav/payDates';
import type { Source } from './rules/source';
import { step, type Step } from './steps';

/**
 * What a person can still do about the year's likely outcome, on the day the advice is read
 * (docs/annual-and-back-payments.md §2c). Pure: today's date is a parameter, so a test fixes it.
 *
 * - A voluntary extra withholding starts the month after NAV registers it (docs/nav-payments.md
 *   §1), so asked for today it reaches the payments from next month to December.
 * - It is never more a month than the smallest of those payments can carry (what is left of the
 *   payment after the ordinary withholding); what those months cannot carry is said as the part
 *   left over.
 * - A changed tax card changes only payments still to come: it is advised only while a month of
 *   the year is left to withhold from.
 * - With no month left, restskatt can be paid in as an additional advance (tilleggsforskudd) by
 *   31 May of the next year, or the next banking day when that is a weekend or a holiday, to avoid
 *   the interest on restskatt (Skatteetaten); after that date the settlement decides.
 */

/** An outcome within this of zero is "about even": nothing to do (a design choice, said). */
export const NEAR_ZERO_KR = 1_000;

export const TILLEGGSFORSKUDD: Source[] = [
	{
		title: 'Skatteetaten: Tilleggsforskudd',
		section: 'betal innen 31. mai året etter for å unngå rentetillegg på restskatt',
		url: 'https://www.skatteetaten.no/bedrift-og-organisasjon/skatt/forskuddsskatt/tilleggsforskudd/',
		docs: 'docs/annual-and-back-payments.md §2c'
	},
	{
		title: 'Skatteetaten: Skattebetalingshåndboken',
		section: 'skattebetalingsloven § 4-7: tilleggsforskudd, for personlige skattytere også',
		url: 'https://www.skatteetaten.no/rettskilder/type/handboker/skattebetalingshandboken/'
	}
];

export const EXTRA_STARTS: Source = {
	title: 'Skatteetaten: Frivillig skattetrekk',
	section: 'fra måneden etter at NAV har registrert det',
	docs: 'docs/nav-payments.md §1'
};

export interface AdviceInput {
	year: number;
	/** Today, yyyy-mm-dd. Absent: `fromMonth` decides, and no date is known. */
	today?: string;
	/** The first month an extra withholding could start when `today` is absent (13: none). */
	fromMonth?: number;
	/** Tax − withheld (positive: restskatt), and its range. */
	net: number;
	low: number;
	high: number;
	/** Two or more payers withhold by table. */
	twoTables: boolean;
	/**
	 * What NAV's payments of each month 1–12 could still carry: gross − withheld (0 for a month
	 * NAV pays nothing). Twelve entries.
	 */
	room: readonly number[];
	/** A payer other than NAV withholds by table or percentage (assumed to pay to December). */
	otherPayer: boolean;
}

/** The first month (1–12) an extra withholding registered today reaches; 13: none this year. */
export function firstExtraMonth(year: number, today: string): number {
	const d = dayNumber(today);
	if (d === undefined) return 1;
	const c = civilFromDay(d);
	if (c.year < year) return 1;
	if (c.year > year) return 13;
	return c.month + 1;
}

/** 31 May of the year after, moved to the next banking day (Skatteetaten: Tilleggsforskudd). */
export function advanceDeadline(year: number): string {
	let d = dayFromCivil(year + 1, 5, 31);
	while (!isBankingDay(d)) d += 1;
	return isoOf(d);
}

export function adviseYear(input: AdviceInput): Step[] {
	const { year, net, low, high } = input;
	const near = (x: number) => Math.abs(x) <= NEAR_ZERO_KR;
	if (near(net) && near(low) && near(high))
		return [step('year.action.nothing', { nearKr: NEAR_ZERO_KR })];
	const first =
		input.today !== undefined ? firstExtraMonth(year, input.today) : (input.fromMonth ?? 1);
	// The months an extra withholding still reaches, and what each can carry.
	const months: number[] = [];
	for (let m = Math.max(1, first); m <= 12; m++) if ((input.room[m - 1] ?? 0) > 0) months.push(m);
	const cardStillCounts = first <= 12 && (months.length > 0 || input.otherPayer);
	const actions: Step[] = [];
	if (net > NEAR_ZERO_KR) {
		if (cardStillCounts)
			actions.push(
				step(input.twoTables ? 'year.action.newTaxCardTwoTables' : 'year.action.newTaxCard', {
					amountKr: net,
					fromMonth: first
				})
			);
		let left = net;
		if (months.length > 0) {
			// Spread over the months left, rounded up to whole 10 kr, but never more than the
			// smallest of those payments can carry (rounded down to whole 10 kr).
			const even = Math.ceil(net / months.length / 10) * 10;
			const carry = Math.floor(Math.min(...months.map((m) => input.room[m - 1]!)) / 10) * 10;
			const perMonth = Math.min(even, carry);
			if (perMonth > 0) {
				const from = months[0]!;
				const total = perMonth * months.length;
				left = net - total;
				// Capped: it covers only part, and says so (the rest follows as an advance).
				const part = perMonth < even ? 'Part' : '';
				actions.push(
					months.length === 1
						? step(
								`year.action.extraWithholdingLast${part}`,
								{ perMonthKr: perMonth, fromMonth: from },
								{ source: EXTRA_STARTS }
							)
						: step(
								`year.action.extraWithholding${part}`,
								{ perMonthKr: perMonth, months: months.length, fromMonth: from, totalKr: total },
								{ source: EXTRA_STARTS }
							)
				);
			}
		}
		// What the months left cannot carry, or all of it when no month is left: paid in as an
		// advance by the date Skatteetaten gives, or after that date left to the settlement.
		const deadline = advanceDeadline(year);
		const advance = (id: string, amountKr: number) =>
			actions.push(
				input.today !== undefined && input.today > deadline
					? step('year.action.yearOverRestskatt', { amountKr })
					: step(
							id,
							{ amountKr, deadlineDate: deadline, nextYear: year + 1 },
							{ source: TILLEGGSFORSKUDD }
						)
			);
		if (months.length > 0 && left > NEAR_ZERO_KR) advance('year.action.advanceRest', left);
		if (!cardStillCounts) {
			advance('year.action.advance', net);
			actions.push(step('year.action.nextYearCard', { nextYear: year + 1 }));
		}
	} else if (net < -NEAR_ZERO_KR) {
		if (cardStillCounts) actions.push(step('year.action.lowerWithholding', { amountKr: -net }));
		else actions.push(step('year.action.yearOverTilgode', { amountKr: -net }));
	}
	if (Math.sign(low) !== Math.sign(high) || Math.sign(low) !== Math.sign(net))
		actions.push(step('year.action.checkAssumptions', {}));
	return actions;
}
