import { describe, expect, it } from 'vitest';
import { sourceParts } from './stepSource';

describe('a step source as a reader sees it', () => {
	it('shows nothing for a step without a source', () => {
		expect(sourceParts(undefined)).toEqual([]);
		expect(sourceParts('  ')).toEqual([]);
	});

	it('shows a written-out citation as it is', () => {
		expect(sourceParts('Skatteloven § 6-32')).toEqual([{ text: 'Skatteloven § 6-32' }]);
	});

	it('leaves out the pointers into the docs of this repository', () => {
		expect(sourceParts('nav.no: Skattetrekk (docs/nav-payments.md §2–§3)')).toEqual([
			{ text: 'nav.no: Skattetrekk' }
		]);
		expect(sourceParts('Forskrift § 1 (carried from 2026; docs/rates.md §1); Lov § 2')).toEqual([
			{ text: 'Forskrift § 1 (carried from 2026); Lov § 2' }
		]);
		expect(sourceParts('docs/annual-and-back-payments.md §2.9')).toEqual([
			{ text: 'docs/annual-and-back-payments.md §2.9' }
		]);
	});

	it('joins a paragraph to its title with a space and any other place with a comma', () => {
		expect(sourceParts({ title: 'Skatteloven', section: '§ 6-32' })).toEqual([
			{ text: 'Skatteloven § 6-32' }
		]);
		expect(sourceParts({ title: 'Skatte-ABC S-22 Svalbard', section: '9.2' })).toEqual([
			{ text: 'Skatte-ABC S-22 Svalbard, 9.2' }
		]);
	});

	it('links a document that has a web address, and only a web address', () => {
		expect(
			sourceParts([
				{ title: 'A', url: 'https://www.skatteetaten.no/x' },
				{ title: 'B', url: 'javascript:alert(1)' },
				{ title: 'C' }
			])
		).toEqual([{ text: 'A', href: 'https://www.skatteetaten.no/x' }, { text: 'B' }, { text: 'C' }]);
	});
});
