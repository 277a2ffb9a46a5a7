// The calc namespace's compact view of the results:
// loaded with the results, not with the first screen.
export default {
	title: 'All payments',
	period: 'Period',
	reason: 'Why',
	view: 'View',
	cards: 'Explanation per payment',
	table: 'Compact table (caseworker)',
	inputsTitle: 'Details used',
	benefit: 'Benefit',
	card: 'Tax card',
	extra: 'Voluntary extra withholding',
	none: 'None',
	paidOn: 'Paid {{date}}',
	paidOnAssumed: 'Paid {{date}} (assumed: NAV’s usual date)'
};
