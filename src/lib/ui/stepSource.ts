/**
 * A step's source as a reader sees it: each cited document's title and the place in it, with the
 * document's address where it has one. A step carries either the engine's structured source (one
 * or several documents) or a short citation already written out; the latter is shown as it is,
 * less its pointers into this repository's docs/ (for the people who maintain the rules, not for the
 * reader).
 */

/** The part of a structured source a reader is shown (what the engine's rules data records). */
export interface SourceLike {
	title: string;
	section?: string;
	url?: string;
}

/** What a step may carry as its source. */
export type StepSource = string | SourceLike | readonly SourceLike[];

/** One cited document as shown: its words and, where there is one, its address. */
export interface SourcePart {
	text: string;
	href?: string;
}

/** Only web addresses become links (never a script or a local path). */
function webAddress(url: string | undefined): string | undefined {
	return url && /^https?:\/\//u.test(url) ? url : undefined;
}

/** "A (docs/x.md §2)" → "A"; "A (note; docs/x.md §2)" → "A (note)". */
function withoutDocs(citation: string): string {
	return citation
		.replace(/\s*\(docs\/[^()]*\)/gu, '')
		.replace(/;\s*docs\/[^();]*(?=\))/gu, '')
		.trim();
}

/**
 * The documents a step cites, in order; none when it cites nothing. A paragraph sign follows the
 * title with a space ("Skatteloven § 6-32"), any other place after a comma ("Skatte-ABC, 9.2").
 */
export function sourceParts(source: StepSource | undefined): SourcePart[] {
	if (source === undefined) return [];
	if (typeof source === 'string') {
		const text = withoutDocs(source);
		return text ? [{ text }] : [];
	}
	const list: readonly SourceLike[] = Array.isArray(source) ? source : [source as SourceLike];
	return list
		.filter((s) => s.title.trim() !== '')
		.map((s) => {
			const text = s.section
				? `${s.title}${s.section.startsWith('§') ? ' ' : ', '}${s.section}`
				: s.title;
			const href = webAddress(s.url);
			return href ? { text, href } : { text };
		});
}
