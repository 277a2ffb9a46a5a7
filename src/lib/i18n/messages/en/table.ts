import type nb from '../nb/table';
import type { Messages } from '../../types';

export default {
	title: 'The whole withholding table',
	intro:
		'See the whole withholding table from the Norwegian Tax Administration for a table number and period. Search for an amount to find its row and the tax withheld.',
	year: 'Year',
	tableNumber: 'Table number',
	tableHint: 'Shown on the tax deduction card, for example 8010.',
	period: 'Period',
	search: 'Search for an amount',
	searchHint: 'The taxable amount in kroner, for example 25 000.',
	result: 'Tax withheld on {{amount}}: {{trekk}}',
	aboveMax:
		'Tax withheld on {{amount}}: {{trekk}}. The amount is above what the table lists (up to {{max}}), so the tax is calculated.',
	caption: 'Table {{table}}, {{period}} {{year}}',
	rowCount:
		'{{count}} rows. Each row applies from the amount in the first column up to and including the amount in the second.',
	from: 'Taxable amount from',
	to: 'to',
	trekk: 'Tax withheld',
	noTable: 'Enter a valid table number to see the table.'
} satisfies Messages<typeof nb>;
