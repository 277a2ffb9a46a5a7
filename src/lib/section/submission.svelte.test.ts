import { describe, expect, it } from 'vitest';
import type { FormIssue } from '../input/zod';
import { Submission } from './submission.svelte';

function section(initial: { kind: 'issues'; issues: FormIssue[] } | { kind: 'result' }) {
	let outcome = $state(initial);
	const loads: number[] = [];
	const sf = new Submission({
		outcome: () => outcome,
		load: async () => void loads.push(1),
		label: (field) => `label of ${field}`,
		message: (i) => `message ${i.code}`
	});
	return { sf, loads, set: (o: typeof initial) => (outcome = o) };
}
const submitEvent = () => ({ preventDefault() {} }) as SubmitEvent;

describe('a section’s form', () => {
	it('shows no issue before the first submit, then every one at its field and in the summary', async () => {
		const { sf, loads } = section({
			kind: 'issues',
			issues: [
				{ field: 'monthly', code: 'required' },
				{ field: 'table', code: 'unknownTable' }
			]
		});
		expect(sf.issues).toEqual([]);
		expect(sf.err('monthly')).toBe('');
		await sf.submit(submitEvent());
		expect(loads).toHaveLength(1);
		expect(sf.submits).toBe(1);
		expect(sf.err('monthly')).toBe('message required');
		expect(sf.err('percent')).toBe('');
		expect(sf.summary).toEqual([
			{ field: 'monthly', label: 'label of monthly', message: 'message required' },
			{ field: 'table', label: 'label of table', message: 'message unknownTable' }
		]);
	});

	it('follows the form live after a submit: a corrected field loses its message', async () => {
		const { sf, set } = section({
			kind: 'issues',
			issues: [{ field: 'monthly', code: 'required' }]
		});
		await sf.submit(submitEvent());
		expect(sf.summary).toHaveLength(1);
		set({ kind: 'result' });
		expect(sf.issues).toEqual([]);
		expect(sf.err('monthly')).toBe('');
	});

	it('live (a form without a button): issues show with no submit, once its messages are here', () => {
		let here = $state(false);
		const sf = new Submission({
			outcome: () => ({ kind: 'issues', issues: [{ field: 'table', code: 'unknownTable' }] }),
			load: async () => {},
			label: (field) => `label of ${field}`,
			message: (i) => `message ${i.code}`,
			live: () => here
		});
		expect(sf.err('table')).toBe('');
		here = true;
		expect(sf.submits).toBe(0);
		expect(sf.err('table')).toBe('message unknownTable');
	});

	it('a try by a button of its own shows the issues as a submit does, with no focus to move', async () => {
		const { sf, loads } = section({
			kind: 'issues',
			issues: [{ field: 'sp.g', code: 'required' }]
		});
		expect(sf.err('sp.g')).toBe('');
		await sf.attempt();
		expect(loads).toHaveLength(1);
		expect(sf.err('sp.g')).toBe('message required');
	});
});
