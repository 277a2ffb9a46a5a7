import type { ExplainCause, ExplainResult, NearMiss, TableCause } from '../../engine';
import { currentLang, formatKr, t } from '../../i18n/i18n.svelte';
import { formatDate, formatRange, formatStepValue } from '../../i18n/steps';
import { INTL_LOCALE } from '../../i18n/types';

/**
 * The "Explain a payment" result in words: every sentence the page shows is made here from the
 * engine's data, with every placeholder filled (tested in nb, nn and en), so the page only lays
 * them out. It comes with the compute (section.ts); an issue's wording (issues.ts) is here too.
 */

export { issueText } from './issues';
export { formatRange, monthName } from '../../i18n/steps';

const pct = (p: number) => formatStepValue('ratePct', p);
const month = (m: number) => formatStepValue('forMonth', m);
const benefitInSentence = (b: string) => formatStepValue('benefit', b);
const capitalise = (s: string) =>
	s.charAt(0).toLocaleUpperCase(INTL_LOCALE[currentLang()]) + s.slice(1);

export function tablesText(c: TableCause): string {
	if (c.allTables) return t('explain:tables.all');
	const parts = c.ranges.map((r) =>
		r.count === 1
			? t('explain:tables.one', { table: r.from })
			: t('explain:tables.range', { from: r.from, to: r.to })
	);
	return new Intl.ListFormat(INTL_LOCALE[currentLang()], { type: 'disjunction' }).format(parts);
}

export function causeTitle(c: ExplainCause): string {
	if (c.kind === 'percent') return t(`explain:cause.percent.${c.why}`, { pct: pct(c.percent) });
	if (c.kind === 'frikort') return t(`explain:cause.frikort.${c.state}`, { pct: pct(c.percent) });
	return t(`explain:cause.${c.kind}`, { tables: tablesText(c) });
}

/**
 * What a table cause rests on, in order: the month's rule and its real reason (the benefit's June
 * or December, a meldeperiode), the 12-month tables left out, why the tables agree, an unseen
 * trekkfri meldeperiode, the order in the month.
 */
export function causeNotes(c: TableCause, benefit: string): string[] {
	const out: string[] = [];
	const values = { month: month(c.forMonth), benefit: benefitInSentence(benefit) };
	if (c.kind !== 'table') {
		if (c.ruleWhy === 'meldeperiode') out.push(t('explain:reason.meldeperiode', values));
		else if (c.ruleWhy === 'withUforetrygd') out.push(t('explain:reason.withUforetrygd', values));
		else out.push(capitalise(t(`explain:reason.benefitMonth.${c.kind}`, values)));
		if (c.twelveMonthExcluded) out.push(t('explain:twelveMonthExcluded'));
	}
	if (c.agreeWhy) out.push(t(`explain:agree.${c.agreeWhy}`));
	if (c.unseenTrekkfri)
		out.push(
			t('explain:unseenTrekkfri', {
				count: c.unseenTrekkfri.count,
				month: month(c.unseenTrekkfri.paidMonth)
			})
		);
	out.push(t(`explain:order.${c.order}`));
	if (c.tables.length > 1) out.push(t('explain:shownFor', { table: c.shownTable }));
	return out;
}

/** What the result assumed: benefit, year, paid date, order in the month, the extra. */
export function assumedLines(r: ExplainResult): string[] {
	const a = r.assumed;
	const out = [
		t('explain:assumed.benefit', { benefit: t(`benefits:${a.benefit}`) }),
		t('explain:assumed.year', { year: String(a.year) }),
		t(a.paidOnAssumed ? 'explain:assumed.paidOnAssumed' : 'explain:assumed.paidOn', {
			date: formatDate(a.paidOn)
		}),
		a.earlier.length > 0
			? t('explain:assumed.orderLater', { count: a.earlier.length })
			: t('explain:assumed.orderOnly')
	];
	if (!a.extra) out.push(t('explain:assumed.extraNone'));
	else if ('kroner' in a.extra)
		out.push(t('explain:assumed.extraKroner', { amount: formatKr(a.extra.kroner) }));
	else out.push(t('explain:assumed.extraPercent', { pct: pct(a.extra.percent) }));
	return out;
}

/** The earlier payments typed in, as the explanation used them (for the print). */
export function earlierLines(r: ExplainResult): string[] {
	return r.assumed.earlier.map((e) =>
		t(e.paidOnAssumed ? 'explain:earlierLineAssumed' : 'explain:earlierLine', {
			period: formatRange(e.from, e.to),
			gross: formatKr(e.amount),
			withheld: formatKr(e.withheld),
			date: formatDate(e.paidOn)
		})
	);
}

/** "Table 8050 gives 2 548 kr, 12 kr more." */
export function nearMissText(m: NearMiss): string {
	const cause =
		m.kind === 'table'
			? t(
					m.rule === 'half'
						? 'explain:near.tableHalf'
						: m.rule === 'trekkfri'
							? 'explain:near.tableTrekkfri'
							: 'explain:near.table',
					{ table: m.table }
				)
			: t(`explain:cause.percent.${m.why}`, { pct: pct(m.percent) });
	return t(m.diffKr > 0 ? 'explain:near.more' : 'explain:near.less', {
		cause,
		total: formatKr(m.totalKr),
		diff: formatKr(Math.abs(m.diffKr))
	});
}
