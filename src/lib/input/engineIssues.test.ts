import { describe, expect, it } from 'vitest';
import { EngineError } from '../engine/errors';
import { engineIssuesToo, refusalIssues } from './engineIssues';
import { runEngine } from './runEngine';

const toForm = (f: string) => (f === 'card.table' ? 'table' : f === 'standIn' ? undefined : f);

const refuse = (...issues: ConstructorParameters<typeof EngineError>[0]) => {
	throw new EngineError(issues);
};

describe('the engine’s issues as the form’s', () => {
	it('a refusal names the form fields, keeps its values, and falls back where none is named', () => {
		const e = new EngineError([
			{ field: 'card.table', code: 'unknownTable' },
			{ field: 'amount', code: 'tooLarge', values: { max: 10 } },
			{ field: 'standIn', code: 'invalid' }
		]);
		expect(refusalIssues(e, toForm, 'amount')).toEqual([
			{ field: 'table', code: 'unknownTable' },
			{ field: 'amount', code: 'tooLarge', values: { max: 10 } },
			{ field: 'amount', code: 'invalid' }
		]);
	});

	it('anything else thrown is one issue at the fallback, not a broken page', () => {
		expect(refusalIssues(new TypeError('x is undefined'), toForm, 'form')).toEqual([
			{ field: 'form', code: 'invalid' }
		]);
	});

	it('runEngine: the result when the form and the engine accept', () => {
		expect(runEngine(() => 42, [], toForm, 'form')).toEqual({ result: 42 });
	});

	it('runEngine: the engine’s refusal when only it finds something', () => {
		const run = () => refuse({ field: 'card.table', code: 'unknownTable' });
		expect(runEngine(run, [], toForm, 'form')).toEqual({
			issues: [{ field: 'table', code: 'unknownTable' }]
		});
	});

	it('runEngine: the form’s issues first, then the engine’s on the fields not flagged', () => {
		const flagged = [{ field: 'amount', code: 'required' }];
		const run = () =>
			refuse(
				{ field: 'amount', code: 'invalid' },
				{ field: 'card.table', code: 'unknownTable' },
				{ field: 'standIn', code: 'invalid' }
			);
		const out = runEngine(run, flagged, toForm, 'form');
		expect(out).toEqual({ issues: [...flagged, ...engineIssuesToo(run, flagged, toForm)] });
		expect(out).toEqual({
			issues: [
				{ field: 'amount', code: 'required' },
				{ field: 'table', code: 'unknownTable' }
			]
		});
	});
});
