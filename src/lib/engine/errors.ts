/**
 * Typed errors: the engine never answers bad input with a number. Each error names the field
 * (a path such as `payments.2.to`) and a code the UI words through i18n as `errors.<code>`.
 */
export type EngineErrorCode =
	| 'unknownYear'
	| 'unknownTable'
	| 'unknownPeriod'
	| 'unknownBenefit'
	| 'unknownCard'
	| 'notInteger'
	| 'notFinite'
	| 'negative'
	| 'tooLarge'
	| 'percentRange'
	| 'badDate'
	| 'toBeforeFrom'
	| 'outsideYear'
	| 'overlap'
	| 'futureYear'
	| 'deductionsExceedIncome'
	| 'required'
	| 'gUnknown'
	| 'futureMonths'
	| 'gradeRange'
	| 'withinEmployerPeriod'
	| 'invalid';

export interface FieldIssue {
	field: string;
	code: EngineErrorCode;
	/** Values for the message, e.g. { max: 100 }. */
	values?: Record<string, string | number>;
}

export class EngineError extends Error {
	readonly issues: FieldIssue[];
	constructor(issues: FieldIssue[]) {
		super(issues.map((i) => `${i.field}: ${i.code}`).join('; '));
		this.name = 'EngineError';
		this.issues = issues;
	}
	/** The first issue's field and code, for the common single-problem case. */
	get field(): string {
		return this.issues[0]?.field ?? '';
	}
	get code(): EngineErrorCode {
		return this.issues[0]?.code ?? 'invalid';
	}
}

export function fail(
	field: string,
	code: EngineErrorCode,
	values?: Record<string, string | number>
): never {
	throw new EngineError([{ field, code, ...(values ? { values } : {}) }]);
}

/** Upper bound for any amount in kroner: far beyond any real NAV payment, small enough for exact doubles. */
export const MAX_AMOUNT = 1_000_000_000;

export function checkAmount(
	field: string,
	value: unknown,
	opts: { integer?: boolean } = {}
): number {
	if (typeof value !== 'number') fail(field, 'invalid');
	if (!Number.isFinite(value)) fail(field, 'notFinite');
	if (value < 0) fail(field, 'negative');
	if (opts.integer && !Number.isInteger(value)) fail(field, 'notInteger');
	if (value > MAX_AMOUNT) fail(field, 'tooLarge', { max: MAX_AMOUNT });
	return value;
}
