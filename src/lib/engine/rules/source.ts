/**
 * Where a rule or a rate comes from, as data: the public document (`title`), the place in it
 * (`section`), a stable public address where one exists (`url`), what we did with it (`note`:
 * "carried from 2026", "derived", "interpretation", …) and, where the repo's own docs explain the
 * rule, that page (`docs`, e.g. "docs/nav-payments.md §1").
 */
export interface Source {
	title: string;
	section?: string;
	url?: string;
	note?: string;
	docs?: string;
}

/** One source, or several that together give a figure (the routine and the law it applies). */
export type Cited = Source | readonly Source[];

/** The sources as a list. */
export function sourcesOf(c: Cited): readonly Source[] {
	return isSourceList(c) ? c : [c];
}

function isSourceList(c: Cited): c is readonly Source[] {
	return Array.isArray(c);
}

/** Several citations as one list, in order. */
export function citeAll(...cs: Cited[]): Source[] {
	return cs.flatMap((c) => [...sourcesOf(c)]);
}

/**
 * A short one-line citation, for a step's `source`: "Skatteloven § 6-32; Skatteetaten: trekkrutine
 * 2026, year parameters (docs/tabelltrekk.md)". Notes follow in brackets.
 */
export function cite(c: Cited | string): string {
	if (typeof c === 'string') return c;
	return sourcesOf(c)
		.map((s) => {
			const where = s.section
				? `${s.title}${s.section.startsWith('§') ? ' ' : ', '}${s.section}`
				: s.title;
			const extras = [s.note, s.docs].filter(Boolean).join('; ');
			return extras ? `${where} (${extras})` : where;
		})
		.join('; ');
}
