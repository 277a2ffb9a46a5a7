import type { Step } from '../engine/steps';
import enAnnual from './messages/en/steps/annual';
import enEtterbetaling from './messages/en/steps/etterbetaling';
import enExplain from './messages/en/steps/explain';
import enPayments from './messages/en/steps/payments';
import enSykepenger from './messages/en/steps/sykepenger';
import enTabelltrekk from './messages/en/steps/tabelltrekk';
import enUfore from './messages/en/steps/ufore';
import enYear from './messages/en/steps/year';
import nbAnnual from './messages/nb/steps/annual';
import nbEtterbetaling from './messages/nb/steps/etterbetaling';
import nbExplain from './messages/nb/steps/explain';
import nbPayments from './messages/nb/steps/payments';
import nbSykepenger from './messages/nb/steps/sykepenger';
import nbTabelltrekk from './messages/nb/steps/tabelltrekk';
import nbUfore from './messages/nb/steps/ufore';
import nbYear from './messages/nb/steps/year';
import nnAnnual from './messages/nn/steps/annual';
import nnEtterbetaling from './messages/nn/steps/etterbetaling';
import nnExplain from './messages/nn/steps/explain';
import nnPayments from './messages/nn/steps/payments';
import nnSykepenger from './messages/nn/steps/sykepenger';
import nnTabelltrekk from './messages/nn/steps/tabelltrekk';
import nnUfore from './messages/nn/steps/ufore';
import nnYear from './messages/nn/steps/year';

/**
 * For tests: "every step can be worded", once. A step `<module>.<path>` is worded by the message
 * at `<path>` in `messages/<lang>/steps/<module>.ts` (as `stepText` asks for `steps:<id>`); each
 * step is checked in nb, nn and en: the message exists and each of its placeholders is one of the
 * step's values (or `<name>N`, the bare number of a counted value `<name>`, src/lib/i18n/steps.ts).
 */
const STEPS = {
	nb: {
		annual: nbAnnual,
		etterbetaling: nbEtterbetaling,
		explain: nbExplain,
		payments: nbPayments,
		sykepenger: nbSykepenger,
		tabelltrekk: nbTabelltrekk,
		ufore: nbUfore,
		year: nbYear
	},
	nn: {
		annual: nnAnnual,
		etterbetaling: nnEtterbetaling,
		explain: nnExplain,
		payments: nnPayments,
		sykepenger: nnSykepenger,
		tabelltrekk: nnTabelltrekk,
		ufore: nnUfore,
		year: nnYear
	},
	en: {
		annual: enAnnual,
		etterbetaling: enEtterbetaling,
		explain: enExplain,
		payments: enPayments,
		sykepenger: enSykepenger,
		tabelltrekk: enTabelltrekk,
		ufore: enUfore,
		year: enYear
	}
} as const;

/** A module of step messages (`steps/<module>`). */
export type StepModule = keyof (typeof STEPS)['nb'];
const LANGS = ['nb', 'nn', 'en'] as const;

function isModule(m: string): m is StepModule {
	return Object.hasOwn(STEPS.nb, m);
}

/** The message at a dotted path of a tree, if there is one. */
function messageAt(tree: object, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], tree);
}

/** Every message's path in a tree ("range.restskatt"). */
function paths(tree: object, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [`${prefix}${k}`] : paths(v as object, `${prefix}${k}.`)
	);
}

/** What a step cannot be worded with, in one language ("nn:year.x: no value amountKr"). */
function problemsOf(s: Step): string[] {
	const dot = s.id.indexOf('.');
	const module = s.id.slice(0, dot);
	if (dot < 0 || !isModule(module)) return [`${s.id}: no module of step messages`];
	const path = s.id.slice(dot + 1);
	return LANGS.flatMap((lang) => {
		const text = messageAt(STEPS[lang][module], path);
		if (typeof text !== 'string') return [`${lang}:${s.id}: no sentence`];
		return [...text.matchAll(/\{\{(\w+)\}\}/gu)]
			.map((m) => m[1]!)
			.filter(
				(name) => !(name in s.values) && !(name.endsWith('N') && name.slice(0, -1) in s.values)
			)
			.map((name) => `${lang}:${s.id}: no value ${name}`);
	});
}

/**
 * A record of steps checked as they come: `check` each (any module's, worded in its own),
 * `use` a message no step reaches here but another test does, then `problems` (none expected)
 * and `unused(module)`, the messages of a module no step checked here reached (none expected:
 * no wording is left behind).
 */
export function wordingCheck() {
	const problems = new Set<string>();
	const seen = new Set<string>();
	const check = (s: Step) => {
		seen.add(s.id);
		for (const p of problemsOf(s)) problems.add(p);
	};
	return {
		check,
		checkAll: (steps: Iterable<Step>) => {
			for (const s of steps) check(s);
		},
		/** A message of a module counted as reached (by a path of its own, or by another test). */
		use: (module: StepModule, path: string) => void seen.add(`${module}.${path}`),
		problems: () => [...problems],
		unused: (module: StepModule) =>
			paths(STEPS.nb[module]).filter((p) => !seen.has(`${module}.${p}`))
	};
}
