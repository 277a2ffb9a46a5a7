import type nb from '../nb/proposal';
import type { Messages } from '../../types';

// Said next to every figure of a year whose rules are still a proposal (loaded with results).
export default {
	badge: 'Proposal',
	note: 'The figures for {{year}} rest on the government’s budget proposal ({{document}}, presented {{date}}), not on adopted rules. They are estimates until the Storting has adopted the budget and Skatteetaten has published the {{year}} withholding tables in December.'
} satisfies Messages<typeof nb>;
