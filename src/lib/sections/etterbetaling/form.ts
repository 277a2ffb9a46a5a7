import { cardField } from '../../input/engineIssues';
import { runEngine } from '../../input/runEngine';
import { etterbetaling, type Card, type EtterbetalingResult } from '../../engine';
import { cleanTable, tableNumberIssue } from '../../input/table';
import { kroner, optionalKroner, percent, toFormIssues, type FormIssue } from '../../input/zod';
import { isBenefit } from '../../engine/nav/benefits';
import { incomeYears, type EtterbetalingForm } from './fields';

/** The back-payment section's form as typed, its parse at the edge (zod), then the engine. */
export {
	ETTERBETALING_LABELS as labels,
	ANNUAL_YEARS,
	defaultEtterbetalingForm,
	incomeYears,
	type EtterbetalingForm,
	type PartRow
} from './fields';

export type EtterbetalingOutcome =
	| { kind: 'result'; result: EtterbetalingResult; payoutYear: number }
	| { kind: 'issues'; issues: FormIssue[] };

export function compute(form: EtterbetalingForm): EtterbetalingOutcome {
	const issues: FormIssue[] = [];
	const benefit = isBenefit(form.benefit) ? form.benefit : undefined;
	if (!benefit) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	const payoutYear = Number(form.payoutYear);
	const parts = form.parts.map((row, i) => {
		const amount = kroner.safeParse(row.amount);
		if (!amount.success)
			issues.push({ field: `parts.${i}.amount`, code: amount.error.issues[0]!.message });
		const year = Number(row.year);
		const from = Number(row.fromMonth);
		const to = Number(row.toMonth);
		if (year === payoutYear && to < from)
			issues.push({ field: `parts.${i}.toMonth`, code: 'toBeforeFrom' });
		const months =
			year === payoutYear
				? Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k)
				: undefined;
		return { year, amount: amount.success ? amount.data : 0, ...(months ? { months } : {}) };
	});
	if (form.parts.length === 0) issues.push({ field: 'parts', code: 'required' });
	const income: Record<number, { wage?: number; pension?: number }> = {};
	for (const year of incomeYears(form)) {
		const typed = form.income[year] ?? { wage: '', pension: '' };
		const w = optionalKroner.safeParse(typed.wage);
		const p = optionalKroner.safeParse(typed.pension);
		if (!w.success)
			issues.push(
				...toFormIssues(w.error.issues).map((x) => ({ ...x, field: `income.${year}.wage` }))
			);
		if (!p.success)
			issues.push(
				...toFormIssues(p.error.issues).map((x) => ({ ...x, field: `income.${year}.pension` }))
			);
		// Blank is unknown, never 0: the payout year needs both figures; in an earlier year, one
		// figure given asks for the other, and both blank means unknown (the engine assumes the
		// payout year's income and says so).
		const payout = year === form.payoutYear;
		if (w.success && p.success && (payout || w.data !== undefined || p.data !== undefined)) {
			if (w.data === undefined) issues.push({ field: `income.${year}.wage`, code: 'required' });
			if (p.data === undefined) issues.push({ field: `income.${year}.pension`, code: 'required' });
		}
		if (w.success && p.success && (w.data !== undefined || p.data !== undefined))
			income[Number(year)] = {
				...(w.data !== undefined ? { wage: w.data } : {}),
				...(p.data !== undefined ? { pension: p.data } : {})
			};
	}
	const table = cleanTable(form.table);
	if (form.cardKind === 'table') {
		const issue = tableNumberIssue(table);
		// An unknown four-digit table is the engine's to say (below), at the same field.
		if (issue && issue !== 'unknownTable') issues.push({ field: 'table', code: issue });
	}
	// The card's percentage: required on a percentage card; on a table card the engine asks for
	// it when a part is for earlier months of the payout year (never guessed).
	let pct: number | undefined;
	if (form.cardKind === 'percent' || (form.cardKind === 'table' && form.percent.trim() !== '')) {
		const r = percent.safeParse(form.percent);
		if (r.success) pct = r.data;
		else issues.push(...toFormIssues(r.error.issues).map((x) => ({ ...x, field: 'percent' })));
	}
	const card: Card | undefined =
		form.cardKind === 'table'
			? {
					kind: 'table',
					table,
					...(pct !== undefined ? { percent: pct } : {})
				}
			: form.cardKind === 'percent'
				? { kind: 'percent', percent: pct! }
				: form.cardKind === 'kildeskatt' || form.cardKind === 'svalbard'
					? { kind: form.cardKind }
					: undefined;
	if (!benefit) return { kind: 'issues', issues };
	const input: Parameters<typeof etterbetaling>[0] = {
		payoutYear,
		benefit,
		parts,
		income,
		finnmark: form.finnmark,
		...(card ? { card } : {})
	};
	// The engine's own checks (a table card's percentage for this year's months, …) show with the
	// form's, at the first submit, on the fields the form found nothing wrong with.
	const run = runEngine(() => etterbetaling(input), issues, fieldOf, 'parts');
	if ('issues' in run) return { kind: 'issues', issues: run.issues };
	return { kind: 'result', result: run.result, payoutYear };
}

/** The field map: the engine's field as this form's (the card's through `cardField`). */
export function fieldOf(field: string): string {
	return cardField(field) ?? field;
}
