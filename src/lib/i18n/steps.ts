import type { Step, StepValue } from '../engine';
import { currentLang, formatCount, formatKr, t } from './i18n.svelte';
import { isMonthNumber, keyFromData, type KeyIn } from './keys';
import { INTL_LOCALE } from './types';

/**
 * Words an engine step in the current language. Value names tell their unit (the engine's
 * convention): `…Kr` kroner, `…Date` ISO date, `…Month` month 1–12, `…Pct` percent, `…Year` a
 * year; any other number is shown as a plain number, other values as they are.
 */
export function formatStepValue(name: string, value: StepValue): string {
	if (typeof value === 'boolean') return String(value);
	// A benefit's name is a common noun inside a sentence ("for alderspensjon"); a sentence that
	// starts with one is capitalised as a whole in stepText.
	// A step's values are data: a benefit's or a period's code is worded through keyFromData.
	if (name === 'benefit' && typeof value === 'string')
		return lowerFirst(t(keyFromData('benefits', value)));
	if (typeof value === 'string') {
		if (/Date$/u.test(name)) return formatDate(value);
		if (/Month$/u.test(name) && /^\d+$/u.test(value)) return monthName(Number(value));
		if (/(^p|P)eriod$/u.test(name)) return t(keyFromData('calc', `period.${value}`));
		return value;
	}
	if (/Kr$/u.test(name)) return formatKr(value, Number.isInteger(value) ? 0 : 2);
	if (/Month$/u.test(name)) return monthName(value);
	// A percent never breaks from its number: "44 %" in Norwegian, "44%" in English.
	if (/Pct$/u.test(name)) return `${plainNumber(value)}${currentLang() === 'en' ? '' : '\u00a0'}%`;
	if (/Year$/u.test(name) || name === 'year') return String(value);
	// The routine's divisor is a float such as 240 × 46 / 52: two decimals say enough.
	if (name === 'divisor') return plainNumber(Math.round(value * 100) / 100);
	return plainNumber(value);
}

/** A month's name ("mars"), or the number as it is when it is no month (never "months.13"). */
export function monthName(n: number): string {
	return isMonthNumber(n) ? t(`common:months.${n}`) : plainNumber(n);
}

/**
 * The message key of an engine step: its id is data (`steps.<id>` in the engine's step model),
 * so this is the one place a step id becomes a key. Whether the messages have it is asked with
 * `hasMessage(stepKey(id))`.
 */
export function stepKey(id: string): KeyIn<'steps'> {
	return keyFromData('steps', id);
}

/**
 * Counted values are worded with their noun in the language's plural forms ("1 dag", "14 dager");
 * `<name>N` gives the bare number for a formula ("14 × 1 200 kr").
 */
const COUNTED: Record<string, 'days' | 'weekdays'> = {
	days: 'days',
	cumulativeDays: 'days',
	leftOutDays: 'days',
	weekdays: 'weekdays'
};

export function stepText(step: Step): string {
	const values: Record<string, string> = {};
	for (const [k, v] of Object.entries(step.values)) {
		const unit = COUNTED[k];
		if (unit && typeof v === 'number') {
			values[k] = formatCount(unit, v);
			values[`${k}N`] = plainNumber(v);
		} else values[k] = formatStepValue(k, v);
	}
	return upperFirst(t(stepKey(step.id), values));
}

function lowerFirst(s: string): string {
	return s.charAt(0).toLocaleLowerCase(INTL_LOCALE[currentLang()]) + s.slice(1);
}
function upperFirst(s: string): string {
	return s.charAt(0).toLocaleUpperCase(INTL_LOCALE[currentLang()]) + s.slice(1);
}

const plainFormats = new Map<string, Intl.NumberFormat>();

/** A plain number with up to four decimals and no trailing zeros ("10,5", "12,12"). */
function plainNumber(value: number): string {
	const lang = currentLang();
	let f = plainFormats.get(lang);
	if (!f) {
		f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 4 });
		plainFormats.set(lang, f);
	}
	return f.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2. mars 2026" / "2 March 2026" from an ISO date. */
export function formatDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
	if (!m) return iso;
	const lang = currentLang();
	let f = dateFormats.get(lang);
	if (!f) {
		f = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		dateFormats.set(lang, f);
	}
	return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** A short period such as "2.–15. mars" is left to the sentence; this gives "2. mars – 15. mars 2026". */
export function formatRange(from: string, to: string): string {
	return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}
