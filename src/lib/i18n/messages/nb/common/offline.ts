// Said when the network is gone (SiteChrome.svelte), loaded then, not with the first screen.
export default {
	note: 'Du er uten nett. Trekkhjelp virker likevel: alt regnes ut her på enheten, med reglene som ble lastet ned ved første besøk.'
};
