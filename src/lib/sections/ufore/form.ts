import * as z from 'zod/mini';
import { isRetiredTable } from '../../input/table';
import { EngineError, uforeYear, type UforeYearResult } from '../../engine';
import {
	kroner,
	optionalKroner,
	optionalPercent,
	percent,
	toFormIssues,
	type FormIssue
} from '../../input/zod';
import { UFORE_YEARS, type UforeForm } from './fields';
import { yearEnum } from '../../years';

/** The uføretrygd section's form as typed, and its parse at the edge (zod), then the engine. */
export { UFORE_YEARS, defaultUforeForm, type UforeForm } from './fields';

const schema = z.object({
	year: z.enum(yearEnum(UFORE_YEARS)),
	monthly: kroner,
	barnetillegg: optionalKroner,
	otherIncome: optionalKroner,
	otherPct: optionalPercent,
	deductions: optionalKroner
});

export type UforeOutcome =
	| { kind: 'result'; result: UforeYearResult; year: number }
	| { kind: 'issues'; issues: FormIssue[] };

/** The first month a voluntary extra withholding could start (from the page: today's date). */
export function computeUfore(form: UforeForm, fromMonth = 1): UforeOutcome {
	const r = schema.safeParse(form);
	const issues: FormIssue[] = r.success ? [] : toFormIssues(r.error.issues);
	let card:
		| { kind: 'table'; table: string }
		| { kind: 'percent'; percent: number }
		| { kind: 'kildeskatt' } = { kind: 'kildeskatt' };
	if (form.cardKind === 'table') {
		const table = form.table.replace(/\s/gu, '');
		if (table === '') issues.push({ field: 'table', code: 'required' });
		else if (isRetiredTable(table)) issues.push({ field: 'table', code: 'retiredTable' });
		card = { kind: 'table', table };
	} else if (form.cardKind === 'percent') {
		const p = percent.safeParse(form.percent);
		if (!p.success) issues.push({ field: 'percent', code: p.error.issues[0]!.message });
		else card = { kind: 'percent', percent: p.data };
	}
	if (!r.success || issues.length > 0) return { kind: 'issues', issues };
	try {
		const d = r.data;
		const result = uforeYear({
			year: Number(d.year),
			monthly: d.monthly,
			...(d.barnetillegg !== undefined ? { barnetillegg: d.barnetillegg } : {}),
			...(d.otherIncome !== undefined ? { otherIncome: d.otherIncome } : {}),
			...(d.otherPct !== undefined ? { otherWithheldPct: d.otherPct } : {}),
			...(d.deductions !== undefined ? { deductions: d.deductions } : {}),
			fromMonth,
			card,
			finnmark: form.finnmark
		});
		return { kind: 'result', result, year: Number(d.year) };
	} catch (e) {
		if (e instanceof EngineError)
			return {
				kind: 'issues',
				issues: e.issues.map((i) => ({
					...i,
					field:
						i.field === 'card.table'
							? 'table'
							: i.field === 'card.percent'
								? 'percent'
								: i.field === 'otherWithheldPct'
									? 'otherPct'
									: i.field
				}))
			};
		return { kind: 'issues', issues: [{ field: 'monthly', code: 'invalid' }] };
	}
}
