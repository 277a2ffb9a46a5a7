/**
 * Sykepenger (docs/annual-and-back-payments.md §5): the sykepengegrunnlag and the daily rate from
 * the income before the absence (grunnlag.ts), and the payments that rate makes over a period
 * (payments.ts).
 */

export { sykepengeGrunnlag, type SykepengeInput, type SykepengeResult } from './grunnlag';
export {
	EMPLOYER_PERIOD_DAYS,
	sykepengePayments,
	weekdaysBetween,
	type SykepengePayment,
	type SykepengePaymentsInput,
	type SykepengePaymentsResult
} from './payments';
