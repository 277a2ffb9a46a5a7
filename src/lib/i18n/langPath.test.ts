import { describe, expect, it } from 'vitest';
import { browserLang, chooseLang, langOfPath, pathInLang, stripLang } from './langPath';

const url = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('language paths', () => {
	it('reads the prefix, bokmål without one', () => {
		expect(langOfPath('/en/tabell/')).toBe('en');
		expect(langOfPath('/nn/')).toBe('nn');
		expect(langOfPath('/tabell/')).toBe('nb');
		expect(langOfPath('/english/')).toBe('nb');
	});
	it('maps a prefixed path back to its route', () => {
		expect(stripLang('/en/tabell/')).toBe('/tabell/');
		expect(stripLang('/nn/')).toBe('/');
		expect(stripLang('/om/')).toBe('/om/');
	});
	it('moves a page to another language, also under a sub-path', () => {
		expect(pathInLang('/tabell/', 'en')).toBe('/en/tabell/');
		expect(pathInLang('/en/tabell/', 'nn')).toBe('/nn/tabell/');
		expect(pathInLang('/en/tabell/', 'nb')).toBe('/tabell/');
		expect(pathInLang('/', 'en')).toBe('/en/');
		expect(pathInLang('/sub/om/', 'nn', '/sub/')).toBe('/sub/nn/om/');
		expect(pathInLang('/sub/nn/om/', 'nb', '/sub/')).toBe('/sub/om/');
	});
});

describe('choosing the language', () => {
	it('maps no and nb to bokmål, nn to nynorsk; the first one we have wins', () => {
		expect(browserLang(['no'])).toBe('nb');
		expect(browserLang(['nn-NO'])).toBe('nn');
		expect(browserLang(['de-DE', 'nn'])).toBe('nn');
		expect(browserLang(['de-DE', 'fr'])).toBeUndefined();
	});
	it('follows the browser only on a plain address', () => {
		expect(chooseLang(url('/'), ['en-US'])).toBe('en');
		expect(chooseLang(url('/'), ['de-DE'])).toBe('nb');
		expect(chooseLang(url('/nn/tabell/'), ['en-US'])).toBe('nn');
	});
	it("the link's language wins over the browser's: ?lang=, then the scenario's, then the prefix", () => {
		expect(chooseLang(url('/', '?lang=nb'), ['en-US'])).toBe('nb');
		expect(chooseLang(url('/', '', '#v=1&l=nb&y=2026'), ['en-US'])).toBe('nb');
		expect(chooseLang(url('/en/', '', '#v=1&l=nb'), ['en-US'])).toBe('nb');
		expect(chooseLang(url('/', '?lang=nn', '#v=1&l=nb'), ['en-US'])).toBe('nn');
		expect(chooseLang(url('/en/', '?lang=xx'), ['nb'])).toBe('en');
	});
});

describe('a language chosen on this device', () => {
	it('wins over the browser on a plain address', () => {
		expect(chooseLang(url('/tabell/'), ['en-US'], 'nb')).toBe('nb');
		expect(chooseLang(url('/'), ['nb-NO'], 'nn')).toBe('nn');
	});
	it("never over the link's language or the page's prefix", () => {
		expect(chooseLang(url('/en/tabell/'), ['en-US'], 'nb')).toBe('en');
		expect(chooseLang(url('/', '?lang=nn'), ['en-US'], 'nb')).toBe('nn');
		expect(chooseLang(url('/', '', '#v=1&l=en'), ['nb'], 'nb')).toBe('en');
	});
	it('is ignored when it is not one of ours', () => {
		expect(chooseLang(url('/'), ['en-US'], 'de')).toBe('en');
		expect(chooseLang(url('/'), ['en-US'], null)).toBe('en');
	});
});
