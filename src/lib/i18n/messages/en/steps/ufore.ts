import type nb from '../../nb/steps/ufore';
import type { Messages } from '../../../types';

export default {
	yearly: 'Disability benefit: {{monthlyKr}} a month, {{yearlyKr}} a year.',
	yearlyWithBarnetillegg:
		'Disability benefit with child supplement: {{monthlyKr}} a month, {{yearlyKr}} a year. The child supplement is taxed together with the disability benefit.',
	withheldTable: 'NAV withholds {{withheldKr}} in all from the disability benefit during the year.',
	otherIncome: 'Other income: {{incomeKr}}, {{ratePct}} withheld = {{withheldKr}}.',
	annualTax: 'The tax for the whole year is {{taxKr}}.'
} satisfies Messages<typeof nb>;
