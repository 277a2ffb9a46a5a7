import type { IncomeKind } from '../../engine/year';
import type { Lang } from '../../i18n/types';
import { CALC_LABELS, defaultForm, writeCalcForm, type CalcForm } from '../calculator/fields';
import { FragmentWriter, linkValue } from '../../link/fragment';
import { withLabels } from '../../section/labels';

// The year page's form, its defaults and its link writer, without the engine or zod: the page's
// first screen. The compute and the link reader (form.ts) are fetched on demand.

/**
 * The year page's form: the NAV benefit exactly as the calculator has it (`CalcForm`, so the
 * calculator's payments carry over as they are), plus what the year needs besides: one other
 * income with how it is withheld, other deductions, the pension credit's terms and Finnmark.
 * Every field is a string as typed; blank is unknown, never 0.
 */
export interface YearExtras {
	/** `backPay`: a back payment from NAV of the page's benefit, for an earlier year. */
	otherKind: 'none' | Exclude<IncomeKind, 'uforetrygd'> | 'backPay';
	otherAmount: string;
	otherBy: 'table' | 'percent' | 'known';
	/**
	 * The other income (a benefit or a pension) is paid by NAV too: NAV withholds by the table on
	 * one benefit only, so this one is withheld at the card's percentage (`otherPercent`).
	 */
	otherNav: boolean;
	otherTable: string;
	otherPercent: string;
	otherWithheld: string;
	/** A back payment's year (blank: the year before) and that year's other income (blank: a range). */
	backPayYear: string;
	backPayEarlierIncome: string;
	deductions: string;
	/** Other alminnelig inntekt (interest, rent); blank: a 9xxx table's addition or none, said. */
	capitalIncome: string;
	pensionMonths: string;
	pensionGrade: string;
	/** Year of birth: the low trygdeavgift on wages under 17 and over 69; blank: 17–69, said. */
	birthYear: string;
	finnmark: boolean;
}

export interface YearForm {
	calc: CalcForm;
	extra: YearExtras;
}

export function defaultYearExtras(): YearExtras {
	return {
		otherKind: 'none',
		otherAmount: '',
		otherBy: 'percent',
		otherNav: false,
		otherTable: '',
		otherPercent: '',
		otherWithheld: '',
		backPayYear: '',
		backPayEarlierIncome: '',
		deductions: '',
		capitalIncome: '',
		pensionMonths: '',
		pensionGrade: '',
		birthYear: '',
		finnmark: false
	};
}

export function defaultYearForm(): YearForm {
	return { calc: defaultForm(), extra: defaultYearExtras() };
}

/**
 * Every field's label, as the field and the error summary say it: the calculator's (the NAV part
 * is the calculator's form) and the year's own.
 */
export const YEAR_LABELS = withLabels(CALC_LABELS, {
	fields: {
		otherKind: 'year:other.kindLegend',
		otherAmount: 'year:other.amount',
		otherTable: 'year:other.table',
		otherPercent: 'year:other.percent',
		otherWithheld: 'year:other.withheld',
		deductions: 'year:deductions',
		capitalIncome: 'year:capitalIncome',
		pensionMonths: 'year:pensionMonths',
		pensionGrade: 'year:pensionGrade',
		birthYear: 'year:birthYear',
		backPayYear: 'year:other.backPayYear',
		backPayEarlierIncome: 'year:other.backPayEarlierIncome'
	}
});

export const OTHER_KINDS = [
	'none',
	'wage',
	'benefit',
	'pension',
	'pensionNoCredit',
	'backPay'
] as const;
export const OTHER_BY = ['table', 'percent', 'known'] as const;

// ---------------------------------------------------------------------------------------------
// The share link: section `y`, the calculator's own keys (calculator/fields.ts), then the year's
// (link.ts reads it back):
//   #v=1&s=y&l=nb&y=2026&b=aap&w=o&c=t8010&q=20000~m~1&ok=w&oa=200000&ob=p&ov=30&fa=1956
// (`fa`, the year of birth, is newer: a link without it opens with the field blank)

export const KIND_CODE: Record<YearExtras['otherKind'], string> = {
	none: 'n',
	wage: 'w',
	benefit: 'b',
	pension: 'p',
	pensionNoCredit: 'q',
	backPay: 'e'
};
export const BY_CODE: Record<YearExtras['otherBy'], string> = {
	table: 't',
	percent: 'p',
	known: 'k'
};
/** The other income is a NAV benefit or pension the person says NAV pays (wages never are). */
export function otherIsNav(e: YearExtras): boolean {
	return (
		e.otherNav && e.otherKind !== 'none' && e.otherKind !== 'wage' && e.otherKind !== 'backPay'
	);
}

export function encodeYear(form: YearForm, lang: Lang): string {
	const e = form.extra;
	const p = writeCalcForm(new FragmentWriter(lang, 'y'), form.calc);
	p.set('ok', KIND_CODE[e.otherKind]);
	if (e.otherKind === 'backPay') {
		p.set('oa', linkValue(e.otherAmount));
		p.typed('ey', e.backPayYear).typed('ei', e.backPayEarlierIncome);
	} else if (e.otherKind !== 'none') {
		p.set('oa', linkValue(e.otherAmount));
		if (otherIsNav(e)) p.set('on', '1').set('ov', linkValue(e.otherPercent));
		else {
			p.set('ob', BY_CODE[e.otherBy]);
			const v =
				e.otherBy === 'table'
					? e.otherTable
					: e.otherBy === 'percent'
						? e.otherPercent
						: e.otherWithheld;
			p.set('ov', linkValue(v));
		}
	}
	p.typed('d', e.deductions).typed('ci', e.capitalIncome);
	p.typed('pm', e.pensionMonths).typed('pg', e.pensionGrade).typed('fa', e.birthYear);
	if (e.finnmark) p.set('f', '1');
	return p.toString();
}
