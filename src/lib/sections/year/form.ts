import * as z from 'zod/mini';
import {
	EngineError,
	kindOfBenefit,
	yourYear,
	type IncomeSource,
	type SourceWithholding,
	type YourYearResult
} from '../../engine';
import { kroner, optionalKroner, percent, type FormIssue } from '../../input/zod';
import type { CalcForm } from '../calculator/fields';
import { compute as computeOutcome, fieldOf as calcFieldOf, parseForm } from '../calculator/form';
import { engineIssuesToo, refusalIssues } from '../../input/engineIssues';
import { cleanTable, tableNumberIssue } from '../../input/table';
import { otherIsNav, type YearForm } from './fields';

export {
	YEAR_LABELS as labels,
	OTHER_BY,
	OTHER_KINDS,
	defaultYearExtras,
	defaultYearForm,
	encodeYear,
	type YearExtras,
	type YearForm
} from './fields';
// The page's first screen reads a benefit's kind only once the engine is there.
export { kindOfBenefit } from '../../engine';

// ---------------------------------------------------------------------------------------------
// Form → engine.

export type YearOutcome =
	| { kind: 'result'; result: YourYearResult; year: number }
	| { kind: 'issues'; issues: FormIssue[] };

/**
 * The field map: an engine field path as the page's field id. The NAV source's paths are the
 * calculator's own (its field map, the card's paths included); the other income's are the year's.
 */
export function fieldOf(field: string, mode: CalcForm['mode']): string {
	const nav = /^sources\.0\.withholding\.(.*)$/u.exec(field);
	if (nav) return calcFieldOf(nav[1]!, mode);
	const map: Record<string, string> = {
		'sources.1.amount': 'otherAmount',
		'sources.1.withholding.table': 'otherTable',
		'sources.1.withholding.percent': 'otherPercent',
		'sources.1.withholding.withheld': 'otherWithheld',
		'sources.1.pensionCredit.months': 'pensionMonths',
		'sources.1.withholding.forYear': 'backPayYear',
		'sources.1.withholding.earlierIncome': 'backPayEarlierIncome',
		'sources.1.withholding.benefit': 'otherKind'
	};
	return map[field] ?? field;
}

const optionalWhole = (max: number) =>
	z.pipe(
		z.string(),
		z.transform((s: string, ctx) => {
			const v = s.trim();
			if (v === '') return undefined;
			const n = Number(v.replace(',', '.'));
			if (!Number.isInteger(n) || n < 1 || n > max) {
				ctx.issues.push({ code: 'custom', message: 'invalid', input: s });
				return z.NEVER;
			}
			return n;
		})
	);
const months = optionalWhole(12);
const grade = optionalWhole(100);

/**
 * The year from the page's form. `today` (yyyy-mm-dd) is the page's date: the advice is what can
 * still be done on that day.
 */
