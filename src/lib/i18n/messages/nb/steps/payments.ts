// Steps of NAV's withholding per payment (src/lib/engine/payments.ts). Values ending in Kr are
// kroner, Date an ISO date, Month a month number, Pct a percent; benefit is a benefit id and
// period a table period; days, months and nth are plain numbers.
export default {
	days: 'Utbetalingen gjelder {{fromDate}} – {{toDate}}: {{days}} kalenderdager.',
	paidOnAssumed:
		'Utbetalingsdatoen er ikke oppgitt. Vi regner med at den ble utbetalt {{paidDate}}, dagen etter perioden.',
	split:
		'Perioden går over {{months}} måneder. Beløpet er fordelt på månedene etter antall kalenderdager, og hver del regnes med i sin egen måned.',
	trekkfri: '{{benefit}} er trekkfri i {{forMonth}}: det trekkes ikke skatt etter tabellen.',
	meldeperiodeTrekkfri:
		'Dette er en av de trekkfrie meldeperiodene for {{benefit}} i {{paidMonth}}: det trekkes ikke skatt etter tabellen.',
	period: 'Til nå er det betalt for {{days}} dager i måneden, så NAV bruker {{period}}.',
	periodThird:
		'Til nå er det betalt for {{days}} dager i måneden (18–24 dager): NAV bruker ukestabellen på en tredjedel av {{cumulativeKr}}, altså {{thirdKr}}, som gir {{weekTrekkKr}}, og ganger med tre: {{monthTrekkKr}}.',
	half: 'I {{forMonth}} trekkes {{benefit}} med halvt trekk: halvparten av {{fullKr}} er {{halfKr}}.',
	noNegative:
		'Trekket for hele måneden ({{monthTotalKr}}) er lavere enn det som alt er trukket ({{earlierKr}}). Det betales ikke tilbake nå, så denne utbetalingen trekkes 0 kr.',
	monthFirst:
		'Første utbetaling for {{forMonth}}: trekket for {{cumulativeKr}} er {{monthTotalKr}}, og det trekkes {{trekkKr}}.',
	monthRecalc:
		'NAV regner hele {{forMonth}} på nytt: {{cumulativeKr}} for {{cumulativeDays}} dager gir {{monthTotalKr}} i trekk for måneden. {{earlierKr}} er alt trukket, så denne utbetalingen trekkes {{trekkKr}}.',
	percent: 'Prosentkort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	percentAllMonths:
		'Med prosentkort trekkes samme prosent også i juni og desember. Reglene om trekkfri og halvt trekk gjelder tabellkort.',
	frikortNoLimit: 'Frikort uten beløpsgrense: NAV trekker ikke skatt.',
	frikortBelow:
		'Frikort: utbetalt hittil i år er {{paidKr}}, som er innenfor frikortbeløpet på {{limitKr}}. Ingen skatt trekkes.',
	frikortAbove:
		'Frikortbeløpet på {{limitKr}} er brukt opp. Av denne utbetalingen er {{aboveKr}} over grensen, og det trekkes {{ratePct}} av det: {{trekkKr}}.',
	noCard: 'Uten skattekort trekker NAV {{ratePct}}: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	kildeskatt: 'Kildeskatt for deg som bor i utlandet: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	svalbard: 'Svalbard-skattekort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	extraKroner:
		'Frivillig tilleggstrekk: {{extraKr}}, tatt én gang i {{paidMonth}} på første utbetaling i måneden.',
	extraAlreadyTaken:
		'Det frivillige tilleggstrekket for {{paidMonth}} er alt tatt på en tidligere utbetaling.',
	extraPercent: 'Frivillig tilleggstrekk: {{ratePct}} av utbetalingen = {{extraKr}}.',
	cap: 'Trekket kan ikke være større enn utbetalingen ({{amountKr}}), så det blir {{trekkKr}}.',
	total: 'Utbetalt {{grossKr}}, trukket {{trekkKr}}, til deg {{netKr}}.',
	reason: {
		firstInMonth: 'Første utbetaling for {{forMonth}}',
		laterInMonth: 'Utbetaling nr. {{nth}} for {{forMonth}}: hele måneden regnet på nytt',
		trekkfri: 'Trekkfri i {{forMonth}}',
		meldeperiodeTrekkfri: 'Trekkfri meldeperiode i {{forMonth}}',
		half: 'Halvt trekk i {{forMonth}}',
		percent: 'Prosentkort: {{ratePct}}',
		frikort: 'Frikort: ingen skatt trukket',
		frikortAbove: 'Over frikortbeløpet på {{limitKr}}',
		noCard: 'Uten skattekort: {{ratePct}}',
		kildeskatt: 'Kildeskatt: {{ratePct}}',
		svalbard: 'Svalbard: {{ratePct}}'
	}
};
