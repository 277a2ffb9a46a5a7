import { describe, expect, it } from 'vitest';
import { tabelltrekkSteps } from '$lib/engine/tabelltrekk';
import { sourceParts, type SourceLike } from './stepSource';

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

	it("shows a structured source's document and place, never its notes or docs/ pointer", () => {
		expect(
			sourceParts({
				title: 'Skattebetalingsloven',
				section: '§ 5-7 første ledd b',
				url: 'https://lovdata.no/lov/2005-06-17-67',
				note: 'pensjon trekkes i 11 måneder',
				docs: 'docs/annual-and-back-payments.md §2b'
			} as SourceLike)
		).toEqual([
			{
				text: 'Skattebetalingsloven § 5-7 første ledd b',
				href: 'https://lovdata.no/lov/2005-06-17-67'
			}
		]);
	});

	it('shows what an engine step carries, as the engine gives it', () => {
		const { steps } = tabelltrekkSteps({
			year: 2026,
			table: '8010',
			period: 'month',
			amount: 30_000
		});
		const parts = sourceParts(steps[0]!.source);
		expect(parts).toHaveLength(1);
		expect(parts[0]!.text).toMatch(/^Skatteetaten, trekkrutine 2026$/u);
		expect(parts[0]!.href).toMatch(/^https:\/\//u);
		expect(parts[0]!.text).not.toMatch(/docs\//u);
	});
});
