// What only a result needs, loaded with the first result (not in the first page load).
export { default as CardTermsTable } from './CardTermsTable.svelte';
export { default as CompactResults } from './CompactResults.svelte';
export { default as FirstVsLater } from './FirstVsLater.svelte';
export { default as PaymentCard } from './PaymentCard.svelte';
export { default as ResultTotals } from './ResultTotals.svelte';
export { default as Timeline } from './Timeline.svelte';
