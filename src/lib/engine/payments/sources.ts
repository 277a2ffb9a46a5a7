/**
 * Sources cited on the steps of NAV's withholding: short citation strings (a step's `source`)
 * naming the public document and, in brackets, the section of this repo's docs that explains the
 * rule. The figures' own sources are structured data (rules/source.ts, rules/<year>.ts).
 */
export const SRC = 'nav.no: Skattetrekk på utbetalinger fra NAV (docs/nav-payments.md §2–§3)';
export const SRC_TWELVE =
	'Skattedirektoratet, trekktabellene (12 måneder): «Det skal derfor ikke gis trekkfritaking i ferietiden og før jul» (docs/nav-payments.md §4)';
export const SRC_BACK =
	'skatteetaten.no: Skatt på etterbetalinger av pensjon og ytelser fra NAV: «trekkes skatt etter prosenten som står i skattekortet ditt … både når du har et tabellkort og når du har et prosentkort» (docs/nav-payments.md §6)';
export const SRC_DISPUTED =
	'skattebetalingsloven § 5-7 første ledd b (supplerende stønad trekkes over 11 måneder) og nav.no, skattetrekk i juni og desember: trekkfritt i desember; avvikende: nav.no-side fra 2023 (halvt trekk) (docs/nav-payments.md §4)';
export const SRC_PENSION_DECEMBER =
	'nav.no: pensjon trekkes ikke i desember, «med unntak for dem som har ekstra skattetrekk, kildeskatt eller svalbardskatt»; med prosentkort «alle utbetalingene blir trukket etter samme prosentsats» (docs/nav-payments.md §4)';
