import { describe, expect, it } from 'vitest';
import { cardKindFrom } from '../link/fragmentSchema';
import { CARD_KINDS, cardCode } from './card';

describe('the card’s kind in a link', () => {
	it('one letter per kind, none used twice', () => {
		const codes = CARD_KINDS.map(cardCode);
		expect(codes).toEqual(['t', 'p', 'f', 'n', 'k', 's']);
		expect(new Set(codes).size).toBe(CARD_KINDS.length);
	});

	it('a section reads back its own kinds and refuses the others', () => {
		const kinds = { table: true, kildeskatt: true } as const;
		expect(cardKindFrom(cardCode('table'), kinds)).toBe('table');
		expect(cardKindFrom('k', kinds)).toBe('kildeskatt');
		expect(cardKindFrom('n', kinds)).toBeUndefined();
		expect(cardKindFrom('constructor', kinds)).toBeUndefined();
		expect(cardKindFrom('', kinds)).toBeUndefined();
		expect(cardKindFrom('f', CARD_KINDS)).toBe('frikort');
		expect(cardKindFrom('x', CARD_KINDS)).toBeUndefined();
	});
});
