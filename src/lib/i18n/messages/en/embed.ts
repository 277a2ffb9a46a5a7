import type nb from '../nb/embed';
import type { Messages } from '../../types';

export default {
	title: 'Embed Trekkhjelp on your own site',
	intro:
		'Municipalities, NAV offices, unions and interest groups can show the calculator on their own pages. It sizes itself to its content, so it never scrolls inside itself.',
	snippetTitle: 'The snippet',
	snippetIntro: 'Paste this one line where the calculator should appear:',
	optionsTitle: 'Choose the settings',
	options: {
		lang: 'The calculator’s language',
		langs: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
		benefit: 'Preselected benefit',
		noBenefit: 'None (the user chooses)',
		table: 'Prefilled table number (optional, four digits)',
		accent: 'Accent colour (optional, for example 0b5394)',
		mode: 'View'
	},
	copy: 'Copy the snippet',
	copied: 'The snippet is copied.',
	copyFailed: 'Could not copy automatically. The snippet is selected so you can copy it yourself.',
	paramsTitle: 'Settings',
	paramsIntro: 'Add data attributes to the script tag. Invalid values are ignored.',
	param: 'Attribute',
	values: 'Values',
	meaning: 'Effect',
	params: {
		lang: 'Language: Bokmål, Nynorsk or English. Without it, the browser’s language is used.',
		benefit: 'A preselected benefit, for example uforetrygd or dagpenger.',
		table: 'A prefilled table number, four digits.',
		mode: 'compact shows a shorter version without the chart, full shows everything.',
		accent: 'Accent colour as a hexadecimal colour, for example 0b5394.',
		title: 'Title of the frame for screen readers.',
		target: 'The id of the element to put the calculator in.'
	},
	iframeTitle: 'With a plain iframe',
	iframeIntro:
		'If you use a plain iframe, the calculator posts its height with postMessage: { type: "trekkhjelp:height", height } in CSS pixels. Always check that the message comes from the calculator’s origin.',
	securityTitle: 'Security and privacy',
	security:
		'The calculator reads nothing from the page it sits on, sends nothing but its height, and loads nothing from other addresses. To control which sites may embed it, whoever hosts Trekkhjelp can set the HTTP header Content-Security-Policy: frame-ancestors with the allowed addresses.',
	exampleTitle: 'Example',
	exampleFrame: 'Trekkhjelp, embedded example'
} satisfies Messages<typeof nb>;
