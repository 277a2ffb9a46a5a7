import type nb from '../../nb/steps/etterbetaling';
import type { Messages } from '../../../types';

export default {
	total: 'The back payment is {{totalKr}} in all, paid in {{payoutYear}}.',
	asWage:
		'{{benefit}} is taxed as wages, so the back payment is added to the wage income of each year.',
	asPension:
		'{{benefit}} is taxed as pension, so the back payment is added to the pension income of each year.',
	flat: 'For {{forYear}}: NAV withholds a flat rate of {{ratePct}} of {{amountKr}} = {{withheldKr}}.',
	current:
		'For earlier months of {{forYear}}: NAV withholds your tax card’s percentage, with a table card too (Tax Administration): {{ratePct}} of {{amountKr}} = {{withheldKr}}.',
	currentFrikort:
		'For earlier months of {{forYear}} with a tax-free card: {{ratePct}} of what passes the limit of {{limitKr}}, here {{withheldKr}}. We count only the back payment; if you have had payments this year, the limit may be reached earlier.',
	barnepensjonFixed:
		'For {{forYear}}: children’s pension is withheld at a fixed {{ratePct}} of every payment, whatever the tax card: {{ratePct}} of {{amountKr}} = {{withheldKr}}.',
	barnepensjonYearEnd:
		'Children’s pension is taxed as capital income with its own deduction from 2024. The settlement below counts it as pension and so does not hold for children’s pension: we do not estimate it.',
	withheld: 'Withheld when the back payment is paid: {{withheldKr}}.',
	paidOut: 'Paid to you now: {{totalKr}} − {{withheldKr}} = {{paidOutKr}}.',
	kildeskattFinal:
		'With kildeskatt (withholding tax for people living abroad) the {{ratePct}} is usually the final tax in Norway. The tax settlement figures below apply only if you are taxed under the ordinary rules.',
	noPayoutIncome: 'You have not given any other income for {{payoutYear}}, so we count it as none.',
	assumedIncome:
		'We do not know your other income in {{forYear}}, so we used the income for {{payoutYear}}: {{wageKr}} in wages and {{pensionKr}} in pension.',
	pensionCreditAssumed:
		'The tax credit for pension income is included as for a full year of alderspensjon from folketrygden or public-sector AFP. If you only get another pension, or a pension for part of the year, the tax is higher than shown.',
	pensionCreditNone:
		'The tax credit for pension income is not included: {{benefit}} does not qualify for it.',
	inPayoutYear:
		'Taxed in {{payoutYear}}: the tax becomes {{withKr}} instead of {{withoutKr}}, that is {{extraKr}} more.',
	spreadYear: 'Spread to {{forYear}}: {{amountKr}} gives {{extraKr}} more tax that year.',
	spread: 'Spread over the years it is for: {{extraKr}} more tax in all.',
	sameYearOnly:
		'The whole back payment is for {{payoutYear}}, the year it is paid. There is nothing to spread over other years: it is taxed with the rest of your income in {{payoutYear}} (about {{extraKr}} more tax), and the relief for back payments does not apply.',
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
