import { formatKr } from '$lib/i18n/i18n.svelte';

/** A difference in kroner with its sign: a plus for more withheld than expected, the language's
 * own minus (from Intl) for less, none for 0. The check page's payment and payroll lines show it. */
export function signedKr(kr: number): string {
	return kr > 0 ? `+${formatKr(kr)}` : formatKr(kr);
}
