export default {
	yearly: 'Uføretrygd: {{monthlyKr}} i måneden, {{yearlyKr}} i året.',
	yearlyWithBarnetillegg:
		'Uføretrygd med barnetillegg: {{monthlyKr}} i måneden, {{yearlyKr}} i året. Barnetillegg skattlegges sammen med uføretrygden.',
	withheldTable: 'NAV trekker til sammen {{withheldKr}} av uføretrygden i løpet av året.',
	otherIncome: 'Annen inntekt: {{incomeKr}}, trukket {{ratePct}} = {{withheldKr}}.',
	annualTax: 'Skatten for hele året blir {{taxKr}}.'
};
