import type nb from '../../nb/steps/payments';
import type { Messages } from '../../../types';

export default {
	days: 'Utbetalinga gjeld {{fromDate}} – {{toDate}}: {{days}} kalenderdagar.',
	paidOnAssumed:
		'Utbetalingsdatoen er ikkje oppgitt. Vi reknar med at ho vart utbetalt {{paidDate}}, dagen etter perioden.',
	split:
		'Perioden går over {{months}} månader. Beløpet er fordelt på månadene etter talet på kalenderdagar, og kvar del blir rekna med i sin eigen månad.',
	trekkfri: '{{benefit}} er trekkfri i {{forMonth}}: det blir ikkje trekt skatt etter tabellen.',
	meldeperiodeTrekkfri:
		'Dette er ein av dei trekkfrie meldeperiodane for {{benefit}} i {{paidMonth}}: det blir ikkje trekt skatt etter tabellen.',
	period: 'Til no er det betalt for {{days}} dagar i månaden, så NAV brukar {{period}}.',
	periodThird:
		'Til no er det betalt for {{days}} dagar i månaden (18–24 dagar): NAV brukar vekestabellen på ein tredjedel av {{cumulativeKr}}, altså {{thirdKr}}, som gir {{weekTrekkKr}}, og gongar med tre: {{monthTrekkKr}}.',
	half: 'I {{forMonth}} blir {{benefit}} trekt med halvt trekk: halvparten av {{fullKr}} er {{halfKr}}.',
	noNegative:
		'Trekket for heile månaden ({{monthTotalKr}}) er lågare enn det som alt er trekt ({{earlierKr}}). Det blir ikkje betalt tilbake no, så denne utbetalinga blir trekt 0 kr.',
	monthFirst:
		'Første utbetaling for {{forMonth}}: trekket for {{cumulativeKr}} er {{monthTotalKr}}, og det blir trekt {{trekkKr}}.',
	monthRecalc:
		'NAV reknar heile {{forMonth}} på nytt: {{cumulativeKr}} for {{cumulativeDays}} dagar gir {{monthTotalKr}} i trekk for månaden. {{earlierKr}} er alt trekt, så denne utbetalinga blir trekt {{trekkKr}}.',
	percent: 'Prosentkort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	percentAllMonths:
		'Med prosentkort blir same prosent trekt også i juni og desember. Reglane om trekkfri og halvt trekk gjeld tabellkort.',
	frikortNoLimit: 'Frikort utan beløpsgrense: NAV trekkjer ikkje skatt.',
	frikortBelow:
		'Frikort: utbetalt hittil i år er {{paidKr}}, som er innanfor frikortbeløpet på {{limitKr}}. Ingen skatt blir trekt.',
	frikortAbove:
		'Frikortbeløpet på {{limitKr}} er brukt opp. Av denne utbetalinga er {{aboveKr}} over grensa, og det blir trekt {{ratePct}} av det: {{trekkKr}}.',
	noCard: 'Utan skattekort trekkjer NAV {{ratePct}}: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	kildeskatt: 'Kjeldeskatt for deg som bur i utlandet: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	svalbard: 'Svalbard-skattekort: {{ratePct}} av {{amountKr}} = {{trekkKr}}.',
	extraKroner:
		'Friviljug tilleggstrekk: {{extraKr}}, teke éin gong i {{paidMonth}} på første utbetaling i månaden.',
	extraAlreadyTaken:
		'Det friviljuge tilleggstrekket for {{paidMonth}} er alt teke på ei tidlegare utbetaling.',
	extraPercent: 'Friviljug tilleggstrekk: {{ratePct}} av utbetalinga = {{extraKr}}.',
	cap: 'Trekket kan ikkje vere større enn utbetalinga ({{amountKr}}), så det blir {{trekkKr}}.',
	total: 'Utbetalt {{grossKr}}, trekt {{trekkKr}}, til deg {{netKr}}.',
	reason: {
		firstInMonth: 'Første utbetaling for {{forMonth}}',
		laterInMonth: 'Utbetaling nr. {{nth}} for {{forMonth}}: heile månaden rekna på nytt',
		trekkfri: 'Trekkfri i {{forMonth}}',
		meldeperiodeTrekkfri: 'Trekkfri meldeperiode i {{forMonth}}',
		half: 'Halvt trekk i {{forMonth}}',
		percent: 'Prosentkort: {{ratePct}}',
		frikort: 'Frikort: ingen skatt trekt',
		frikortAbove: 'Over frikortbeløpet på {{limitKr}}',
		noCard: 'Utan skattekort: {{ratePct}}',
		kildeskatt: 'Kjeldeskatt: {{ratePct}}',
		svalbard: 'Svalbard: {{ratePct}}'
	}
} satisfies Messages<typeof nb>;
