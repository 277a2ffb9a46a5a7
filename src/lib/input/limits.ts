/**
 * Far beyond any payment from NAV; keeps every figure an exact double. Its own module so the
 * error messages (i18n/errors.ts) can name it without the amount parser (to keep the first load small).
 */
export const MAX_INPUT_AMOUNT = 1_000_000_000;
