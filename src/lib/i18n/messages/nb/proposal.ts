// Said next to every figure of a year whose rules are still a proposal (loaded with results).
export default {
	badge: 'Forslag',
	note: 'Tallene for {{year}} bygger på regjeringens forslag til statsbudsjett ({{document}}, lagt fram {{date}}), ikke på vedtatte regler. De er anslag til Stortinget har vedtatt budsjettet og Skatteetaten har publisert trekktabellene for {{year}} i desember.'
};
