import { describe, expect, it } from 'vitest';
import {
	explainPayment,
	tabelltrekk,
	type ExplainPaymentInput,
	type ExplainResult
} from '../../engine';
import { ensureNamespaces, formatKr, setLang, t } from '../../i18n/i18n.svelte';
import { stepText } from '../../i18n/steps';
import { LANGS } from '../../i18n/types';
import {
	assumedLines,
	causeNotes,
	causeTitle,
	earlierLines,
	issueText,
	nearMissText
} from './text';

const may = (amount: number, withheld: number): ExplainPaymentInput => ({
	year: 2026,
	benefit: 'uforetrygd',
	payment: { from: '2026-05-01', to: '2026-05-31', amount },
	withheld
});

/** The 14-day table 8000 on 13 000 kr: December's first part of a meldeperiode across 1 December. */
const E13 = tabelltrekk({ year: 2026, table: '8000', period: '14days', amount: 13_000 });

/** Notices that between them reach every sentence the result can say. */
const NOTICES: ExplainPaymentInput[] = [
	// Trekkfri June by the benefit; half December; a range of tables with no income tax.
	{ ...may(25_000, 0), payment: { from: '2026-06-01', to: '2026-06-30', amount: 25_000 } },
	{ ...may(25_000, 2155), payment: { from: '2026-12-01', to: '2026-12-31', amount: 25_000 } },
	may(30_000, 2960),
	// No card, with an extra in percent; nothing fits.
	{ ...may(25_000, 13_750), extra: { percent: 5 } },
	may(25_000, 7777),
	// AAP: a trekkfri June meldeperiode; one withheld after an unseen trekkfri one in December.
	{
		year: 2026,
		benefit: 'aap',
		payment: { from: '2026-05-25', to: '2026-06-07', amount: 14_000, paidOn: '2026-06-08' },
		withheld: 0
	},
	{
		year: 2026,
		benefit: 'aap',
		payment: { from: '2026-12-14', to: '2026-12-27', amount: 14_000, paidOn: '2026-12-28' },
		// December 27 days on 27 000 kr, less the 14-day table on 13 000 withheld earlier.
		withheld: tabelltrekk({ year: 2026, table: '8000', period: 'month', amount: 27_000 }) - E13,
		earlier: [
			{
				from: '2026-11-30',
				to: '2026-12-13',
				amount: 14_000,
				withheld: E13 + 150,
				paidOn: '2026-12-14'
			}
		]
	},
	// Dagpenger: the second payment of March, the earlier one without a pay date.
	{
		year: 2026,
		benefit: 'dagpenger',
		payment: { from: '2026-03-16', to: '2026-03-29', amount: 15_000 },
		withheld: 3050,
		// The earlier one, paid first in March, took March's 500 kr extra.
		earlier: [{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, withheld: 3877 }],
		extra: { kroner: 500 }
	}
];

function sentences(r: ExplainResult): string[] {
	const out = [...assumedLines(r), ...earlierLines(r), ...r.nearMisses.map(nearMissText)];
	for (const c of r.causes) {
		out.push(causeTitle(c), ...c.steps.map(stepText));
		if ('order' in c) out.push(...causeNotes(c, r.benefit));
	}
	out.push(...r.check.map((k) => t(`explain:check.${k}`)));
	out.push(
		t('explain:none', { withheld: formatKr(r.withheld), gross: formatKr(r.gross) }),
		t('explain:summary', {
			withheld: formatKr(r.withheld),
			gross: formatKr(r.gross),
			days: r.days
		})
	);
	return out;
}

describe('explain: every sentence filled', () => {
	const results = NOTICES.map((n) => explainPayment(n));

	it('the notices reach the sentences they are here for', () => {
		const causes = results.flatMap((r) => r.causes);
		expect(causes.some((c) => c.kind === 'trekkfri' && c.ruleWhy === 'meldeperiode')).toBe(true);
		expect(causes.some((c) => c.kind === 'trekkfri' && c.ruleWhy === 'benefitMonth')).toBe(true);
		expect(causes.some((c) => c.kind === 'half')).toBe(true);
		expect(causes.some((c) => 'unseenTrekkfri' in c && c.unseenTrekkfri !== null)).toBe(true);
		expect(causes.some((c) => 'agreeWhy' in c && c.agreeWhy === 'noIncomeTax')).toBe(true);
		expect(results.some((r) => r.nearMisses.length > 0)).toBe(true);
		expect(results.some((r) => r.assumed.earlier.some((e) => e.paidOnAssumed))).toBe(true);
	});

	for (const lang of LANGS) {
		it(`no placeholder or key left in any sentence (${lang})`, async () => {
			await setLang(lang);
			await ensureNamespaces(['explain', 'steps', 'benefits', 'common', 'errors']);
			for (const r of results)
				for (const s of sentences(r)) {
					expect(s, s).not.toMatch(/\{\{|\}\}|^(explain|steps|common|benefits|errors):/u);
					expect(s.trim(), s).not.toBe('');
				}
			// The form's own "too large" carries no max: filled all the same (the four fields).
			for (const field of ['payment.amount', 'withheld', 'earlier.0.amount', 'earlier.0.withheld'])
				expect(issueText({ field, code: 'tooLarge' })).not.toMatch(/\{\{/u);
			expect(issueText({ field: 'earlier.0.from', code: 'notSameMonth' })).not.toMatch(
				/^explain:/u
			);
		});
	}

	it('names the real reason in each language', async () => {
		const june = results[5]!.causes[0]!;
		const uJune = results[0]!.causes[0]!;
		if (!('order' in june) || !('order' in uJune)) throw new Error('table causes expected');
		await setLang('nb');
		await ensureNamespaces(['explain', 'steps', 'benefits', 'common']);
		expect(causeNotes(june, 'aap')[0]).toMatch(/første meldeperiodene som utbetales i juni/u);
		expect(causeNotes(uJune, 'uforetrygd')[0]).toMatch(/^Uføretrygd er trekkfri i juni/u);
		expect(causeNotes(uJune, 'uforetrygd').join(' ')).not.toMatch(/fradraget er større/u);
		await setLang('nn');
		await ensureNamespaces(['explain', 'steps', 'benefits', 'common']);
		expect(causeNotes(june, 'aap')[0]).toMatch(/første meldeperiodane som blir utbetalte i juni/u);
		await setLang('en');
		await ensureNamespaces(['explain', 'steps', 'benefits', 'common']);
		expect(causeNotes(uJune, 'uforetrygd')[0]).toMatch(/no tax withheld in June/u);
	});
});
