import { cardField } from '../../input/engineIssues';
import { runEngine } from '../../input/runEngine';
import * as z from 'zod/mini';
import { cleanTable, tableNumberIssue } from '../../input/table';
import { uforeYear, type UforeYearResult } from '../../engine';
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
export { UFORE_LABELS as labels, UFORE_YEARS, defaultUforeForm, type UforeForm } from './fields';

const schema = z.object({
	year: z.enum(yearEnum(UFORE_YEARS)),
	monthly: kroner,
	barnetillegg: optionalKroner,
	otherIncome: optionalKroner,
	otherPct: optionalPercent,
	deductions: optionalKroner,
	birthYear: z.pipe(
		z.string(),
		z.transform((s: string, ctx) => {
			const v = s.trim();
			if (v === '') return undefined;
			const n = Number(v);
			if (!Number.isInteger(n) || n < 1) {
				ctx.issues.push({ code: 'custom', message: 'invalid', input: s });
				return z.NEVER;
			}
			return n;
		})
	)
});

export type UforeOutcome =
	| { kind: 'result'; result: UforeYearResult; year: number }
	| { kind: 'issues'; issues: FormIssue[] };

/** `today` (yyyy-mm-dd, from the page) decides what advice can still be followed. */
export function compute(form: UforeForm, today?: string): UforeOutcome {
	const r = schema.safeParse(form);
	const issues: FormIssue[] = r.success ? [] : toFormIssues(r.error.issues);
	let card:
		| { kind: 'table'; table: string }
		| { kind: 'percent'; percent: number }
		| { kind: 'kildeskatt' } = { kind: 'kildeskatt' };
	if (form.cardKind === 'table') {
		const table = cleanTable(form.table);
		const issue = tableNumberIssue(table);
		// An unknown four-digit table is the engine's to say (below), at the same field.
		if (issue && issue !== 'unknownTable') issues.push({ field: 'table', code: issue });
		card = { kind: 'table', table };
	} else if (form.cardKind === 'percent') {
		const p = percent.safeParse(form.percent);
		if (!p.success) issues.push({ field: 'percent', code: p.error.issues[0]!.message });
		else card = { kind: 'percent', percent: p.data };
	}
	// Each field on its own, so the engine can check what did parse when something did not.
	const d = r.success ? r.data : partialOf(form);
	const input: Parameters<typeof uforeYear>[0] = {
		year: Number(d.year),
		monthly: d.monthly ?? 0,
		...(d.barnetillegg !== undefined ? { barnetillegg: d.barnetillegg } : {}),
		...(d.otherIncome !== undefined ? { otherIncome: d.otherIncome } : {}),
		...(d.otherPct !== undefined ? { otherWithheldPct: d.otherPct } : {}),
		...(d.deductions !== undefined ? { deductions: d.deductions } : {}),
		...(d.birthYear !== undefined ? { birthYear: d.birthYear } : {}),
		...(today !== undefined ? { today } : {}),
		card,
		finnmark: form.finnmark
	};
	// The engine's checks (an unknown table, …) show with the form's, at the first submit.
	const run = runEngine(() => uforeYear(input), issues, fieldOf, 'monthly');
	if ('issues' in run) return { kind: 'issues', issues: run.issues };
	return { kind: 'result', result: run.result, year: input.year };
}

/** The field map: the engine's field as this form's. */
export function fieldOf(field: string): string {
	if (field === 'otherWithheldPct') return 'otherPct';
	return cardField(field) ?? field;
}

/** The fields that parse, each on its own (`monthly` undefined when it does not). */
function partialOf(form: UforeForm): Partial<z.infer<typeof schema>> & { year: string } {
	const out: Partial<z.infer<typeof schema>> & { year: string } = { year: form.year };
	for (const key of [
		'monthly',
		'barnetillegg',
		'otherIncome',
		'otherPct',
		'deductions',
		'birthYear'
	] as const) {
		const r = schema.shape[key].safeParse(form[key]);
		if (r.success && r.data !== undefined) out[key] = r.data;
	}
	return out;
}
