// The calculator's results (CalculatorApp.svelte), fetched with the engine: the first screen, the
// form, does not need them. With them the view model they render (state/results.ts).
export { adaptResult } from '../state/results';
export { default as CalculatorResults } from './CalculatorResults.svelte';
