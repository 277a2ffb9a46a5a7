import type nb from '../nb/embed';
import type { Messages } from '../../types';

export default {
	title: 'Byggje inn Trekkhjelp på eiga nettside',
	intro:
		'Kommunar, NAV-kontor, fagforeiningar og interesseorganisasjonar kan vise kalkulatoren på sine eigne sider. Han tilpassar høgda til innhaldet, så han aldri får eige rullefelt.',
	snippetTitle: 'Kodesnutten',
	snippetIntro: 'Lim inn denne eine lina der kalkulatoren skal stå:',
	optionsTitle: 'Vel innstillingar',
	options: {
		lang: 'Språk i kalkulatoren',
		langs: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
		benefit: 'Førehandsvald yting',
		noBenefit: 'Ingen (brukaren vel)',
		table: 'Førehandsutfylt tabellnummer (valfritt, fire siffer)',
		accent: 'Aksentfarge (valfritt, til dømes 0b5394)',
		mode: 'Vising'
	},
	copy: 'Kopier kodesnutten',
	copied: 'Kodesnutten er kopiert.',
	copyFailed: 'Kunne ikkje kopiere automatisk. Kodesnutten er merkt, så du kan kopiere han sjølv.',
	paramsTitle: 'Innstillingar',
	paramsIntro: 'Legg til data-attributt på script-taggen. Ugyldige verdiar blir oversett.',
	param: 'Attributt',
	values: 'Verdiar',
	meaning: 'Verknad',
	params: {
		lang: 'Språk: bokmål, nynorsk eller engelsk. Utan denne blir språket i nettlesaren brukt.',
		benefit: 'Førehandsvald yting, til dømes uforetrygd eller dagpenger.',
		table: 'Førehandsutfylt tabellnummer, fire siffer.',
		mode: 'compact viser ein kortare versjon utan graf, full viser alt.',
		accent: 'Aksentfarge som heksadesimal farge, til dømes 0b5394.',
		title: 'Tittel på ramma for skjermlesarar.',
		target: 'Id-en til elementet kalkulatoren skal leggjast i.'
	},
	iframeTitle: 'Med vanleg iframe',
	iframeIntro:
		'Brukar du ein vanleg iframe, sender kalkulatoren høgda si med postMessage: { type: "trekkhjelp:height", height } i CSS-pikslar. Sjekk alltid at meldinga kjem frå opphavet til kalkulatoren.',
	securityTitle: 'Tryggleik og personvern',
	security:
		'Kalkulatoren les ingenting frå sida han står på, sender ingenting anna enn høgda si, og hentar ingenting frå andre adresser. Vil du bestemme kva sider som kan byggje inn kalkulatoren, kan den som driftar Trekkhjelp setje HTTP-overskrifta Content-Security-Policy: frame-ancestors med dei tillatne adressene.',
	exampleTitle: 'Døme',
	exampleFrame: 'Trekkhjelp, innebygd døme'
} satisfies Messages<typeof nb>;
