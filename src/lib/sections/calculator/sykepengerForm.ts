import {
	grunnbelopOn,
	sykepengeGrunnlag,
	sykepengePayments,
	type SykepengeResult,
	type Step
} from '../../engine';
import { isoDate, kroner, percent, type FormIssue } from '../../input/zod';
import { refusalIssues } from '../../input/engineIssues';

// The form as typed lives with the calculator's form (form.ts), so it travels in the link.
export { defaultSykepengerForm, type SykepengerForm } from './fields';
import type { SykepengerForm } from './fields';

export type SykepengerOutcome =
	| {
			kind: 'result';
			result: SykepengeResult;
			payments: Array<{ from: string; to: string; amount: number; weekdays: number }>;
			/** The employer period, the grade and the weekdays, as steps. */
			paymentSteps: Step[];
	  }
	| { kind: 'issues'; issues: FormIssue[] };

/** Does the first day of absence need the person to give G (no G in our sources)? */
export function needsG(firstDay: string): boolean {
	return isoDate.safeParse(firstDay).success && grunnbelopOn(firstDay) === undefined;
}

export function computeSykepenger(form: SykepengerForm, today: string): SykepengerOutcome {
	const issues: FormIssue[] = [];
	const num = (field: string, raw: string): number | undefined => {
		const r = kroner.safeParse(raw);
		if (r.success) return r.data;
		issues.push({ field, code: r.error.issues[0]!.message });
		return undefined;
	};
	const first = isoDate.safeParse(form.firstDay);
	if (!first.success) issues.push({ field: 'sp.firstDay', code: first.error.issues[0]!.message });
	const months =
		form.kind === 'monthly' ? form.months.map((m, i) => num(`sp.months.${i}`, m)) : undefined;
	const hourlyIncome =
		form.kind === 'hourly' ? num('sp.hourlyIncome', form.hourlyIncome) : undefined;
	const days = form.kind === 'hourly' ? Number(form.daysWorked.trim()) : undefined;
	if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 366))
		issues.push({ field: 'sp.daysWorked', code: 'notInteger' });
	const g = needsG(form.firstDay) ? num('sp.g', form.g) : undefined;
	const from = isoDate.safeParse(form.from);
	const to = isoDate.safeParse(form.to);
	if (!from.success) issues.push({ field: 'sp.from', code: from.error.issues[0]!.message });
	if (!to.success) issues.push({ field: 'sp.to', code: to.error.issues[0]!.message });
	// Graded sick leave: blank is 100 %.
	let gradePct: number | undefined;
	if (form.grade.trim() !== '') {
		const r = percent.safeParse(form.grade);
		if (!r.success || r.data < 20) issues.push({ field: 'sp.grade', code: 'gradeRange' });
		else gradePct = r.data;
	}
	if (issues.length > 0 || !first.success || !from.success || !to.success)
		return { kind: 'issues', issues };
	try {
		const result = sykepengeGrunnlag({
			firstDayOfAbsence: first.data,
			today,
			...(months
				? { months: months as number[] }
				: { hourly: { income: hourlyIncome!, daysWorked: days! } }),
			...(g !== undefined ? { g } : {})
		});
		const paid = sykepengePayments({
			dagsatsKr: result.dagsatsKr,
			from: from.data,
			to: to.data,
			// The employer pays the first 16 days; NAV's payments start after them.
			firstDayOfAbsence: first.data,
			...(gradePct !== undefined ? { gradePct } : {})
		});
		return { kind: 'result', result, payments: paid.payments, paymentSteps: paid.steps };
	} catch (e) {
		return { kind: 'issues', issues: refusalIssues(e, sykepengerFieldOf, 'sp.firstDay') };
	}
}

/** The field map: the engine's sykepenger field as the step's form field. */
function sykepengerFieldOf(field: string): string {
	if (field === 'firstDayOfAbsence') return 'sp.firstDay';
	if (field === 'gradePct') return 'sp.grade';
	return `sp.${field.replace('hourly.', '').replace('income', 'hourlyIncome')}`;
}
