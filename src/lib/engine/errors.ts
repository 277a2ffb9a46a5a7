// Entry point (a form's checks import it directly): the engine's typed input errors.
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
	/** Kildeskatt with a wage-type benefit: the scheme is only for pension and uføretrygd. */
	| 'kildeskattNotAllowed'
	/** A back payment for an earlier month of the year needs the table card's percentage. */
	| 'backPaymentPercent'
	| 'aboveGross'
	| 'notSameMonth'
	/** An earlier payment of the month paid after the payment being explained. */
	| 'paidAfterPayment'
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
