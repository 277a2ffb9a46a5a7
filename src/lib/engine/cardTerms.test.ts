import { describe, expect, it } from 'vitest';
import { cardTerms } from './cardTerms';

describe('cardTerms', () => {
	it('uføretrygd on table 8010: ufoeretrygdFraNAV, 10.5 months, June trekkfri, December half', () => {
		expect(cardTerms('uforetrygd', { kind: 'table', table: '8010' })).toMatchObject({
			trekkode: 'ufoeretrygdFraNAV',
			trekktype: 'tabelltrekk',
			tabellnummer: '8010',
			antallMaanederTrekk: 10.5,
			june: 'trekkfri',
			december: 'half'
		});
	});
	it('alderspensjon on a 12-month table and on a percentage card', () => {
		expect(cardTerms('alderspensjon', { kind: 'table', table: '7350' })).toMatchObject({
			trekkode: 'pensjonFraNAV',
			antallMaanederTrekk: 12
		});
		expect(cardTerms('alderspensjon', { kind: 'percent', percent: 28 })).toMatchObject({
			trekktype: 'prosenttrekk',
			prosentsats: 28,
			december: 'ordinary'
		});
	});
	it('dagpenger: loennFraNAV with meldeperioder in December', () => {
		expect(cardTerms('dagpenger', { kind: 'table', table: '8000' })).toMatchObject({
			trekkode: 'loennFraNAV',
			december: 'meldeperioder'
		});
	});
});
