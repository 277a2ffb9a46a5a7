import type nb from '../../nb/steps/explain';
import type { Messages } from '../../../types';

export default {
	rate: {
		noCard:
			'Without a tax card NAV withholds {{ratePct}} of benefits: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
		noCardPension:
			'Without a tax card NAV withholds {{ratePct}} of pension until a pension tax card is in place: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
		barnepensjon:
			"Children's pension is withheld at a fixed {{ratePct}}, whatever the tax card: {{ratePct}} of {{amountKr}} = {{trekkKr}}.",
		backPayment:
			'A back payment for earlier years is withheld at a fixed {{ratePct}}: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
		backPaymentFinnmark:
			'A back payment for earlier years, Finnmark and Nord-Troms: a fixed {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
		kildeskatt:
			'Withholding tax (kildeskatt) for people not resident in Norway: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
		svalbard: 'Svalbard tax card: {{ratePct}} of {{amountKr}} = {{trekkKr}}.',
		percentCard:
			'A percentage card, or the percentage on a table card (used on a second benefit from NAV and on back payments for earlier months this year): {{ratePct}} of {{amountKr}} = {{trekkKr}}.'
	},
	extraOutKroner:
		'Withheld {{withheldKr}}. Your voluntary extra of {{monthlyKr}} a month accounts for {{extraKr}} of it, so {{taxKr}} is the tax withholding explained here.',
	extraOutPercent:
		'Withheld {{withheldKr}}. Your voluntary extra of {{ratePct}} accounts for {{extraKr}} of it, so {{taxKr}} is the tax withholding explained here.',
	earlierGiven:
		'For {{forMonth}}, {{givenKr}} was withheld earlier according to your payment notices. With this table it would have been {{computedKr}}. NAV subtracts what was actually withheld.',
	unseenTrekkfri:
		'{{count}} reporting period(s) for {{benefit}} paid earlier in {{paidMonth}}, not entered, are taken as the ones without withholding (the first paid in the month have none). This payment is then withheld as usual.',
	orderFirst:
		'Here the payment is calculated as the first of its month, before the earlier payments you entered ({{count}}).',
	frikort: {
		within:
			'Exemption card (frikort): NAV withholds no tax until this year’s payments pass the card’s limit.',
		usedUp:
			'The exemption card (frikort) is used up: NAV withholds {{ratePct}} of what is paid above its limit, here the whole payment.'
	}
} satisfies Messages<typeof nb>;
