import type nb from '../../nb/steps/etterbetaling';
import type { Messages } from '../../../types';

export default {
	total: 'The back payment is {{totalKr}} in all, paid in {{payoutYear}}, in {{parts}} part(s).',
	flat: 'For {{forYear}}: NAV withholds a flat rate of {{ratePct}} of {{amountKr}} = {{withheldKr}}.',
	flatCurrent:
		'For {{forYear}} without months or a table card given: we use the flat rate of {{ratePct}} of {{amountKr}} = {{withheldKr}}.',
	months:
		'For {{forYear}}: {{amountKr}} for {{months}} month(s) this year is withheld as a late payment for each of those months, by your tax card: {{withheldKr}}.',
	withheld: 'Withheld when the back payment is paid: {{withheldKr}}.',
	assumedIncome:
		'We do not know your other income in {{forYear}}, so we used the income you gave for {{payoutYear}}.',
	inPayoutYear:
		'Taxed in {{payoutYear}}: the tax becomes {{withKr}} instead of {{withoutKr}}, that is {{extraKr}} more.',
	spreadYear: 'Spread to {{forYear}}: {{amountKr}} gives {{extraKr}} more tax that year.',
	spread: 'Spread over the years it is for: {{extraKr}} more tax in all.',
	relief:
		'Spreading gives lower tax: {{spreadKr}} instead of {{inPayoutKr}}. The Tax Administration automatically gives you {{reliefKr}} as a deduction in the tax settlement.',
	noRelief:
		'Spreading over the years does not lower the tax ({{spreadKr}} against {{inPayoutKr}}), so the back payment is taxed in the year it is paid.',
	net: 'Of {{totalKr}} you keep {{netKr}} after {{finalTaxKr}} in tax.',
	settlementMore:
		'{{withheldKr}} was withheld, but the tax is {{finalTaxKr}}: you will likely pay {{differenceKr}} more in the tax settlement.',
	settlementBack:
		'{{withheldKr}} was withheld, but the tax is {{finalTaxKr}}: you will likely get {{differenceKr}} back in the tax settlement.',
	settlementEven: 'What was withheld, {{withheldKr}}, matches the tax.'
} satisfies Messages<typeof nb>;
