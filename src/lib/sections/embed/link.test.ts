import { describe, expect, it } from 'vitest';
import { parseEmbedConfig } from './link';
import { embedInitialForm } from './fields';

describe('embed configuration', () => {
	it('reads every parameter', () => {
		expect(
			parseEmbedConfig('?lang=en&benefit=uforetrygd&table=8010&mode=compact&accent=aa3300')
		).toEqual({
			lang: 'en',
			benefit: 'uforetrygd',
			table: '8010',
			compact: true,
			accent: '#aa3300'
		});
	});

	it('ignores invalid values and keeps the defaults', () => {
		expect(parseEmbedConfig('?lang=de&benefit=x&table=12&mode=tiny&accent=red;}')).toEqual({
			compact: false
		});
		expect(parseEmbedConfig('?accent=%23123456')).toEqual({ compact: false, accent: '#123456' });
	});

	it('presets the form', () => {
		const f = embedInitialForm(parseEmbedConfig('?benefit=aap&table=7100'));
		expect([f.benefit, f.table, f.cardKind]).toEqual(['aap', '7100', 'table']);
	});
});
