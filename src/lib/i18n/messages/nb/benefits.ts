// Names of NAV benefits, keyed by the engine's benefit ids.
export default {
	alderspensjon: 'Alderspensjon',
	afp: 'Avtalefestet pensjon (AFP)',
	aap: 'Arbeidsavklaringspenger (AAP)',
	dagpenger: 'Dagpenger',
	foreldrepenger: 'Foreldrepenger',
	svangerskapspenger: 'Svangerskapspenger',
	introduksjonsstonad: 'Introduksjonsstønad',
	kvalifiseringsstonad: 'Kvalifiseringsstønad',
	overgangsstonad: 'Overgangsstønad',
	pleiepenger: 'Pleiepenger',
	opplaeringspenger: 'Opplæringspenger',
	omsorgspenger: 'Omsorgspenger',
	'supplerende-stonad': 'Supplerende stønad',
	sykepenger: 'Sykepenger',
	uforetrygd: 'Uføretrygd',
	ventelonn: 'Ventelønn',
	gjenlevende: 'Ytelser til gjenlevende ektefelle',
	'tidligere-familiepleier': 'Ytelser til tidligere familiepleier',
	barnepensjon: 'Barnepensjon',
	omstillingsstonad: 'Omstillingsstønad'
};
