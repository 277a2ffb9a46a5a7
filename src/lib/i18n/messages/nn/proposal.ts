import type nb from '../nb/proposal';
import type { Messages } from '../../types';

// Said next to every figure of a year whose rules are still a proposal (loaded with results).
export default {
	badge: 'Forslag',
	note: 'Tala for {{year}} byggjer på forslaget frå regjeringa til statsbudsjett ({{document}}, lagt fram {{date}}), ikkje på vedtekne reglar. Dei er overslag til Stortinget har vedteke budsjettet og Skatteetaten har publisert trekktabellane for {{year}} i desember.'
} satisfies Messages<typeof nb>;
