// Public API of the engine. Plain TypeScript, relative imports only.
// Each module appends its own exports below; keep this file to re-exports.
export type { Step, StepValue } from './steps';
export { EngineError, MAX_AMOUNT } from './errors';
export type { EngineErrorCode, FieldIssue } from './errors';
