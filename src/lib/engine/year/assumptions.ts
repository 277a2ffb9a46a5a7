import type { AnnualTaxResult } from '../annual';
import { folketrygdloven } from '../rules/sources';
import { step } from '../steps';
import type { TableInfo } from '../tabelltrekk';
import type { YearAssumption } from './types';

/**
 * Two assumptions of a person's year that have their own rule (docs/annual-and-back-payments.md
 * §2.5, §2b): what a pension's table number does not tell, and the age the trygdeavgift on wages
 * assumes. Each returns the named assumption with how far the outcome moves, or nothing.
 */

const SRC_2B = 'docs/annual-and-back-payments.md §2 (what the estimate may assume)';

/**
 * A pension's table number is not a list of deductions (§2b): the table Skatteetaten picks for a
 * pension also absorbs the pension credit and the lower trygdeavgift, so none of its figure is
 * taken as deductions (8xxx) or other income (9xxx). The table's figure is the other end of the
 * range. `taxWith(d, c)`: the year's tax with those deductions and that other income.
 */
export function pensionTableAssumption(p: {
	table: TableInfo | undefined;
	deductionsGiven: boolean;
	capitalGiven: boolean;
	income: number;
	deductions: number;
	capital: number;
	annual: AnnualTaxResult;
	taxWith: (deductions: number, capital: number) => AnnualTaxResult;
}): YearAssumption | undefined {
	const t = p.table;
	if (!t) return undefined;
	const td = t.tableDeduction;
	if (td > 0 ? p.deductionsGiven : td < 0 ? p.capitalGiven : true) return undefined;
	const alt = td > 0 ? p.taxWith(Math.min(td, p.income), p.capital) : p.taxWith(p.deductions, -td);
	const delta = alt.total - p.annual.total;
	return {
		...step(
			td > 0 ? 'year.assumption.pensionTableDeductions' : 'year.assumption.pensionTableAddition',
			{ table: t.table, amountKr: Math.abs(td), deltaKr: Math.abs(delta) },
			{ source: SRC_2B }
		),
		deltaKr: delta,
		inRange: true
	};
}

/**
 * No year of birth with wages or wage-type benefits other than uføretrygd (paid only from 18 to
 * 67): the estimate assumes 17–69 and says how much lower the tax would be at the low rate
 * (folketrygdloven § 23-3 second paragraph). In the outcome's range when it moves it by more than
 * `nearZeroKr` (the range holds every assumption that matters; the year of birth removes it).
 */
export function ageAssumption(p: {
	wagesOtherThanUfore: number;
	birthYear: number | undefined;
	annual: AnnualTaxResult;
	taxAtLowRate: () => AnnualTaxResult;
	nearZeroKr: number;
}): YearAssumption | undefined {
	if (p.wagesOtherThanUfore <= 0 || p.birthYear !== undefined) return undefined;
	const low = p.taxAtLowRate().total;
	return {
		...step(
			'year.assumption.age',
			{ lowerKr: p.annual.total - low },
			{ source: folketrygdloven('§ 23-3 annet ledd') }
		),
		deltaKr: low - p.annual.total,
		inRange: p.annual.total - low > p.nearZeroKr
	};
}
