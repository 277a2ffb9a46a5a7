import type nb from '../nb/benefits';
import type { Messages } from '../../types';

export default {
	alderspensjon: 'Retirement pension (alderspensjon)',
	afp: 'Contractual early retirement pension (AFP)',
	aap: 'Work assessment allowance (AAP)',
	dagpenger: 'Unemployment benefit (dagpenger)',
	foreldrepenger: 'Parental benefit (foreldrepenger)',
	svangerskapspenger: 'Pregnancy benefit (svangerskapspenger)',
	introduksjonsstonad: 'Introduction benefit (introduksjonsstønad)',
	kvalifiseringsstonad: 'Qualification benefit (kvalifiseringsstønad)',
	overgangsstonad: 'Transitional benefit (overgangsstønad)',
	pleiepenger: 'Care benefit (pleiepenger)',
	opplaeringspenger: 'Training allowance (opplæringspenger)',
	omsorgspenger: 'Care allowance (omsorgspenger)',
	'supplerende-stonad': 'Supplementary benefit (supplerende stønad)',
	sykepenger: 'Sickness benefit (sykepenger)',
	uforetrygd: 'Disability benefit (uføretrygd)',
	ventelonn: 'Waiting pay (ventelønn)',
	gjenlevende: 'Survivor’s benefits (gjenlevende ektefelle)',
	'tidligere-familiepleier': 'Benefits for former family carers',
	barnepensjon: 'Children’s pension (barnepensjon)',
	omstillingsstonad: 'Adjustment allowance (omstillingsstønad)'
} satisfies Messages<typeof nb>;
