import type nb from '../../nb/common/offline';
import type { Messages } from '../../../types';

// Said when the network is gone (SiteChrome.svelte), loaded then, not with the first screen.
export default {
	note: 'You are offline. Trekkhjelp still works: everything is worked out here on your device, with the rules downloaded on your first visit.'
} satisfies Messages<typeof nb>;
