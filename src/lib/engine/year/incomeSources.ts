import Decimal from 'decimal.js';
import { EngineError } from '../errors';
import { percentOf, wholeKr } from '../money';
import { backPaymentRate } from '../nav/backPayment';
import { monthTableTrekk, withholdPayments, type WithholdResult } from '../payments';
import { skattebetalingsloven } from '../rules/laws';
import { step, type Step } from '../steps';
import { tableInfo } from '../tabelltrekk';
import { finalTaxCard } from './finalTax';
import { kindOfBenefit, SRC_2B, type YearSourceResult, type YourYearInput } from './types';

/**
 * Each source of the income year with what is withheld from it over the year: NAV's own
 * withholding for a NAV benefit, the month table over the table's months for another payer, a
 * percentage, a known amount, or NAV's flat back-pay rate. A source whose amount or rate is blank
 * is left out (the validation has asked for it). Each source adds its step to `steps`.
 */

const SRC_PENSION_MONTHS = {
	...skattebetalingsloven('§ 5-7 første ledd b', 'pensjon trekkes i 11 måneder'),
	docs: 'docs/annual-and-back-payments.md §2b'
};

export function withheldBySource(input: YourYearInput, steps: Step[]): YearSourceResult[] {
	const year = input.year;
	const finnmark = input.finnmark === true;
	const sources: YearSourceResult[] = [];
	input.sources.forEach((src, i) => {
		const w = src.withholding;
		if (w.by === 'nav') {
			let withholding: WithholdResult;
			try {
				withholding = withholdPayments({
					year,
					benefit: w.benefit,
					card: w.card,
					payments: w.payments,
					...(w.extra ? { extra: w.extra } : {}),
					...(w.meldekortWeeks ? { meldekortWeeks: w.meldekortWeeks } : {}),
					...(w.withUforetrygd ? { withUforetrygd: true } : {})
				});
			} catch (e) {
				if (!(e instanceof EngineError)) throw e;
				throw new EngineError(
					e.issues.map((x) => ({
						...x,
						field: x.field === 'year' ? 'year' : `sources.${i}.withholding.${x.field}`
					}))
				);
			}
			const kind = src.kind ?? kindOfBenefit(w.benefit);
			sources.push({
				kind,
				amount: withholding.totals.gross,
				withheld: withholding.totals.trekk,
				method: 'nav',
				benefit: w.benefit,
				withholding,
				...(w.card?.kind === 'table' ? { table: w.card.table } : {}),
				...(w.card?.kind === 'percent' ? { ratePct: w.card.percent } : {})
			});
			steps.push(
				step('year.sourceNav', {
					benefit: w.benefit,
					amountKr: withholding.totals.gross,
					withheldKr: withholding.totals.trekk
				})
			);
			return;
		}
		if (src.amount === undefined) return;
		const kind = src.kind!;
		const amount = new Decimal(src.amount);
		if (w.by === 'table') {
			// The month table on a twelfth of the year, over the months the table withholds for
			// (10.5: June free and December half; 12 for the 12-month tables). A pension payer
			// withholds in June and not in December: 11 months (skattebetalingsloven § 5-7 first
			// paragraph b; docs/annual-and-back-payments.md §2b).
			const info = tableInfo(w.table)!;
			const isPension = kind === 'pension' || kind === 'pensionNoCredit';
			const months = isPension && info.months === 10.5 ? 11 : info.months;
			const monthly = amount.dividedBy(12);
			const perMonth = monthTableTrekk(year, w.table, monthly.toNumber());
			const withheld = wholeKr(new Decimal(perMonth).times(months));
			sources.push({ kind, amount: src.amount, withheld, method: 'table', table: w.table });
			steps.push(
				step(
					'year.sourceTable',
					{
						kind,
						amountKr: src.amount,
						table: w.table,
						monthlyKr: wholeKr(monthly),
						perMonthKr: perMonth,
						months,
						withheldKr: withheld
					},
					{ interpretation: true, source: isPension ? SRC_PENSION_MONTHS : SRC_2B }
				)
			);
		} else if (w.by === 'percent') {
			if (w.percent === undefined) return;
			const withheld = percentOf(amount, w.percent);
			sources.push({ kind, amount: src.amount, withheld, method: 'percent', ratePct: w.percent });
			steps.push(
				step('year.sourcePercent', {
					kind,
					amountKr: src.amount,
					ratePct: w.percent,
					withheldKr: withheld
				})
			);
		} else if (w.by === 'known') {
			if (w.withheld === undefined) return;
			sources.push({ kind, amount: src.amount, withheld: w.withheld, method: 'known' });
			steps.push(step('year.sourceKnown', { kind, amountKr: src.amount, withheldKr: w.withheld }));
		} else {
			// On kildeskatt or the Svalbard scheme, NAV's back-pay rate for that card.
			const rate = backPaymentRate(w.benefit, input.year, finalTaxCard(input) ?? 'other');
			const ratePct = finnmark ? rate.finnmarkPct : rate.ordinaryPct;
			const withheld = percentOf(amount, ratePct);
			sources.push({
				kind,
				amount: src.amount,
				withheld,
				method: 'backPay',
				benefit: w.benefit,
				ratePct
			});
			steps.push(
				step(
					'year.sourceBackPay',
					{ benefit: w.benefit, amountKr: src.amount, ratePct, withheldKr: withheld },
					{ source: rate.source }
				)
			);
		}
	});

	return sources;
}
