// The results' components, fetched with the engine (CalculatorApp.svelte, the section pages): the first screen,
// the form, does not need them. With them the view model they render (state/results.ts).
export { adaptResult } from '../state/results';
export { default as CalculatorResults } from './CalculatorResults.svelte';
export { default as CardTermsTable } from './CardTermsTable.svelte';
export { default as CompactResults } from './CompactResults.svelte';
export { default as FirstVsLater } from './FirstVsLater.svelte';
export { default as PaymentCard } from './PaymentCard.svelte';
export { default as ResultTotals } from './ResultTotals.svelte';
export { default as ShareBar } from './ShareBar.svelte';
export { default as StepList } from './StepList.svelte';
export { default as Timeline } from './Timeline.svelte';
export { default as YearOutcome } from './YearOutcome.svelte';
export { default as YearStatusNote } from './YearStatusNote.svelte';
