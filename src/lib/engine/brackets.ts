import type { Bracket } from './rules/types';

export interface BracketPart {
	from: number;
	to: number;
	ratePct: number;
	tax: number;
}

/**
 * One bracket function for every progressive scale (trinnskatt): the sum, from the lowest
 * bracket upward, of the part of `income` inside each bracket times its rate / 100. Not rounded:
 * the routine rounds the sum once at the end (docs/tabelltrekk.md step 7). The floating-point order
 * (`part * rate / 100`, added bracket by bracket) is the official routine's. When `parts` is
 * given, each bracket's share is recorded there for the explanation (same arithmetic).
 */
export function bracketSum(
	income: number,
	brackets: readonly Bracket[],
	parts?: BracketPart[]
): number {
	let sum = 0;
	for (let i = 0; i < brackets.length; i++) {
		const b = brackets[i]!;
		if (income <= b.from) break;
		const next = brackets[i + 1];
		const top = next !== undefined && income > next.from ? next.from : income;
		const tax = ((top - b.from) * b.ratePct) / 100;
		sum += tax;
		if (parts) parts.push({ from: b.from, to: top, ratePct: b.ratePct, tax });
	}
	return sum;
}
