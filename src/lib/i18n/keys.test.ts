import { describe, expect, expectTypeOf, it } from 'vitest';
import keysSource from './keys.ts?raw';
import type { KeyIn, MessageKey, TitledNamespace } from './keys';
import type { Benefit } from '../engine/nav/benefits';
import type { Lang } from './types';

// keys.ts types every key from the bokmål files it names: a file it does not name would leave
// that file's keys untyped, so each file under messages/nb/ must be named there.
const files = Object.keys(import.meta.glob('./messages/nb/**/*.ts'));

describe('MessageKey', () => {
	it('is made from every bokmål message file', () => {
		expect(files.length).toBeGreaterThan(20);
		const unnamed = files
			.map((f) => f.replace(/\.ts$/u, ''))
			.filter((f) => !keysSource.includes(`from '${f}';`));
		expect(unnamed).toEqual([]);
	});

	it('takes every leaf, a plural by its bare key, and keys built from typed unions', () => {
		expectTypeOf<'common:appName'>().toExtend<MessageKey>();
		expectTypeOf<'steps:payments.splitPart'>().toExtend<MessageKey>();
		expectTypeOf<'calc:results.paidNextYear'>().toExtend<MessageKey>();
		expectTypeOf<'calc:card.legend'>().toExtend<MessageKey>();
		expectTypeOf<'common:count.days'>().toExtend<MessageKey>();
		expectTypeOf<'common:count.days_one'>().toExtend<MessageKey>();
		expectTypeOf<`benefits:${Benefit}`>().toExtend<MessageKey>();
		expectTypeOf<`common:langName.${Lang}`>().toExtend<MessageKey>();
		// Every section's page title and intro (SectionIntro: `<ns>:title`, `<ns>:intro`).
		expectTypeOf<
			'about' | 'calc' | 'year' | 'ufore' | 'etterbetaling' | 'explain' | 'check' | 'table'
		>().toExtend<TitledNamespace>();
		expectTypeOf<'benefits'>().not.toExtend<TitledNamespace>();
		expectTypeOf<KeyIn<'errors'>>().toExtend<`errors:${string}`>();
	});

	it('refuses a misspelt key, a group, a key without its namespace and a plain string', () => {
		expectTypeOf<'common:appNam'>().not.toExtend<MessageKey>();
		expectTypeOf<'common:nav'>().not.toExtend<MessageKey>();
		expectTypeOf<'appName'>().not.toExtend<MessageKey>();
		expectTypeOf<`steps:${string}`>().not.toExtend<MessageKey>();
		expectTypeOf<string>().not.toExtend<MessageKey>();
		expectTypeOf<'common:count.days_few'>().not.toExtend<MessageKey>();
	});
});
