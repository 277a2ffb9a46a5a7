import type { Cited } from '../rules/source';
import type { Interpretation } from '../interpretations';
import { step, type Step, type StepValue } from '../steps';

/** The steps of one payment and the interpretations they rest on. */
export class Recorder {
	readonly steps: Step[] = [];
	/** The interpretations this payment's steps rest on. */
	readonly mine = new Set<Interpretation>();
	constructor(private readonly used: Set<Interpretation>) {}
	add(id: string, values: Record<string, StepValue>, source?: string | Cited): void {
		this.steps.push(step(`payments.${id}`, values, source ? { source } : {}));
	}
	/** A step resting on an interpretation, when `when` holds (otherwise a plain step). */
	assume(
		which: Interpretation,
		id: string,
		values: Record<string, StepValue>,
		source?: string | Cited,
		when = true
	): void {
		if (when) {
			this.used.add(which);
			this.mine.add(which);
		}
		this.steps.push(
			step(`payments.${id}`, values, {
				...(when ? { interpretation: true } : {}),
				...(source ? { source } : {})
			})
		);
	}
	push(steps: Step[]): void {
		for (const s of steps) this.steps.push(s);
	}
}
