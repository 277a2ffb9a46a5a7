import { EngineError } from '../engine/errors';
import type { FormIssue } from './zod';

/**
 * The engine's own checks shown together with the form's, so one submit shows every problem:
 * `run` calls the engine on what did parse (stand-ins where a field did not), and its issues are
 * kept for the fields the form has not flagged already. `toField` names the form field of an
 * engine field, or undefined for a stand-in that is never reported. A field inside a flagged row
 * (`payments.2.to` when `payments.2` is) counts as flagged.
 */
export function engineIssuesToo(
	run: () => unknown,
	flagged: readonly FormIssue[],
	toField: (engineField: string) => string | undefined
): FormIssue[] {
	try {
		run();
		return [];
	} catch (e) {
		if (!(e instanceof EngineError)) return [];
		const seen = new Set(flagged.map((i) => i.field));
		const out: FormIssue[] = [];
		for (const i of e.issues) {
			const field = toField(i.field);
			if (field === undefined) continue;
			if (seen.has(field) || seen.has(field.split('.').slice(0, 2).join('.'))) continue;
			seen.add(field);
			out.push({ ...i, field });
		}
		return out;
	}
}

/**
 * The engine's refusal as the form's issues, for a compute's `catch`: each issue of an
 * EngineError at the form field `toField` names (its values kept; `fallback` where it names
 * none). Anything else thrown is a defect, not a wrong input: it becomes one "invalid" issue at
 * `fallback`, so the page says the figures could not be worked out instead of breaking.
 */
export function refusalIssues(
	e: unknown,
	toField: (engineField: string) => string | undefined,
	fallback: string
): FormIssue[] {
	if (!(e instanceof EngineError)) return [{ field: fallback, code: 'invalid' }];
	return e.issues.map((i) => ({ ...i, field: toField(i.field) ?? fallback }));
}

/**
 * The tax card's paths in the engine's input and the form fields a person typed them in: the
 * same in every section that asks for the card (section/card.ts labels those fields).
 */
const CARD_FIELDS: Readonly<Record<string, string>> = {
	card: 'cardKind',
	'card.kind': 'cardKind',
	'card.table': 'table',
	'card.percent': 'percent',
	'card.limit': 'frikortLimit'
};

/** A card path as its form field, or undefined for a path that is not the card's. */
export function cardField(engineField: string): string | undefined {
	return CARD_FIELDS[engineField];
}
