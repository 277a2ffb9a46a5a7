import { engineIssuesToo, refusalIssues } from './engineIssues';
import type { FormIssue } from './zod';

// Its own file, apart from engineIssues.ts: the calculator's compute, on the compact embed's
// first screen, needs only the parts it uses.

/**
 * One run of the engine for a section's compute, the same in every section: with issues from the
 * form already (`flagged`), those and the engine's own on the other fields (`engineIssuesToo`);
 * else the engine's result, or its refusal as the form's issues (`refusalIssues`).
 */
export function runEngine<R>(
	run: () => R,
	flagged: readonly FormIssue[],
	toField: (engineField: string) => string | undefined,
	fallback: string
): { result: R } | { issues: FormIssue[] } {
	if (flagged.length > 0)
		return { issues: [...flagged, ...engineIssuesToo(run, flagged, toField)] };
	try {
		return { result: run() };
	} catch (e) {
		return { issues: refusalIssues(e, toField, fallback) };
	}
}
