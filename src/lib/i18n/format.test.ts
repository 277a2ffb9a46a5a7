import { describe, expect, it } from 'vitest';
import { detectLang, numberFormat } from './format';

describe('detectLang', () => {
	it('takes ?lang= first', () => {
		expect(detectLang('?lang=nn', ['en-GB'])).toBe('nn');
	});
	it('ignores an unknown ?lang= and falls back to the browser', () => {
		expect(detectLang('?lang=de', ['en-US', 'nb'])).toBe('en');
	});
	it('maps no and nb to bokmål and nn to nynorsk', () => {
		expect(detectLang('', ['no'])).toBe('nb');
		expect(detectLang('', ['nn-NO'])).toBe('nn');
	});
	it('uses the first browser language we have, else bokmål', () => {
		expect(detectLang('', ['de-DE', 'nn'])).toBe('nn');
		expect(detectLang('', ['de-DE', 'fr'])).toBe('nb');
	});
});

describe('numberFormat', () => {
	it('formats Norwegian thousands with a space and a decimal comma', () => {
		expect(numberFormat('nb', 2).format(12345.5).replace(/\s/g, ' ')).toBe('12 345,50');
	});
	it('formats English with a comma and a decimal point', () => {
		expect(numberFormat('en', 0).format(12345)).toBe('12,345');
	});
});
