import { EngineError, type FieldIssue } from '../errors';
import { isBenefit } from '../nav/benefits';
import { getYearRules, TABLE_YEARS } from '../rules';
import { isValidTable } from '../tabelltrekk';
import { amountIssue, isObj, percentIssue } from '../validate';
import { INCOME_KINDS, kindOfBenefit, type IncomeKind, type YourYearInput } from './types';

/**
 * The income year's input checked before anything is computed: what is wrong (`issues`, thrown
 * as an EngineError by the caller) apart from what is blank and would decide the answer
 * (`needs`, asked for instead of an outcome).
 */

export interface Parsed {
	issues: FieldIssue[];
	needs: FieldIssue[];
}

export function validate(input: YourYearInput): Parsed {
	const issues: FieldIssue[] = [];
	const needs: FieldIssue[] = [];
	try {
		getYearRules(input.year);
	} catch (e) {
		if (e instanceof EngineError) issues.push(...e.issues);
		else throw e;
	}
	const sources: unknown[] = Array.isArray(input.sources) ? input.sources : [];
	if (sources.length === 0) issues.push({ field: 'sources', code: 'required' });
	// A qualifying pension paid by NAV gives its months from the payments; one given as an
	// amount is asked for its months, never 12 taken silently (docs/annual-and-back-payments.md §2.8).
	const navPension = sources.some(
		(x) =>
			isObj(x) &&
			isObj(x.withholding) &&
			x.withholding.by === 'nav' &&
			isBenefit(x.withholding.benefit) &&
			(x.kind ?? kindOfBenefit(x.withholding.benefit)) === 'pension'
	);
	sources.forEach((src, i) => {
		const f = `sources.${i}`;
		if (!isObj(src) || !isObj(src.withholding)) return issues.push({ field: f, code: 'invalid' });
		const w = src.withholding;
		if (src.kind !== undefined && !INCOME_KINDS.includes(src.kind as IncomeKind))
			issues.push({ field: `${f}.kind`, code: 'invalid' });
		if (w.by !== 'nav') {
			if (src.kind === undefined) issues.push({ field: `${f}.kind`, code: 'required' });
			const c = src.pensionCredit;
			if (
				src.kind === 'pension' &&
				w.by !== 'backPay' &&
				!navPension &&
				(!isObj(c) || c.months === undefined)
			)
				needs.push({ field: `${f}.pensionCredit.months`, code: 'required' });
			if (src.amount === undefined) needs.push({ field: `${f}.amount`, code: 'required' });
			else {
				const x = amountIssue(`${f}.amount`, src.amount);
				if (x) issues.push(x);
			}
		}
		switch (w.by) {
			case 'nav':
				if (!isBenefit(w.benefit))
					issues.push({ field: `${f}.withholding.benefit`, code: 'unknownBenefit' });
				break;
			case 'table':
				if (typeof w.table !== 'string' || !isValidTable(w.table))
					issues.push({ field: `${f}.withholding.table`, code: 'unknownTable' });
				else if (!TABLE_YEARS.includes(input.year))
					issues.push({
						field: `${f}.withholding.table`,
						code: 'unknownYear',
						values: { years: TABLE_YEARS.join(', ') }
					});
				break;
			case 'percent':
				if (w.percent === undefined)
					needs.push({ field: `${f}.withholding.percent`, code: 'required' });
				else {
					const x = percentIssue(`${f}.withholding.percent`, w.percent);
					if (x) issues.push(x);
				}
				break;
			case 'known':
				if (w.withheld === undefined)
					needs.push({ field: `${f}.withholding.withheld`, code: 'required' });
				else {
					const x = amountIssue(`${f}.withholding.withheld`, w.withheld);
					if (x) issues.push(x);
				}
				break;
			case 'backPay':
				if (!isBenefit(w.benefit))
					issues.push({ field: `${f}.withholding.benefit`, code: 'unknownBenefit' });
				if (
					w.forYear !== undefined &&
					(typeof w.forYear !== 'number' || !Number.isInteger(w.forYear))
				)
					issues.push({ field: `${f}.withholding.forYear`, code: 'invalid' });
				else if (typeof w.forYear === 'number' && w.forYear >= input.year)
					issues.push({ field: `${f}.withholding.forYear`, code: 'futureYear' });
				if (w.earlierIncome !== undefined) {
					const x = amountIssue(`${f}.withholding.earlierIncome`, w.earlierIncome);
					if (x) issues.push(x);
				}
				break;
			default:
				issues.push({ field: `${f}.withholding.by`, code: 'invalid' });
		}
	});
	for (const k of ['deductions', 'capitalIncome'] as const)
		if (input[k] !== undefined) {
			const x = amountIssue(k, input[k]);
			if (x) issues.push(x);
		}
	const b = input.birthYear;
	if (
		b !== undefined &&
		(typeof b !== 'number' || !Number.isInteger(b) || b < 1900 || b > input.year)
	)
		issues.push({ field: 'birthYear', code: 'invalid' });
	const m = input.fromMonth;
	if (m !== undefined && (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 13))
		issues.push({ field: 'fromMonth', code: 'invalid' });
	return { issues, needs };
}
