import type about from './messages/nb/about';
import type benefits from './messages/nb/benefits';
import type calc from './messages/nb/calc';
import type calcCompact from './messages/nb/calc/compact';
import type calcResults from './messages/nb/calc/results';
import type calcTerms from './messages/nb/calc/terms';
import type check from './messages/nb/check';
import type common from './messages/nb/common';
import type commonOffline from './messages/nb/common/offline';
import type commonPrint from './messages/nb/common/print';
import type embed from './messages/nb/embed';
import type errors from './messages/nb/errors';
import type etterbetaling from './messages/nb/etterbetaling';
import type explain from './messages/nb/explain';
import type proposal from './messages/nb/proposal';
import type stepsAnnual from './messages/nb/steps/annual';
import type stepsEtterbetaling from './messages/nb/steps/etterbetaling';
import type stepsExplain from './messages/nb/steps/explain';
import type stepsPayments from './messages/nb/steps/payments';
import type stepsSykepenger from './messages/nb/steps/sykepenger';
import type stepsTabelltrekk from './messages/nb/steps/tabelltrekk';
import type stepsUfore from './messages/nb/steps/ufore';
import type stepsYear from './messages/nb/steps/year';
import type sykepenger from './messages/nb/sykepenger';
import type table from './messages/nb/table';
import type ufore from './messages/nb/ufore';
import type year from './messages/nb/year';

/**
 * Every message key, typed from the bokmål messages (the source of truth), so a missing or
 * misspelt key fails the type check. The tree is the one `resources.ts` assembles at run time:
 * `<ns>.ts` is namespace `<ns>`, and `<ns>/<part>.ts` adds `<part>.…` inside it. A message file
 * added under `messages/nb/` is named here too (keys.test.ts fails until it is).
 */
type Bokmal = {
	about: typeof about;
	benefits: typeof benefits;
	calc:
		| typeof calc
		| { compact: typeof calcCompact; results: typeof calcResults; terms: typeof calcTerms };
	check: typeof check;
	common: typeof common | { offline: typeof commonOffline; print: typeof commonPrint };
	embed: typeof embed;
	errors: typeof errors;
	etterbetaling: typeof etterbetaling;
	explain: typeof explain;
	proposal: typeof proposal;
	steps: {
		annual: typeof stepsAnnual;
		etterbetaling: typeof stepsEtterbetaling;
		explain: typeof stepsExplain;
		payments: typeof stepsPayments;
		sykepenger: typeof stepsSykepenger;
		tabelltrekk: typeof stepsTabelltrekk;
		ufore: typeof stepsUfore;
		year: typeof stepsYear;
	};
	sykepenger: typeof sykepenger;
	table: typeof table;
	ufore: typeof ufore;
	year: typeof year;
};

/** A namespace of the messages. */
export type Namespace = keyof Bokmal;

// i18next's plural suffixes: with a `count`, `x` finds `x_one`, `x_other`, …
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A leaf's key, and its bare key when it is a plural form. */
type Leaf<K extends string> = K extends `${infer Bare}_${PluralSuffix}` ? K | Bare : K;

/**
 * Every leaf of a message tree as a dotted path. A union of trees (a namespace's file and its
 * folder's parts) gives the leaves of each, each tree walked once.
 */
type Paths<T> = T extends string
	? never
	: {
			[K in keyof T & string]: T[K] extends string ? Leaf<K> : `${K}.${Paths<T[K]>}`;
		}[keyof T & string];

/** Each namespace's keys, `ns:key.path`, plural keys also by their bare key (computed once). */
type KeysByNamespace = { [N in Namespace]: `${N}:${Paths<Bokmal[N]>}` };

/** Every message key, `ns:key.path`, plural keys also by their bare key. */
export type MessageKey = KeysByNamespace[Namespace];

/** The namespaces with a page's title and intro (`<ns>:title`, `<ns>:intro`: SectionIntro). */
export type TitledNamespace = {
	[N in Namespace]: `${N}:title` | `${N}:intro` extends MessageKey ? N : never;
}[Namespace];

/** A month by its number, 1–12, as `common:months.<n>` names it. */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** The months in order, by number. */
export const MONTH_NUMBERS = [
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
] as const satisfies readonly MonthNumber[];

export function isMonthNumber(n: unknown): n is MonthNumber {
	return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 12;
}

/** The keys of one namespace. */
export type KeyIn<N extends Namespace> = KeysByNamespace[N];

/**
 * The one entry point for a key made from data the type checker cannot follow: an engine step's
 * id (`steps:<id>`), an error code from the engine or the edge, a code among a step's values. The
 * namespace is still checked; the rest is the data's. Whether such a key names a message is asked
 * of the translator (`hasMessage`), never guessed from what `t` gives back; the tests that word
 * every step and every error code hold the data and the messages together.
 */
// NoInfer: `N` is the namespace passed, never inferred back from the key a caller expects (that
// inference, over every key, would cost the type checker seconds at each call).
export function keyFromData<N extends Namespace>(ns: N, path: string): NoInfer<KeyIn<N>> {
	return `${ns}:${path}` as KeyIn<N>;
}
