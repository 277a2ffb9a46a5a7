// The calculator's results (CalculatorSection.svelte), fetched with the engine: the first screen, the
// form, does not need them. With them the view model they render (results.ts).
export { adaptResult } from './results';
export { default as CalculatorResults } from './CalculatorResults.svelte';
