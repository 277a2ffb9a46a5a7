import { EngineError, type FieldIssue } from '../errors';
import { barnepensjonFixedRate, kildeskattAllowed } from '../nav/cards';
import { BENEFITS, isBenefit } from '../nav/benefits';
import { getYearRules } from '../rules';
import { isValidTable } from '../tabelltrekk';
import { amountIssue, isObj } from '../validate';
import type { EtterbetalingInput } from './types';

/** A back payment's input checked before anything is computed: every problem, per field. */

const CARD_KINDS = new Set(['table', 'percent', 'frikort', 'none', 'kildeskatt', 'svalbard']);

/** Every problem in the input, collected per field. */
export function validate(input: EtterbetalingInput): FieldIssue[] {
	const issues: FieldIssue[] = [];
	/** Records the amount's issue, if any; true when there was one. */
	const badAmount = (field: string, v: unknown): boolean => {
		const x = amountIssue(field, v);
		if (x) issues.push(x);
		return x !== undefined;
	};
	const covered = (year: unknown, field: string) => {
		try {
			getYearRules(year, field);
			return true;
		} catch (e) {
			if (e instanceof EngineError) issues.push(...e.issues);
			else throw e;
			return false;
		}
	};
	const payoutOk = covered(input.payoutYear, 'payoutYear');
	if (!isBenefit(input.benefit)) issues.push({ field: 'benefit', code: 'unknownBenefit' });
	const parts: unknown[] = Array.isArray(input.parts) ? input.parts : [];
	if (parts.length === 0) issues.push({ field: 'parts', code: 'required' });
	parts.forEach((p, i) => {
		if (!isObj(p)) return issues.push({ field: `parts.${i}`, code: 'invalid' });
		// A part for a year after the payout year cannot be a back payment.
		if (payoutOk && typeof p.year === 'number' && p.year > input.payoutYear)
			issues.push({ field: `parts.${i}.year`, code: 'futureYear' });
		else covered(p.year, `parts.${i}.year`);
		badAmount(`parts.${i}.amount`, p.amount);
		const months = p.months;
		if (
			months !== undefined &&
			(!Array.isArray(months) || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))
		)
			issues.push({ field: `parts.${i}.months`, code: 'invalid' });
	});
	if (input.income !== undefined && !isObj(input.income))
		issues.push({ field: 'income', code: 'invalid' });
	else
		for (const [year, inc] of Object.entries(input.income ?? {})) {
			if (!isObj(inc)) issues.push({ field: `income.${year}`, code: 'invalid' });
			else {
				if (inc.wage !== undefined) badAmount(`income.${year}.wage`, inc.wage);
				if (inc.pension !== undefined) badAmount(`income.${year}.pension`, inc.pension);
			}
		}
	const card: unknown = input.card;
	if (card !== undefined) {
		if (!isObj(card) || typeof card.kind !== 'string' || !CARD_KINDS.has(card.kind))
			issues.push({ field: 'card', code: 'unknownCard' });
		else {
			if (card.kind === 'table' && (typeof card.table !== 'string' || !isValidTable(card.table)))
				issues.push({ field: 'card.table', code: 'unknownTable' });
			if (
				(card.kind === 'percent' || (card.kind === 'table' && card.percent !== undefined)) &&
				!badAmount('card.percent', card.percent) &&
				(card.percent as number) > 100
			)
				issues.push({ field: 'card.percent', code: 'percentRange' });
			if (card.kind === 'frikort' && card.limit !== undefined) badAmount('card.limit', card.limit);
			if (
				card.kind === 'kildeskatt' &&
				isBenefit(input.benefit) &&
				!kildeskattAllowed(input.benefit, BENEFITS[input.benefit].income)
			)
				issues.push({ field: 'card', code: 'kildeskattNotAllowed' });
		}
	}
	// Earlier months of the payout year are withheld at the card's percentage (docs/nav-payments.md §6):
	// never guessed, so the card (and a table card's percentage) must be given. Not for
	// barnepensjon from 2025 (a fixed rate whatever the card).
	const fixedRate =
		payoutOk && input.benefit === 'barnepensjon' && barnepensjonFixedRate(input.payoutYear);
	const currentPart = parts.some((p) => isObj(p) && p.year === input.payoutYear);
	if (payoutOk && currentPart && !fixedRate) {
		if (!isObj(card)) issues.push({ field: 'card', code: 'backPaymentPercent' });
		else if (card.kind === 'table' && card.percent === undefined)
			issues.push({ field: 'card.percent', code: 'backPaymentPercent' });
	}
	return issues;
}
