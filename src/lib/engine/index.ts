// The engine's public API: what the sections' compute modules (form.ts), their result components
// and the shared step list import as `$lib/engine`. Plain TypeScript, relative imports only;
// re-exports only. A name is here because a page uses it (index.test.ts fails on one nobody
// imports); the light modules a first screen imports directly are the engine's other entry
// points (README, "The engine's entry points").

// Steps and errors: what every result and every form's issues are made of.
export type { Step, StepValue } from './steps';
export { EngineError } from './errors';

// Per payment (/ and /embed), a benefit's card terms, sykepenger.
export { withholdPayments } from './payments';
export type { Card, PaymentResult, WithholdResult } from './payments';
export type { MonthRuleSummary } from './nav/benefits';
export { cardTerms } from './cardTerms';
export type { CardTerms } from './cardTerms';
export { sykepengeGrunnlag, sykepengePayments } from './sykepenger';
export type { SykepengeResult } from './sykepenger';
export { grunnbelopOn } from './nav/grunnbelop';
export type { Period } from './tabelltrekk';
export { tabelltrekk } from './tabelltrekk';

// A person's year (/ditt-ar), the annual tax and the year-end outcome.
export { yourYear, kindOfBenefit } from './year';
export type { IncomeSource, SourceWithholding, YourYearResult } from './year';
export { annualTax } from './annual';
export type { YearEndKind } from './annual';

// Uføretrygd over a year (/uforetrygd) and back payments (/etterbetaling).
export { uforeYear } from './ufore';
export type { UforeYearResult } from './ufore';
export { etterbetaling } from './etterbetaling';
export type { EtterbetalingResult } from './etterbetaling';

// Explain a payment (/forklar).
export { explainPayment, tableRanges } from './explain';
export type {
	ExplainPaymentInput,
	ExplainResult,
	ExplainCause,
	TableCause,
	MonthRecalc,
	NearMiss
} from './explain';

// Check a year of payments or a payroll list (/sjekk).
export { checkPayments, checkPayroll } from './check';
export type { CheckInput, CheckResult, LineCause, PayrollResult } from './check';
