import { adviseYear } from '../advice';
import type { AnnualTaxResult, YearEndKind } from '../annual';
import { step, type Step } from '../steps';
import { FINAL_NOTES } from './finalTax';
import type { YearSourceResult, YourYearInput, YourYearResult } from './types';

/**
 * The income year's outcome in words: the range of restskatt or tilgode, the outcome of a year
 * whose tax is final when withheld, and what the person can still do about it.
 */

/** What the person can still do about the outcome, on the day it is read (advice.ts). */
export function adviceFor(
	input: YourYearInput,
	sources: YearSourceResult[],
	o: { net: number; low: number; high: number; twoTables: boolean }
): Step[] {
	return adviseYear({
		year: input.year,
		...(input.today !== undefined ? { today: input.today } : {}),
		fromMonth: input.fromMonth ?? 1,
		...o,
		room: Array.from({ length: 12 }, (_, i) =>
			sources.reduce((t, s) => {
				const m = s.method === 'nav' ? s.withholding?.months[i] : undefined;
				return t + (m ? Math.max(0, m.gross - m.trekk) : 0);
			}, 0)
		),
		otherPayer: sources.some((s) => s.method === 'table' || s.method === 'percent')
	});
}

/** The outcome of a year whose tax is final when withheld: no range, no assumptions. */
export function finish(
	result: YourYearResult,
	annual: AnnualTaxResult,
	advise: (net: number) => Step[]
): YourYearResult {
	// What makes the tax final is said next to the figure, not only in the working.
	const isNote = (x: Step) => FINAL_NOTES.has(x.id);
	result.annual = { ...annual, steps: annual.steps.filter((x) => !isNote(x)) };
	result.steps.push(...annual.steps.filter(isNote));
	const net = annual.total - result.withheld;
	const kind: YearEndKind = net > 0 ? 'restskatt' : net < 0 ? 'tilgode' : 'even';
	result.outcome = { kind, amount: Math.abs(net), net, low: net, high: net };
	result.steps.push(
		step('year.withheld', { withheldKr: result.withheld }),
		step(`annual.outcome.${kind}`, {
			taxKr: annual.total,
			withheldKr: result.withheld,
			amountKr: Math.abs(net)
		})
	);
	result.actions = advise(net);
	return result;
}

/** The outcome's range in words: all restskatt, all tilgode, or from one to the other. */
export function rangeStep(low: number, high: number): Step {
	if (low >= 0) return step('year.range.restskatt', { lowKr: low, highKr: high });
	if (high <= 0) return step('year.range.tilgode', { lowKr: -high, highKr: -low });
	return step('year.range.mixed', { tilgodeKr: -low, restskattKr: high });
}
