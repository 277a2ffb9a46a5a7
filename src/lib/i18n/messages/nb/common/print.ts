// What a printout adds (ui/PrintedInputs.svelte), loaded with it, not with the first screen.
export default {
	inputsTitle: 'Opplysninger brukt',
	printedOn: 'Skrevet ut {{date}}'
};
