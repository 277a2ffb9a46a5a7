import type { Source } from './source';

/**
 * Laws only the engine's later parts cite (the year, back payments), kept out of sources.ts: the
 * table routine's first screen carries sources.ts, and these need not come with it.
 */

export function skattebetalingsloven(section: string, note?: string): Source {
	return {
		title: 'Skattebetalingsloven',
		section,
		url: 'https://lovdata.no/lov/2005-06-17-67',
		...(note ? { note } : {})
	};
}

/** Forskrift til skatteloven (skatteforskriften). */
export function skatteforskriften(section: string, note?: string): Source {
	return {
		title: 'Forskrift til skatteloven',
		section,
		url: 'https://lovdata.no/forskrift/1999-11-19-1158',
		...(note ? { note } : {})
	};
}
