import { describe, expect, it } from 'vitest';
import nbErrors from './messages/nb/errors';
import { errorText } from './errors';
import { ensureNamespaces, hasMessage, setLang } from './i18n.svelte';
import { keyFromData } from './keys';
import { LANGS } from './types';

/** The values each code is raised with where it needs any (engine and form parsing). */
const RAISED_WITH: Record<string, Record<string, string | number>> = {
	unknownYear: { years: '2025, 2026' },
	outsideYear: { year: 2026 }
};

describe('errorText', () => {
	for (const lang of LANGS) {
		it(`fills every placeholder of every error message (${lang})`, async () => {
			await setLang(lang);
			await ensureNamespaces(['errors']);
			for (const code of Object.keys(nbErrors)) {
				const text = errorText({
					code,
					...(RAISED_WITH[code] ? { values: RAISED_WITH[code] } : {})
				});
				expect(text, code).not.toMatch(/\{\{|\}\}/u);
				// Asked of the translator: a missing message's text is its path, not `errors:<code>`.
				expect(hasMessage(keyFromData('errors', code)), code).toBe(true);
			}
			// The form's own "too large" has no max; the engine's has a raw number: both in kroner.
			expect(errorText({ code: 'tooLarge' })).toMatch(/1.000.000.000/u);
			expect(errorText({ code: 'tooLarge', values: { max: 1e9 } })).toMatch(/1.000.000.000/u);
		});
	}
});
