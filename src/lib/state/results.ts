import type { WithholdResult } from '../engine';
import type { FirstVsLaterView, ResultView } from './view';

/** The engine's result as the results components' view: figures picked, nothing computed. */
export function adaptResult(result: WithholdResult, year: number): ResultView {
	const firstVsLater: FirstVsLaterView[] = [];
	const parts = result.payments.flatMap((p) => p.parts);
	for (let month = 1; month <= 12; month++) {
		const first = parts.find((x) => x.month === month && x.nth === 1 && x.period !== null);
		const second = parts.find((x) => x.month === month && x.nth === 2 && x.period !== null);
		if (!first || !second || first.trekk <= second.trekk) continue;
		firstVsLater.push({
			month,
			firstKr: first.amount,
			firstTrekkKr: first.trekk,
			firstDays: first.cumulativeDays,
			totalKr: second.cumulativeAmount,
			totalDays: second.cumulativeDays,
			monthTrekkKr: second.monthTotal,
			secondTrekkKr: second.trekk
		});
	}
	return {
		year,
		payments: result.payments.map((p) => ({
			index: p.index,
			from: p.from,
			to: p.to,
			paidOn: p.paidOnAssumed ? undefined : p.paidOn,
			gross: p.gross,
			trekk: p.trekk,
			net: p.net,
			period: p.period,
			rule: p.rule,
			reason: p.reason,
			steps: p.steps,
			interpretation: p.interpretation
		})),
		months: result.months,
		totals: result.totals,
		paidNextYear: result.paidNextYear,
		interpretation: result.interpretations.length > 0,
		firstVsLater
	};
}
