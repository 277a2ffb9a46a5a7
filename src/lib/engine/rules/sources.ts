import type { Source } from './source';

/**
 * The public documents the year modules cite, as structured sources (title, section, link). A
 * link is given only where a stable public address exists (lovdata.no, skatteetaten.no, nav.no,
 * github.com/navikt); `docs` names the page of this repo that explains the rule in our words.
 */

const STORTINGSVEDTAK = 'https://lovdata.no/register/stortingsvedtak';
const DOCS_RATES = 'docs/annual-and-back-payments.md §3';

export function skatteloven(section: string, note?: string): Source {
	return {
		title: 'Skatteloven',
		section,
		url: 'https://lovdata.no/lov/1999-03-26-14',
		...(note ? { note } : {})
	};
}

export function folketrygdloven(section: string, note?: string): Source {
	return {
		title: 'Folketrygdloven',
		section,
		url: 'https://lovdata.no/lov/1997-02-28-19',
		...(note ? { note } : {})
	};
}

/** Skatteetaten's withholding-table routine for the year: its year parameters. */
export function routine(year: number): Source {
	return {
		title: `Skatteetaten: trekkrutine ${year}`,
		section: 'year parameters',
		url: 'https://www.skatteetaten.no/nn/tabellar-og-satsar/trekktabeller-i-tekstformat/',
		docs: 'docs/tabelltrekk.md, Year parameters'
	};
}

/**
 * The routine as a whole, as the table withholding's steps cite it: "Skatteetaten, trekkrutine
 * 2026". A proposal year names the routine run with the proposal's figures (an estimate).
 */
export function tableRoutine(year: number, proposal?: { document: string; date: string }): Source {
	return {
		...routine(year),
		title: 'Skatteetaten',
		section: proposal
			? `trekkrutine med tallene i ${proposal.document} (${proposal.date})`
			: `trekkrutine ${year}`,
		...(proposal ? { note: `an estimate, not the official ${year} tables` } : {}),
		docs: 'docs/tabelltrekk.md'
	};
}

/** The Storting's tax resolution for the year (a section of it, where one is meant). */
export function skattevedtaket(year: number, section?: string): Source {
	return {
		title: `Stortingets skattevedtak ${year}`,
		...(section ? { section } : {}),
		url: STORTINGSVEDTAK,
		docs: DOCS_RATES
	};
}

/**
 * The year's rates for a person's annual tax: the Storting's resolution (at `section`, where one
 * is meant) and the government's rate overview.
 */
export function annualRates(year: number, section?: string): Source[] {
	return [
		skattevedtaket(year, section),
		{ title: `Regjeringen: satser ${year}`, docs: DOCS_RATES }
	];
}

/** Trygdeavgift: the law and the Storting's rates for the year. */
export function trygdeavgift(year: number): Source[] {
	return [
		folketrygdloven('§ 23-3'),
		{ title: `Stortingets vedtak om trygdeavgift ${year}`, url: STORTINGSVEDTAK }
	];
}

/** NAV's page on withholding from its payments, at the part that gives the figure. */
export function navWithholding(section?: string): Source {
	return {
		title: 'nav.no: Skattetrekk på utbetalinger fra NAV',
		...(section ? { section } : {}),
		url: 'https://www.nav.no/skattetrekk',
		docs: 'docs/nav-payments.md §1'
	};
}

export const FRIKORT: Source = {
	title: 'Skatteetaten: Frikort',
	section: '50 % trekk når frikortbeløpet er brukt opp',
	docs: 'docs/nav-payments.md §1'
};

export const KILDESKATT: Source[] = [
	{ title: 'Skatteetaten: Kildeskatt på pensjon og uføretrygd', section: '15 %' },
	navWithholding('ikke for sykepenger, dagpenger, foreldrepenger og andre lønnsliknende ytelser')
];

/** NAV's own Svalbard rates for the year, in its public code. */
export function svalbard(year: number): Source {
	return {
		title: 'navikt/sokos-skattekort',
		section: `Syntetisering.kt: Svalbard-satser for inntektsåret ${year}`,
		url: 'https://github.com/navikt/sokos-skattekort',
		docs: 'docs/nav-payments.md §1'
	};
}

/** The Svalbard tax under the withholding scheme: Skatteetaten's rates page and Skatte-ABC S-22. */
export function svalbardTax(year: number): Source[] {
	return [
		{
			title: 'Skatteetaten: Skattesatser på Svalbard',
			section: 'lønnstrekk: lav sats 8 % opp til 12 G, høy sats 22 % over',
			url: 'https://www.skatteetaten.no/nn/tabellar-og-satsar/skattesatser-pa-svalbard/',
			docs: 'docs/annual-and-back-payments.md §2.11'
		},
		{
			title: `Stortingets vedtak om skatt til Svalbard for inntektsåret ${year}`,
			section: '§ 3 bokstav a',
			note: 'G: det sist fastsatte grunnbeløpet i inntektsåret (svalbardskatteloven § 3-1)'
		},
		{ title: 'Skatte-ABC S-22 Svalbard', section: '9.2 og 7.7: endelig skatt, ingen fradrag' }
	];
}

export const BACK_PAYMENT: Source = {
	title: 'Skatteetaten: Skatt på etterbetalinger av pensjon og ytelser fra NAV',
	section: 'tidligere år',
	docs: 'docs/annual-and-back-payments.md §4'
};

export const OVERGANGSSTONAD_HALF: Source[] = [
	{
		title: 'nav.no (2023): overgangsstønad under 50 % trekkes med prosentsatsen',
		note: '«under 11 121 kroner i måneden» = 2,25 G / 24 med G 118 620',
		docs: 'docs/nav-payments.md §1'
	},
	folketrygdloven('§ 15-9', 'full stønad 2,25 G i året')
];
