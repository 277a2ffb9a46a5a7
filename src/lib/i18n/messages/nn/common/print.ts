import type nb from '../../nb/common/print';
import type { Messages } from '../../../types';

// What a printout adds (ui/PrintedInputs.svelte), loaded with it, not with the first screen.
export default {
	inputsTitle: 'Opplysningar som er brukte',
	printedOn: 'Skrive ut {{date}}'
} satisfies Messages<typeof nb>;
