import type nb from '../../nb/steps/ufore';
import type { Messages } from '../../../types';

export default {
	yearly: 'Uføretrygd: {{monthlyKr}} i månaden, {{yearlyKr}} i året.',
	yearlyWithBarnetillegg:
		'Uføretrygd med barnetillegg: {{monthlyKr}} i månaden, {{yearlyKr}} i året. Barnetillegg blir skattlagt saman med uføretrygda.',
	withheldTable: 'NAV trekkjer til saman {{withheldKr}} av uføretrygda i løpet av året.',
	otherIncome: 'Anna inntekt: {{incomeKr}}, trekt {{ratePct}} = {{withheldKr}}.',
	annualTax: 'Skatten for heile året blir {{taxKr}}.'
} satisfies Messages<typeof nb>;
