// Public API of the engine. Plain TypeScript, relative imports only.
// Each module appends its own exports below; keep this file to re-exports.
export type { Step, StepValue } from './steps';
export { EngineError, MAX_AMOUNT } from './errors';
export type { EngineErrorCode, FieldIssue } from './errors';
export {
	tabelltrekk,
	tabelltrekkSteps,
	tabelltrekkTable,
	tabelltrekkFn,
	tableInfo,
	isValidTable,
	isPeriod,
	periodStep,
	PERIODS,
	TABLES
} from './tabelltrekk';
export type { Period, TabelltrekkInput, TableInfo, TableKind, Trygdeavgift } from './tabelltrekk';
export {
	getYearRules,
	getTableRoutine,
	YEARS,
	TABLE_YEARS,
	DEFAULT_YEAR,
	YEAR_CATALOGUE,
	yearStatus
} from './rules';
export type {
	YearRules,
	YearStatus,
	YearEntry,
	AnnualParams,
	TableRoutineParams,
	Bracket,
	NavRates
} from './rules';
export { withholdPayments, periodForDays, monthTableTrekk } from './payments';
export type {
	Card,
	Extra,
	PaymentInput,
	WithholdInput,
	WithholdResult,
	PaymentResult,
	MonthPart,
	MonthSummary,
	Interpretation
} from './payments';
export { INTERPRETATIONS } from './interpretations';
export { BENEFITS, BENEFIT_IDS, isBenefit } from './nav/benefits';
export type {
	Benefit,
	BenefitRules,
	MonthRule,
	MonthRuleSummary,
	SpecialMonthRule
} from './nav/benefits';
export { annualTax, yearEndOutcome } from './annual';
export type {
	AnnualTaxInput,
	AnnualTaxResult,
	YearEndKind,
	PensionTaxCredit,
	PensionCreditStatus
} from './annual';
export { yourYear, kindOfBenefit, INCOME_KINDS, NEAR_ZERO_KR } from './year';
export type {
	IncomeKind,
	IncomeSource,
	SourceWithholding,
	YourYearInput,
	YourYearResult,
	YearSourceResult,
	YearAssumption
} from './year';
export { sykepengeGrunnlag, sykepengePayments } from './sykepenger';
export type { SykepengeInput, SykepengeResult } from './sykepenger';
export { grunnbelopOn, GRUNNBELOP } from './nav/grunnbelop';
export { etterbetaling } from './etterbetaling';
export type { EtterbetalingInput, EtterbetalingPart, EtterbetalingResult } from './etterbetaling';
export { uforeYear } from './ufore';
export type { UforeYearInput, UforeYearResult } from './ufore';
export { cardTerms, trekkodeFor } from './cardTerms';
export type { CardTerms, Trekkode } from './cardTerms';
export { weekdaysBetween } from './sykepenger';
export type {
	SykepengePayment,
	SykepengePaymentsInput,
	SykepengePaymentsResult
} from './sykepenger';
export type { EtterbetalingPartResult, EtterbetalingYearResult } from './etterbetaling';
export { backPaymentRate, backPaymentRates } from './nav/backPayment';
export type { BackPaymentRate } from './nav/backPayment';
export type { RuleWhy } from './payments';
export { MELDEPERIODE_WEEKS } from './nav/meldeperioder';
export type { Reporting, MeldeperiodeWeeks } from './nav/meldeperioder';
export { explainPayment, navFlatRates, tableRanges } from './explain';
export type {
	ExplainPaymentInput,
	ExplainResult,
	ExplainCause,
	ExplainCheck,
	TableCause,
	PercentCause,
	FrikortCause,
	FlatWhy,
	FlatRate,
	NavFlatRates,
	PaymentOrder,
	TableRange,
	MonthRecalc,
	AgreeWhy,
	NearMiss,
	ExplainAssumed,
	AssumedEarlier
} from './explain';
export * from './check';
