import Decimal from 'decimal.js';

/**
 * Exact money arithmetic. Whole kroner add as integers (exact in doubles far beyond any sum here,
 * and the table routine's own unit); anything with øre goes through decimal.js, so 0.1 + 0.2 is
 * 0.3. Prorating and percentages always use decimal.js.
 */

export function plusKr(a: number, b: number): number {
	return Number.isInteger(a) && Number.isInteger(b) ? a + b : new Decimal(a).plus(b).toNumber();
}

export function minusKr(a: number, b: number): number {
	return Number.isInteger(a) && Number.isInteger(b) ? a - b : new Decimal(a).minus(b).toNumber();
}

/** Kroner to the øre (half up), for display. */
export function toOre(a: number): number {
	// Already whole øre (the double nearest a two-decimal value): nothing to round.
	if (Math.round(a * 100) / 100 === a) return a;
	return new Decimal(a).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** An exact amount rounded half up (toward +∞) to whole kroner. */
export function wholeKr(a: number | Decimal): number {
	return new Decimal(a).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Percent of an amount, rounded half up (toward +∞) to whole kroner, once. */
export function percentOf(amount: number | Decimal, pct: number): number {
	return wholeKr(new Decimal(amount).times(pct).dividedBy(100));
}
