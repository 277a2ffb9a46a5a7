import { EngineError } from '../errors';
import { MELDEPERIODE_WEEKS, type MeldeperiodeWeeks } from '../nav/meldeperioder';
import { withholdPayments, type Card, type WithholdInput } from './index';
const TEST = { title: 'test' };

/** Shared by the tests of payments/: a table card, a year of monthly payments, a run, its issues. */

export const T8000: Card = { kind: 'table', table: '8000' };

export function monthly(
	year: number,
	amount: number,
	months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
) {
	return months.map((m) => {
		const mm = String(m).padStart(2, '0');
		const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
		return {
			from: `${year}-${mm}-01`,
			to: `${year}-${mm}-${last}`,
			amount,
			paidOn: `${year}-${mm}-20`
		};
	});
}

export function run(input: Partial<WithholdInput> & Pick<WithholdInput, 'benefit' | 'payments'>) {
	return withholdPayments({ year: 2026, card: T8000, ...input });
}

/** The issues a bad input is refused with, as `field:code`; [] when it is accepted. */
export const issuesFor = (input: unknown): string[] => {
	try {
		withholdPayments(input as WithholdInput);
	} catch (e) {
		if (!(e instanceof EngineError)) throw e;
		return e.issues.map((i) => `${i.field}:${i.code}`);
	}
	return [];
};

/**
 * Sykepenger for November and December with 500 kr extra a month, the last part of December paid
 * on 6 January the next year (shared by the June/December, extra and summary tests).
 */
export function sykepengerIntoJanuary() {
	return run({
		benefit: 'sykepenger',
		extra: { kroner: 500 },
		payments: [
			{ from: '2026-11-01', to: '2026-11-30', amount: 30_000, paidOn: '2026-12-05' },
			{ from: '2026-12-01', to: '2026-12-14', amount: 14_000, paidOn: '2026-12-16' },
			{ from: '2026-12-15', to: '2026-12-31', amount: 17_000, paidOn: '2027-01-06' }
		]
	});
}

/** Runs `fn` with week numbers published for 2026 (test data: 2023's weeks, same parities). */
export function withWeeks2026(fn: () => void) {
	const table = MELDEPERIODE_WEEKS as Record<number, MeldeperiodeWeeks>;
	table[2026] = { ...table[2023]!, source: TEST };
	try {
		fn();
	} finally {
		delete table[2026];
	}
}
