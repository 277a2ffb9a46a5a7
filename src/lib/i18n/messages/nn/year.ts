import type nb from '../nb/year';
import type { Messages } from '../../types';

export default {
	title: 'Året ditt',
	intro:
		'Sjå om du truleg får restskatt eller pengar tilbake for året, kva som driv det, og kva du kan gjere. Fyll inn ytinga frå NAV og anna inntekt. Eit tomt felt er ukjent, ikkje null: vi spør om det som avgjer svaret, og seier kva vi har rekna med for resten.',
	navLegend: 'Frå NAV',
	carried: 'Utbetalingane frå kalkulatoren er tekne med. Du kan endre dei her.',
	other: {
		legend: 'Anna inntekt i året',
		kindLegend: 'Har du anna inntekt i år?',
		kind: {
			none: 'Nei',
			wage: 'Løn',
			benefit: 'Ei anna yting som blir skattlagd som løn',
			pension: 'Alderspensjon eller AFP (med skattefrådrag for pensjonistar)',
			pensionNoCredit: 'Anna pensjon (til dømes tenestepensjon)',
			backPay: 'Etterbetaling frå NAV for eit tidlegare år (same yting)'
		},
		amount: 'Inntekt i året før skatt (kr)',
		byLegend: 'Korleis blir det trekt skatt av ho?',
		by: {
			table: 'Tabelltrekk',
			percent: 'Prosenttrekk',
			known: 'Eg veit kor mykje som blir trekt i året'
		},
		table: 'Tabellnummer for den andre inntekta',
		percent: 'Prosent som blir trekt av den andre inntekta',
		percentHint: 'Står på skattekortet. Eit tomt felt er ikkje 0 %: vi spør om det.',
		backPayAmount: 'Etterbetalinga før skatt (kr)',
		backPayYear: 'Året etterbetalinga gjeld',
		backPayYearHint: 'Tomt: året før. NAV trekkjer ein fast sats av ho.',
		backPayEarlierIncome: 'Anna inntekt det året (kr)',
		backPayEarlierIncomeHint:
			'Utan etterbetalinga. Skatteetaten fordeler ho på åra når det gir lågare skatt, og treng denne inntekta for det. Tomt: vi viser eit spenn og seier kva som manglar.',
		withheld: 'Trekt i året (kr)',
		nav: 'Denne kjem også frå NAV',
		navNote:
			'NAV trekkjer etter tabellen på berre éi yting. Den andre blir trekt med prosentsatsen på skattekortet ditt.',
		navPercent: 'Prosentsatsen på skattekortet ditt'
	},
	deductionsLegend: 'Frådrag og pensjon',
	deductions: 'Andre frådrag i året (kr)',
	deductionsHint:
		'Til dømes renter på lån og fagforeiningskontingent. Tomt: vi brukar frådraget som tabellnummeret ditt har innebygd (8xxx), eller reknar utan, og seier det.',
	capitalIncome: 'Anna inntekt, som renter og utleige (kr)',
	capitalIncomeHint:
		'Inntekt som ikkje er løn, ytingar eller pensjon. Tomt: vi brukar tillegget som tabellnummeret ditt har innebygd (9xxx), eller reknar utan, og seier det.',
	pensionMonths: 'Månader med alderspensjon i år (12 om heile året)',
	pensionMonthsHint:
		'Pensjon frå NAV: vi tel månadene frå utbetalingane. Anna alderspensjon eller AFP: fekk du han heile året, skriv 12; starta han i juli, skriv 6. Tomt: vi spør.',
	pensionGrade: 'Uttaksgrad for alderspensjonen (%)',
	pensionGradeHint: 'Tomt: vi reknar med 100 %, og seier det.',
	birthYear: 'Fødselsår',
	birthYearHint:
		'For trygdeavgifta på løn og ytingar: ho er lågare for den som er under 17 eller over 69 år i år. Tomt: vi reknar med 17–69 år, og seier det.',
	finnmark: 'Eg bur i Finnmark eller Nord-Troms',
	outcomeTitle: 'Ved skatteoppgjeret',
	restskatt: 'Truleg restskatt: {{amountKr}}',
	tilgode: 'Truleg til gode: {{amountKr}}',
	even: 'Det går omtrent opp',
	taxAndWithheld: 'Skatt for året {{taxKr}}, trekt i året {{withheldKr}}.',
	actionsTitle: 'Kva du kan gjere',
	driversTitle: 'Kva som driv resultatet',
	assumptionsTitle: 'Kva anslaget byggjer på',
	noAssumptions: 'Ingen føresetnader: alt er tal du har gitt.',
	sourcesTitle: 'Inntekt og trekk i året',
	sourceCol: 'Inntekt',
	incomeCol: 'Før skatt',
	withheldCol: 'Trekt',
	totalRow: 'Til saman',
	kind: {
		wage: 'Løn',
		benefit: 'Yting som blir skattlagd som løn',
		uforetrygd: 'Uføretrygd',
		pension: 'Alderspensjon eller AFP',
		pensionNoCredit: 'Anna pensjon',
		barnepensjon: 'Barnepensjon'
	},
	how: 'Slik er det rekna ut',
	teaser: {
		restskatt: 'Ved slutten av året: truleg restskatt på {{amountKr}}',
		tilgode: 'Ved slutten av året: truleg {{amountKr}} til gode',
		even: 'Ved slutten av året: truleg omtrent i null',
		teaserNote:
			'Viss desse utbetalingane er all inntekta di i år. Legg til anna inntekt og frådrag på sida om året ditt.',
		partYear_one:
			'Utbetalingane her gjeld {{count}} månad av året. Kva skatteoppgjeret blir, avheng av resten av året (anna inntekt, frådrag), så vi gir ikkje eitt tal for det her.',
		partYear_other:
			'Utbetalingane her gjeld {{count}} av månadene i året. Kva skatteoppgjeret blir, avheng av resten av året (anna inntekt, frådrag), så vi gir ikkje eitt tal for det her.',
		moreKnown:
			'Du har oppgitt lønn i sjukepengesteget: inntekt desse utbetalingane ikkje viser. Kva skatteoppgjeret blir, avheng av heile året, så vi gir ikkje eitt tal for det her.',
		partYearLink: 'Rekn ut heile året ditt, med desse utbetalingane tekne med'
	}
} satisfies Messages<typeof nb>;
