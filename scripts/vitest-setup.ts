// Property tests (fast-check) explore new random inputs on every local run. Under CI they run on
// one fixed seed, so a CI run can be repeated exactly (`CI=true npx vitest run`); FC_SEED picks
// another. A counterexample found locally becomes a named test beside the property.
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_124) });
