import type nb from '../../nb/common/offline';
import type { Messages } from '../../../types';

// Said when the network is gone (SiteChrome.svelte), loaded then, not with the first screen.
export default {
	note: 'Du er utan nett. Trekkhjelp verkar likevel: alt blir rekna ut her på eininga, med reglane som vart lasta ned ved første besøk.'
} satisfies Messages<typeof nb>;
