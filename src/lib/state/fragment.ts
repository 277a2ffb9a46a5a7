/**
 * The URL fragment as flat key/value pairs: `#k=v&k2=v2`. Anything that is not exactly that
 * (an empty key, a key twice, a broken %-escape) gives null, so a tampered link is refused whole.
 */
export function parseFragment(hash: string): Record<string, string> | null {
	const raw = hash.replace(/^#/u, '');
	if (raw === '') return null;
	const obj: Record<string, string> = {};
	for (const pair of raw.split('&')) {
		const eq = pair.indexOf('=');
		if (eq < 1) return null;
		const k = pair.slice(0, eq);
		if (Object.hasOwn(obj, k)) return null;
		try {
			obj[k] = decodeURIComponent(pair.slice(eq + 1));
		} catch {
			return null;
		}
	}
	return obj;
}
