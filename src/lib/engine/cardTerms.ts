import { tableInfo } from './tabelltrekk';
import { BENEFITS, type Benefit, type SpecialMonthRule } from './nav/benefits';
import type { Card } from './payments';
import { barnepensjonFixedRate } from './nav/cards';
import type { Cited } from './rules/source';

/**
 * A case in the tax card's own vocabulary, for a caseworker: the trekkode NAV's payments are
 * reported under (Skatteetaten's skattekort format: loennFraNAV, pensjonFraNAV,
 * ufoeretrygdFraNAV, introduksjonsstoenad), the kind of withholding, the table or the
 * percentage, the months the year's tax is withheld over, and June and December.
 */
export type Trekkode =
	'loennFraNAV' | 'pensjonFraNAV' | 'ufoeretrygdFraNAV' | 'introduksjonsstoenad';

export interface CardTerms {
	trekkode: Trekkode;
	trekktype:
		'tabelltrekk' | 'prosenttrekk' | 'frikort' | 'utenSkattekort' | 'kildeskatt' | 'svalbard';
	tabellnummer?: string;
	prosentsats?: number;
	/** 10.5 or 12 for table cards. */
	antallMaanederTrekk?: number;
	june: SpecialMonthRule;
	december: SpecialMonthRule;
	source: Cited;
}

export function trekkodeFor(benefit: Benefit): Trekkode {
	if (benefit === 'uforetrygd') return 'ufoeretrygdFraNAV';
	if (benefit === 'introduksjonsstonad') return 'introduksjonsstoenad';
	return BENEFITS[benefit].income === 'pension' ? 'pensjonFraNAV' : 'loennFraNAV';
}

/**
 * `year` (optional) applies the year's own NAV rates: barnepensjon from 2025 is a fixed
 * percentage of every payment whatever the card (then `card` may be left out).
 */
export function cardTerms(
	benefit: Benefit,
	card: Card | undefined,
	withUforetrygd = false,
	year?: number
): CardTerms {
	const rules = BENEFITS[benefit];
	const base = {
		trekkode: trekkodeFor(benefit),
		source: {
			title: 'Skatteetaten: skattekort',
			section: 'trekkode',
			docs: 'docs/nav-payments.md §1, §4'
		} as Cited
	};
	const fixed =
		benefit === 'barnepensjon' && year !== undefined ? barnepensjonFixedRate(year) : undefined;
	if (fixed || !card)
		return {
			...base,
			trekktype: fixed ? 'prosenttrekk' : 'utenSkattekort',
			...(fixed ? { prosentsats: fixed.value, source: fixed.source } : {}),
			june: 'ordinary',
			december: 'ordinary'
		};
	// Tables withheld over 12 months: ordinary in June and December for every benefit (§4).
	const twelve = card.kind === 'table' && tableInfo(card.table)?.months === 12;
	const flat = (r: SpecialMonthRule) => (card.kind === 'table' && !twelve ? r : 'ordinary');
	const june =
		benefit === 'gjenlevende' && withUforetrygd && card.kind === 'table' && !twelve
			? 'trekkfri'
			: flat(rules.june);
	const december = flat(rules.december);
	switch (card.kind) {
		case 'table': {
			const info = tableInfo(card.table);
			return {
				...base,
				trekktype: 'tabelltrekk',
				tabellnummer: card.table,
				...(info ? { antallMaanederTrekk: info.months } : {}),
				june,
				december
			};
		}
		case 'percent':
			return { ...base, trekktype: 'prosenttrekk', prosentsats: card.percent, june, december };
		case 'frikort':
			return { ...base, trekktype: 'frikort', june, december };
		case 'none':
			return { ...base, trekktype: 'utenSkattekort', june, december };
		default:
			return { ...base, trekktype: card.kind, june, december };
	}
}
