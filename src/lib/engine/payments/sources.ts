/**
 * Sources cited on the steps of NAV's withholding. The "(docs/nav-payments.md §N)" in each is
 * docs/nav-payments.md §N (the step texts are shown as they are; making sources structured data is
 * left for later).
 */
export const SRC = 'nav.no: Skattetrekk på utbetalinger fra NAV (docs/nav-payments.md §2–§3)';
export const SRC_TWELVE =
	'Skattedirektoratet, trekktabellene (12 måneder): «Det skal derfor ikke gis trekkfritaking i ferietiden og før jul» (docs/nav-payments.md §4)';
export const SRC_BACK =
	'skatteetaten.no: Skatt på etterbetalinger av pensjon og ytelser fra NAV: «trekkes skatt etter prosenten som står i skattekortet ditt … både når du har et tabellkort og når du har et prosentkort» (docs/nav-payments.md §6)';
export const SRC_DISPUTED =
	'nav.no (2023): halvt trekk i desember; eldre nav.no-side og skattebetalingsloven § 5-7 (1) b: trekkfritt (docs/nav-payments.md §4)';
export const SRC_PENSION_DECEMBER =
	'nav.no: pensjon trekkes ikke i desember, «med unntak for dem som har ekstra skattetrekk, kildeskatt eller svalbardskatt»; med prosentkort «alle utbetalingene blir trukket etter samme prosentsats» (docs/nav-payments.md §4)';
