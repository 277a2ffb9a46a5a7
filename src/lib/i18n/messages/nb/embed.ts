export default {
	title: 'Bygg inn Trekkhjelp på egen nettside',
	intro:
		'Kommuner, NAV-kontorer, fagforeninger og interesseorganisasjoner kan vise kalkulatoren på sine egne sider. Den tilpasser høyden til innholdet, så den aldri får egen rullefelt.',
	snippetTitle: 'Kodesnutten',
	snippetIntro: 'Lim inn denne ene linjen der kalkulatoren skal stå:',
	optionsTitle: 'Velg innstillinger',
	options: {
		lang: 'Språk i kalkulatoren',
		langs: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
		benefit: 'Forhåndsvalgt ytelse',
		noBenefit: 'Ingen (brukeren velger)',
		table: 'Forhåndsutfylt tabellnummer (valgfritt, fire sifre)',
		accent: 'Aksentfarge (valgfritt, for eksempel 0b5394)',
		mode: 'Visning'
	},
	copy: 'Kopier kodesnutten',
	copied: 'Kodesnutten er kopiert.',
	copyFailed: 'Kunne ikke kopiere automatisk. Kodesnutten er merket, så du kan kopiere den selv.',
	paramsTitle: 'Innstillinger',
	paramsIntro: 'Legg til data-attributter på script-taggen. Ugyldige verdier blir oversett.',
	param: 'Attributt',
	values: 'Verdier',
	meaning: 'Virkning',
	params: {
		lang: 'Språk: bokmål, nynorsk eller engelsk. Uten denne brukes nettleserens språk.',
		benefit: 'Forhåndsvalgt ytelse, for eksempel uforetrygd eller dagpenger.',
		table: 'Forhåndsutfylt tabellnummer, fire sifre.',
		mode: 'compact viser en kortere versjon uten graf, full viser alt.',
		accent: 'Aksentfarge som heksadesimal farge, for eksempel 0b5394.',
		title: 'Tittel på rammen for skjermlesere.',
		target: 'Id-en til elementet kalkulatoren skal legges i.'
	},
	iframeTitle: 'Med vanlig iframe',
	iframeIntro:
		'Bruker du en vanlig iframe, sender kalkulatoren høyden sin med postMessage: { type: "trekkhjelp:height", height } i CSS-piksler. Sjekk alltid at meldingen kommer fra kalkulatorens opprinnelse.',
	securityTitle: 'Sikkerhet og personvern',
	security:
		'Kalkulatoren leser ingenting fra siden den står på, sender ingenting annet enn høyden sin, og henter ingenting fra andre adresser. Vil du bestemme hvilke sider som kan bygge inn kalkulatoren, kan den som drifter Trekkhjelp sette HTTP-overskriften Content-Security-Policy: frame-ancestors med de tillatte adressene.',
	exampleTitle: 'Eksempel',
	exampleFrame: 'Trekkhjelp, innebygd eksempel'
};
