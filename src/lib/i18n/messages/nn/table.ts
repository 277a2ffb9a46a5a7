import type nb from '../nb/table';
import type { Messages } from '../../types';

export default {
	title: 'Heile trekktabellen',
	intro:
		'Sjå heile trekktabellen frå Skatteetaten for eit tabellnummer og ein periode. Søk etter eit beløp for å finne rada og trekket.',
	year: 'År',
	tableNumber: 'Tabellnummer',
	tableHint: 'Står på skattekortet, til dømes 8010.',
	period: 'Periode',
	search: 'Søk etter beløp',
	searchHint: 'Trekkgrunnlaget i kroner, til dømes 25 000.',
	result: 'Trekk for {{amount}}: {{trekk}}',
	aboveMax:
		'Trekk for {{amount}}: {{trekk}}. Beløpet er høgare enn tabellen viser (til {{max}}), så trekket er rekna ut.',
	caption: 'Tabell {{table}}, {{period}} {{year}}',
	rowCount:
		'{{count}} rader. Kvar rad gjeld frå beløpet i første kolonne til og med beløpet i den andre.',
	from: 'Trekkgrunnlag frå',
	to: 'til',
	trekk: 'Trekk',
	noTable: 'Skriv eit gyldig tabellnummer for å sjå tabellen.'
} satisfies Messages<typeof nb>;
