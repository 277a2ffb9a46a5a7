import { describe, expect, it } from 'vitest';
import { ensureNamespaces, hasMessage, loadI18next, setLang, t } from './i18n.svelte';
import { keyFromData } from './keys';
import { stepKey } from './steps';

// Whether a message exists is the translator's answer, the same before i18next has arrived (the
// first screen's lookup, translate.ts) and after; never guessed from what `t` gives back.
async function answers() {
	const got: Record<string, boolean> = {};
	for (const lang of ['nb', 'en'] as const) {
		await setLang(lang);
		got[`${lang} appName`] = hasMessage('common:appName');
		got[`${lang} step`] = hasMessage(stepKey('payments.splitPart'));
		got[`${lang} no step`] = hasMessage(stepKey('payments.noSuchStep'));
		got[`${lang} no error`] = hasMessage(keyFromData('errors', 'noSuchCode'));
		got[`${lang} plural, no count`] = hasMessage('common:count.days');
		got[`${lang} plural, count`] = hasMessage('common:count.days', { count: 2 });
		got[`${lang} not loaded`] = hasMessage('about:title');
	}
	return got;
}

const expected = {
	'nb appName': true,
	'nb step': true,
	'nb no step': false,
	'nb no error': false,
	'nb plural, no count': false,
	'nb plural, count': true,
	'nb not loaded': false,
	'en appName': true,
	'en step': true,
	'en no step': false,
	'en no error': false,
	'en plural, no count': false,
	'en plural, count': true,
	'en not loaded': false
};

describe('hasMessage', () => {
	it('answers from the messages loaded, before and after i18next arrives, alike', async () => {
		await setLang('en');
		await ensureNamespaces(['common', 'steps', 'errors']);
		await setLang('nb');
		await ensureNamespaces(['common', 'steps', 'errors']);
		const before = await answers();
		expect(before).toEqual(expected);
		await loadI18next();
		expect(await answers()).toEqual(expected);
		// The text of a missing key is no answer: it is the key itself, plainly one.
		expect(t(stepKey('payments.noSuchStep'))).toBe('steps:payments.noSuchStep');
	});

	it('turns when a namespace arrives', async () => {
		await setLang('nb');
		expect(hasMessage('about:title')).toBe(false);
		await ensureNamespaces(['about']);
		expect(hasMessage('about:title')).toBe(true);
	});
});
