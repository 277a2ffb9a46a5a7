// The check page's result components, fetched together only in the browser (CheckSection.svelte).
import './checkLines.css';
export { default as CheckResults } from './CheckResults.svelte';
export { default as CheckPayroll } from './CheckPayroll.svelte';
