import { describe, expect, it } from 'vitest';
import { step } from '../engine/steps';
import { ensureNamespaces, setLang } from './i18n.svelte';
import { stepText } from './steps';

async function inLang(lang: 'nb' | 'nn' | 'en') {
	await setLang(lang);
	await ensureNamespaces(['steps', 'benefits', 'calc']);
}

describe('stepText', () => {
	it('counts days with the language’s plural forms, never "1 dager"', async () => {
		await inLang('nb');
		const one = stepText(step('payments.splitPart', { forMonth: 2, days: 1, amountKr: 500 }));
		expect(one).toContain('1 dag,');
		expect(
			stepText(step('payments.splitPart', { forMonth: 2, days: 13, amountKr: 500 }))
		).toContain('13 dager');
		await inLang('en');
		expect(stepText(step('payments.splitPart', { forMonth: 2, days: 1, amountKr: 500 }))).toMatch(
			/\b1 day,/u
		);
		await inLang('nn');
		expect(stepText(step('payments.splitPart', { forMonth: 2, days: 2, amountKr: 500 }))).toContain(
			'2 dagar'
		);
	});

	it('shows the routine’s divisor to two decimals, not as "212,3077 perioder"', async () => {
		await inLang('nb');
		const text = stepText(
			step('tabelltrekk.divide', { taxKr: 100_000, divisor: 212.3077, months: 10.5, trekkKr: 471 })
		);
		expect(text).toContain('212,31');
		expect(text).not.toMatch(/212,3077|perioder/u);
	});

	it('writes a benefit’s name in lower case inside a sentence and capitalises a sentence start', async () => {
		await inLang('nb');
		const inside = stepText(
			step('payments.meldeperiodeTrekkfri', { benefit: 'aap', paidMonth: 6 })
		);
		expect(inside).toContain('for arbeidsavklaringspenger (AAP)');
		const start = stepText(step('payments.trekkfri', { benefit: 'uforetrygd', forMonth: 6 }));
		expect(start).toMatch(/^Uføretrygd er trekkfri i juni/u);
		await inLang('en');
		expect(
			stepText(step('payments.meldeperiodeTrekkfri', { benefit: 'aap', paidMonth: 6 }))
		).toContain('for work assessment allowance (AAP)');
	});
});
