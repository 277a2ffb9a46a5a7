import { withholdPayments, type Card, type PaymentResult } from '../payments';
import type { Cited } from '../rules/source';
import { step, type Step } from '../steps';
import { paymentsFor } from './earlier';
import type { Checked } from './input';
import type { FlatWhy, FrikortCause, PercentCause } from './types';

/**
 * Flat rates (docs/nav-payments.md §1, §6): a rate NAV applies to every payment, computed by the
 * engine as a percentage card at that rate, and the frikort (nothing withheld within the limit,
 * 50 % once it is used up).
 */

export function extraOutStep(c: Checked, extraKr: number): Step {
	const x = c.extra!;
	return step('kroner' in x ? 'explain.extraOutKroner' : 'explain.extraOutPercent', {
		withheldKr: c.withheld,
		extraKr,
		taxKr: c.withheld - extraKr,
		...('kroner' in x ? { monthlyKr: x.kroner } : { ratePct: x.percent })
	});
}

/** A flat rate on every payment: computed by the engine as a percentage card at that rate. */
export function flatRun(
	c: Checked,
	card: Card
): { tax: number; extra: number; result: PaymentResult } | undefined {
	const payments = paymentsFor(c, true);
	const r = withholdPayments({
		year: c.year,
		benefit: c.benefit,
		card,
		payments,
		...(c.extra ? { extra: c.extra } : {})
	});
	const last = r.payments[payments.length - 1]!;
	return { tax: last.taxTrekk, extra: last.extraTrekk, result: last };
}

export function percentCause(
	c: Checked,
	why: FlatWhy,
	percent: number,
	source: Cited,
	interpretation: boolean
): PercentCause | undefined {
	const run = flatRun(c, { kind: 'percent', percent });
	if (!run || run.tax + run.extra !== c.withheld) return undefined;
	const steps: Step[] = [];
	if (c.extra) steps.push(extraOutStep(c, run.extra));
	for (const s of run.result.steps) {
		if (s.id === 'payments.percent')
			steps.push(
				step(
					`explain.rate.${why}`,
					{ ratePct: percent, amountKr: c.payment.amount, trekkKr: run.tax },
					{ source, ...(interpretation ? { interpretation: true } : {}) }
				)
			);
		else steps.push(s);
	}
	return {
		kind: 'percent',
		why,
		percent,
		source,
		taxKr: run.tax,
		extraKr: run.extra,
		steps,
		interpretation: steps.some((s) => s.interpretation === true)
	};
}

export function frikortCause(
	state: FrikortCause['state'],
	percent: number,
	source: Cited,
	tax: number,
	extra: number,
	steps: Step[]
): FrikortCause {
	const all = [
		step(`explain.frikort.${state}`, { ratePct: percent }, { source }),
		...steps.filter((s) => !s.id.startsWith('payments.frikort'))
	];
	return {
		kind: 'frikort',
		state,
		percent,
		taxKr: tax,
		extraKr: extra,
		steps: all,
		interpretation: all.some((s) => s.interpretation === true)
	};
}
