import type nb from '../nb/benefits';
import type { Messages } from '../../types';

export default {
	alderspensjon: 'Alderspensjon',
	afp: 'Avtalefesta pensjon (AFP)',
	aap: 'Arbeidsavklaringspengar (AAP)',
	dagpenger: 'Dagpengar',
	foreldrepenger: 'Foreldrepengar',
	svangerskapspenger: 'Svangerskapspengar',
	introduksjonsstonad: 'Introduksjonsstønad',
	kvalifiseringsstonad: 'Kvalifiseringsstønad',
	overgangsstonad: 'Overgangsstønad',
	pleiepenger: 'Pleiepengar',
	opplaeringspenger: 'Opplæringspengar',
	omsorgspenger: 'Omsorgspengar',
	'supplerende-stonad': 'Supplerande stønad',
	sykepenger: 'Sjukepengar',
	uforetrygd: 'Uføretrygd',
	ventelonn: 'Ventelønn',
	gjenlevende: 'Ytingar til attlevande ektefelle',
	'tidligere-familiepleier': 'Ytingar til tidlegare familiepleiar',
	barnepensjon: 'Barnepensjon',
	omstillingsstonad: 'Omstillingsstønad'
} satisfies Messages<typeof nb>;
