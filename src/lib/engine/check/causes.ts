// The one adapter between "check a year" and the explain search: what `explainPayment` gives for
// a payment that differs, made into the line's causes. Everything the check (and its page) reads
// of an explanation goes through `causesOf`, so a change in the explain result's shape is met here.
import type { ExplainCheck, ExplainResult, FlatWhy, PaymentOrder } from '../explain';
import type { MonthRule } from '../nav/benefits';

/** What gives the withholding of a line that differs, in the few words the page says it in. */
export type LineCause =
	/** A table gives it (a changed card, a second payer's table, the other order in the month). */
	| { kind: 'table'; tables: string[]; rule: MonthRule; order: PaymentOrder }
	/** A flat rate or a percentage card gives it (a back payment, no card, kildeskatt …). */
	| { kind: 'percent'; why: FlatWhy; percent: number }
	/** A frikort gives it: nothing withheld, or the rate after the limit. */
	| { kind: 'frikort'; state: 'within' | 'usedUp'; percent: number }
	/** Nothing found gives it: something to check (a second payer, a changed card, an extra …). */
	| { kind: 'check'; check: ExplainCheck };

/** The causes of a line from its explanation: what fits first, then what to check. */
export function causesOf(r: ExplainResult): LineCause[] {
	const out: LineCause[] = [];
	for (const c of r.causes) {
		if (c.kind === 'percent') out.push({ kind: 'percent', why: c.why, percent: c.percent });
		else if (c.kind === 'frikort')
			out.push({ kind: 'frikort', state: c.state, percent: c.percent });
		else out.push({ kind: 'table', tables: c.tables, rule: c.rule, order: c.order });
	}
	if (out.length === 0) for (const check of r.check) out.push({ kind: 'check', check });
	return out;
}

/** A line whose causes name something that gives its withholding (not only what to check). */
export function isExplained(causes: readonly LineCause[]): boolean {
	return causes.some((c) => c.kind !== 'check');
}
