import type { PaymentResult, WithholdResult } from '../../engine';
import type { FirstVsLaterView, FvlPayment, PaymentView, ResultView } from './view';

/** A payment as the box names it, read from the payment view its card renders. */
function fvlPayment(view: PaymentView, result: PaymentResult, month: number): FvlPayment {
	const share = result.parts.filter((x) => x.month === month).reduce((s, x) => s + x.trekk, 0);
	return {
		index: view.index,
		cardTrekk: view.trekk,
		shareKr: share,
		otherMonths: result.parts
			.filter((x) => x.month !== month && x.trekk > 0)
			.map((x) => ({ month: x.month, trekk: x.trekk })),
		extraKr: result.extraTrekk
	};
}

/** The engine's result as the results components' view: figures picked, nothing computed. */
export function adaptResult(result: WithholdResult, year: number): ResultView {
	const payments: PaymentView[] = result.payments.map((p) => ({
		index: p.index,
		from: p.from,
		to: p.to,
		paidOn: p.paidOn,
		paidOnAssumed: p.paidOnAssumed,
		...(p.meldeperiode?.fromWeek !== undefined && p.meldeperiode.toWeek !== undefined
			? { meldeperiodeWeeks: [p.meldeperiode.fromWeek, p.meldeperiode.toWeek] as const }
			: {}),
		gross: p.gross,
		trekk: p.trekk,
		net: p.net,
		period: p.period,
		rule: p.rule,
		reason: p.reason,
		steps: p.steps,
		interpretation: p.interpretation
	}));
	const firstVsLater: FirstVsLaterView[] = [];
	const owner = (nth: 1 | 2, month: number) =>
		result.payments.findIndex((p) =>
			p.parts.some((x) => x.month === month && x.nth === nth && x.period !== null)
		);
	for (let month = 1; month <= 12; month++) {
		const a = owner(1, month);
		const b = owner(2, month);
		if (a < 0 || b < 0) continue;
		const first = result.payments[a]!.parts.find((x) => x.month === month && x.nth === 1)!;
		const second = result.payments[b]!.parts.find((x) => x.month === month && x.nth === 2)!;
		if (first.trekk <= second.trekk) continue;
		firstVsLater.push({
			month,
			firstKr: first.amount,
			firstDays: first.cumulativeDays,
			totalKr: second.cumulativeAmount,
			totalDays: second.cumulativeDays,
			monthTrekkKr: second.monthTotal,
			first: fvlPayment(payments[a]!, result.payments[a]!, month),
			second: fvlPayment(payments[b]!, result.payments[b]!, month)
		});
	}
	return {
		year,
		payments,
		months: result.months.map((m) => ({
			month: m.month,
			gross: m.gross,
			trekk: m.trekk,
			net: m.net,
			rule: m.rule,
			payments: result.payments
				.filter(
					(p) => p.paidOn.slice(0, 4) === String(year) && Number(p.paidOn.slice(5, 7)) === m.month
				)
				.map((p) => p.index)
		})),
		totals: result.totals,
		paidNextYear: result.paidNextYear,
		interpretation: result.interpretations.length > 0,
		interpretations: result.interpretations.map((id) => ({
			id,
			payments: result.payments.filter((p) => p.interpretations.includes(id)).map((p) => p.index)
		})),
		firstVsLater
	};
}
