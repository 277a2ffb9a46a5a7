// "Check the payments" (/sjekk): a year of payments checked line by line.
export default {
	title: 'Check the payments',
	intro:
		'Enter the year’s payments from NAV’s payment overview or annual statement, or paste them. We find the tax card that explains them, check the withholding on every line and show what stands out. Nothing leaves your device.',
	year: 'Income year',
	benefit: 'Benefit',
	cardLegend: 'Tax card',
	cardKind: { find: 'Find it for me', table: 'Table card', percent: 'Percentage card' },
	table: 'Table number',
	percent: 'Percentage',
	rowsLegend: 'Payments',
	row: 'Payment {{n}}',
	from: 'Period from',
	to: 'Period to',
	amount: 'Gross',
	withheld: 'Tax withheld',
	paidOn: 'Date paid (optional)',
	addRow: 'Add a payment',
	removeRow: 'Remove payment {{n}}',
	importLegend: 'Paste or import a list',
	importHint:
		'Columns: period from, period to, gross, tax withheld and optionally the date paid, separated by commas, semicolons or tabs (as when you copy from a spreadsheet). Headings are recognised.',
	paste: 'Paste the list here',
	file: 'Or choose a file (CSV or text)',
	read: 'Read the list',
	columnsLegend: 'The list’s columns',
	columnsHint: 'Check that each item is taken from the right column.',
	column: { none: '(not in the list)', n: 'Column {{n}}', named: 'Column {{n}}: {{name}}' },
	field: {
		period: 'Period (from–to in one column)',
		from: 'Period from',
		to: 'Period to',
		amount: 'Gross',
		withheld: 'Tax withheld',
		paidOn: 'Date paid',
		table: 'Table number',
		tablePeriod: 'Table period'
	},
	use: 'Use {{n}} rows',
	importError: {
		empty: 'The list is empty: we found no rows to read.',
		shape:
			'The list does not have the shape we expect: at least the columns period from, period to (or one period column), gross and tax withheld, one payment per row.',
		columns: 'Choose the columns for the period, the gross and the tax withheld.'
	},
	payroll: {
		title: 'Payroll list',
		intro:
			'Each line has its own table number and table period, and is checked against the table withholding line by line. A payroll list is not kept in the link.',
		check: 'Check {{n}} payroll lines',
		line: 'Line {{n}}',
		field: { table: 'Table', period: 'Table period', amount: 'Gross', withheld: 'Tax withheld' },
		issues: '{{count}} values in the list cannot be read:',
		summary: '{{ok}} of {{n}} lines have exactly the table withholding.',
		negative: '{{count}} lines have a negative net (more withheld than paid).',
		large: '{{count}} lines have a net above {{kr}}, three times the list’s usual one.',
		shown: 'Showing the {{shown}} lines to look at first, of {{n}}.',
		flag: { negativeNet: 'Negative net', largeNet: 'Large net' },
		net: 'Net',
		tableGives: 'Table gives'
	},
	submit: 'Check the payments',
	resultsTitle: 'What the check found',
	cardFound: 'The tax card that explains the most lines: {{card}}.',
	cardGiven: 'Checked against the tax card you gave: {{card}}.',
	explains: '{{ok}} of {{n}} lines match this card.',
	alternatives: 'These cards explain as many lines: {{cards}}.',
	card: {
		table: 'table {{table}}',
		tableBack: 'table {{table}} (back payments {{pct}})',
		percent: 'percentage card {{pct}}',
		none: 'no tax card',
		kildeskatt: 'kildeskatt (source tax)',
		svalbard: 'Svalbard',
		frikort: 'frikort (exemption card)'
	},
	allOk: 'Every line has exactly the withholding the card gives.',
	differCount: '{{count}} lines stand out. They are listed first.',
	linesTitle: 'Line by line',
	col: {
		period: 'Period',
		amount: 'Gross',
		withheld: 'Withheld',
		expected: 'Card gives',
		difference: 'Difference',
		status: 'Status'
	},
	status: { ok: 'Matches', differs: 'Differs', unexplained: 'Differs, unexplained' },
	likely: 'Likely cause: {{cause}}',
	noCause: 'No rule we know of gives this withholding.',
	toCheck: 'What to check',
	orderFirst: ' (as if calculated before the month’s other payments)',
	totalsTitle: 'The year in total',
	totals: {
		gross: 'Gross',
		withheld: 'Withheld',
		expected: 'Card gives',
		difference: 'Difference',
		net: 'Paid out (net)'
	},
	totalsMore: '{{kr}} more was withheld than the card gives for the year.',
	totalsLess: '{{kr}} less was withheld than the card gives for the year.',
	totalsSame: 'What was withheld for the year is what the card gives.',
	yearLink: 'See your year with these payments',
	yearLinkHint:
		'The payments and the card are carried over. The year uses the withholding the card gives, so lines that differ count as the card would have withheld them.'
};
