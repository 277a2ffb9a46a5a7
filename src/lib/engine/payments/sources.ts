import type { Source } from '../rules/source';

/**
 * The public documents NAV's withholding rests on, as structured sources (title, the place in it,
 * its address where a stable one exists, and the section of this repo's docs that explains the
 * rule), cited on the steps of NAV's withholding. The figures' own sources are in the year
 * modules (rules/<year>.ts).
 */

const NAV_SKATTETREKK = 'https://www.nav.no/skattetrekk';
const SKATTEBETALINGSLOVEN = 'https://lovdata.no/lov/2005-06-17-67';

/** NAV's page on withholding: the table period, the month recalculated at each payment. */
export const SRC: Source = {
	title: 'nav.no: Skattetrekk på utbetalinger fra NAV',
	url: NAV_SKATTETREKK,
	docs: 'docs/nav-payments.md §2–§3'
};

/** Tables withheld over 12 months: no relief in June or December. */
export const SRC_TWELVE: Source = {
	title: 'Skattedirektoratet, trekktabellene (12 måneder)',
	section: '«Det skal derfor ikke gis trekkfritaking i ferietiden og før jul»',
	docs: 'docs/nav-payments.md §4'
};

/** Back payments: withheld at the card's percentage, table card or percentage card alike. */
export const SRC_BACK: Source = {
	title: 'skatteetaten.no: Skatt på etterbetalinger av pensjon og ytelser fra NAV',
	section:
		'«trekkes skatt etter prosenten som står i skattekortet ditt … både når du har et tabellkort og når du har et prosentkort»',
	docs: 'docs/nav-payments.md §6'
};

/** Supplerende stønad's December: the law and NAV's page against an older NAV page. */
export const SRC_DISPUTED: readonly Source[] = [
	{
		title: 'Skattebetalingsloven',
		section: '§ 5-7 første ledd b (supplerende stønad trekkes over 11 måneder)',
		url: `${SKATTEBETALINGSLOVEN}/§5-7`
	},
	{
		title: 'nav.no: Skattetrekk i juni og desember',
		section: 'trekkfritt i desember; avvikende: nav.no-side fra 2023 (halvt trekk)',
		url: NAV_SKATTETREKK,
		docs: 'docs/nav-payments.md §4'
	}
];

/** Pensions in December: no withholding, except extra withholding, kildeskatt and Svalbard. */
export const SRC_PENSION_DECEMBER: Source = {
	title: 'nav.no: Skattetrekk på pensjon i desember',
	section:
		'«med unntak for dem som har ekstra skattetrekk, kildeskatt eller svalbardskatt»; med prosentkort «alle utbetalingene blir trukket etter samme prosentsats»',
	url: NAV_SKATTETREKK,
	docs: 'docs/nav-payments.md §4'
};

/** Explaining a payment: the order of payments in a month, from the same NAV page. */
export const SRC_ORDER: Source = { ...SRC, docs: 'docs/nav-payments.md §3' };

/** Meldeperioder's pay dates and which are trekkfri in June and December. */
export const SRC_MELDE: Source = {
	title: 'nav.no: Utbetalingsdatoer og skattetrekk i juni og desember',
	url: 'https://www.nav.no/no/NAV+og+samfunn/Kontakt+NAV/Utbetalinger/Nyttig+a+vite/utbetalingsdatoer-og-skattetrekk-i-desember',
	docs: 'docs/nav-payments.md §5'
};
