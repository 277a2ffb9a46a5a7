// The whole withholding table page (/tabell/).
export default {
	title: 'Hele trekktabellen',
	intro:
		'Se hele trekktabellen fra Skatteetaten for et tabellnummer og en periode. Søk etter et beløp for å finne raden og trekket.',
	year: 'År',
	tableNumber: 'Tabellnummer',
	tableHint: 'Står på skattekortet, for eksempel 8010.',
	period: 'Periode',
	search: 'Søk etter beløp',
	searchHint: 'Trekkgrunnlaget i kroner, for eksempel 25 000.',
	result: 'Trekk for {{amount}}: {{trekk}}',
	aboveMax:
		'Trekk for {{amount}}: {{trekk}}. Beløpet er høyere enn tabellen viser (til {{max}}), så trekket er regnet ut.',
	caption: 'Tabell {{table}}, {{period}} {{year}}',
	rowCount:
		'{{count}} rader. Hver rad gjelder fra beløpet i første kolonne til og med beløpet i andre.',
	from: 'Trekkgrunnlag fra',
	to: 'til',
	trekk: 'Trekk',
	noTable: 'Skriv et gyldig tabellnummer for å se tabellen.'
};