export function compute(form: YearForm, today?: string): YearOutcome {
	const parsed = parseForm(form.calc);
	const issues: FormIssue[] = parsed.ok ? [] : [...parsed.issues];
	const e = form.extra;
	const check = <T>(field: string, schema: z.ZodMiniType<T>, value: string): T | undefined => {
		const r = schema.safeParse(value);
		if (r.success) return r.data;
		issues.push({ field, code: r.error.issues[0]!.message });
		return undefined;
	};
	const deductions = check('deductions', optionalKroner, e.deductions);
	const capitalIncome = check('capitalIncome', optionalKroner, e.capitalIncome);
	const pensionMonths = check('pensionMonths', months, e.pensionMonths);
	const pensionGrade = check('pensionGrade', grade, e.pensionGrade);
	const birthYear = check('birthYear', optionalWhole(9999), e.birthYear ?? '');

	// The other income: blank stays blank (undefined) so the engine asks for it.
	let other: IncomeSource | undefined;
	// A back payment of the page's benefit for an earlier year: its kind and NAV's flat rate
	// follow from the benefit (known once the calculator's part parses).
	let backPay: { amount: number | undefined; forYear?: number; earlierIncome?: number } | undefined;
	if (e.otherKind === 'backPay') {
		const amount = blankOr('otherAmount', kroner, e.otherAmount, issues);
		const forYear = check('backPayYear', optionalWhole(9999), e.backPayYear ?? '');
		const earlier = check('backPayEarlierIncome', optionalKroner, e.backPayEarlierIncome ?? '');
		if (amount !== null)
			backPay = {
				amount,
				...(forYear !== undefined ? { forYear } : {}),
				...(earlier !== undefined ? { earlierIncome: earlier } : {})
			};
	} else if (e.otherKind !== 'none') {
		const amount = blankOr('otherAmount', kroner, e.otherAmount, issues);
		let withholding: SourceWithholding | undefined;
		if (otherIsNav(e)) {
			// NAV withholds by the table on one benefit only: a second NAV benefit is withheld at
			// the card's percentage (docs/nav-payments.md §1), asked for when blank.
			const p = blankOr('otherPercent', percent, e.otherPercent, issues);
			withholding =
				p === null ? undefined : { by: 'percent', ...(p !== undefined ? { percent: p } : {}) };
		} else if (e.otherBy === 'table') {
			// The table number's one check (input/table.ts); whether the year has it, the engine's.
			const table = cleanTable(e.otherTable);
			const issue = tableNumberIssue(table);
			if (issue) issues.push({ field: 'otherTable', code: issue });
			else withholding = { by: 'table', table };
		} else if (e.otherBy === 'percent') {
			const p = blankOr('otherPercent', percent, e.otherPercent, issues);
			withholding =
				p === null ? undefined : { by: 'percent', ...(p !== undefined ? { percent: p } : {}) };
		} else {
			const w = blankOr('otherWithheld', kroner, e.otherWithheld, issues);
			withholding =
				w === null ? undefined : { by: 'known', ...(w !== undefined ? { withheld: w } : {}) };
		}
		if (amount !== null && withholding)
			other = {
				kind: e.otherKind,
				...(amount !== undefined ? { amount } : {}),
				withholding
			};
	}
	// The calculator's part as the calculator shows it: its form's and its engine's issues together.
	if (!parsed.ok) {
		const calc = computeOutcome(form.calc);
		const calcIssues = calc.kind === 'issues' ? calc.issues : parsed.issues;
		return { kind: 'issues', issues: [...calcIssues, ...issues.slice(parsed.issues.length)] };
	}

	const input = parsed.input;
	const credit =
		pensionMonths !== undefined || pensionGrade !== undefined
			? {
					...(pensionMonths !== undefined ? { months: pensionMonths } : {}),
					...(pensionGrade !== undefined ? { gradePct: pensionGrade } : {})
				}
			: undefined;
	const nav: IncomeSource = {
		withholding: {
			by: 'nav',
			benefit: input.benefit,
			card: input.card,
			payments: input.payments,
			...(input.extra ? { extra: input.extra } : {}),
			...(input.meldekortWeeks ? { meldekortWeeks: input.meldekortWeeks } : {}),
			...(input.withUforetrygd ? { withUforetrygd: true } : {})
		},
		...(credit ? { pensionCredit: credit } : {})
	};
	if (backPay) {
		const kind = kindOfBenefit(input.benefit);
		if (kind === 'barnepensjon') issues.push({ field: 'otherKind', code: 'invalid' });
		else
			other = {
				kind,
				...(backPay.amount !== undefined ? { amount: backPay.amount } : {}),
				withholding: {
					by: 'backPay',
					benefit: input.benefit,
					...(backPay.forYear !== undefined ? { forYear: backPay.forYear } : {}),
					...(backPay.earlierIncome !== undefined ? { earlierIncome: backPay.earlierIncome } : {})
				}
			};
	}
	const sources = [
		nav,
		...(other ? [{ ...other, ...(credit ? { pensionCredit: credit } : {}) }] : [])
	];
	const yearInput: Parameters<typeof yourYear>[0] = {
		year: input.year,
		sources,
		...(deductions !== undefined ? { deductions } : {}),
		...(capitalIncome !== undefined ? { capitalIncome } : {}),
		...(birthYear !== undefined ? { birthYear } : {}),
		finnmark: e.finnmark,
		...(today !== undefined ? { today } : {})
	};
	const toForm = (field: string) => fieldOf(field, form.calc.mode);
	// What the engine asks for or refuses shows with the form's own issues, at the first submit.
	if (issues.length > 0) {
		const run = () => {
			const r = yourYear(yearInput);
			if (r.needs.length > 0) throw new EngineError(r.needs);
		};
		return { kind: 'issues', issues: [...issues, ...engineIssuesToo(run, issues, toForm)] };
	}
	try {
		const result = yourYear(yearInput);
		if (result.needs.length > 0)
			return {
				kind: 'issues',
				issues: result.needs.map((n) => ({ ...n, field: toForm(n.field) }))
			};
		return { kind: 'result', result, year: input.year };
	} catch (e) {
		return { kind: 'issues', issues: refusalIssues(e, (f) => fieldOf(f, form.calc.mode), 'form') };
	}
}

/** Blank → undefined (unknown: the engine asks); bad → null with an issue; else the number. */
function blankOr(
	field: string,
	schema: z.ZodMiniType<number>,
	value: string,
	issues: FormIssue[]
): number | undefined | null {
	if (value.trim() === '') return undefined;
	const r = schema.safeParse(value);
	if (r.success) return r.data;
	issues.push({ field, code: r.error.issues[0]!.message });
	return null;
}

export { todayIso } from '../../years';
