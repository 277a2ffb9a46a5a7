import { describe, expect, it } from 'vitest';
import enPayments from './messages/en/steps/payments';
import enStepsYear from './messages/en/steps/year';
import enYear from './messages/en/year';
import nbStepsYear from './messages/nb/steps/year';
import nnStepsYear from './messages/nn/steps/year';

/** Every string in a message tree, with its key. */
function strings(tree: object, prefix = ''): Array<[string, string]> {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string'
			? [[`${prefix}${k}`, v] as [string, string]]
			: strings(v, `${prefix}${k}.`)
	);
}

describe('wording read as a person reads it', () => {
	it('the year’s advice points at its assumptions where they are: below it (YearOutcome)', () => {
		// YearOutcome lists what to do, then what drives the result, then the assumptions.
		expect(enStepsYear.action.checkAssumptions).toContain('assumptions below');
		expect(nbStepsYear.action.checkAssumptions).toContain('antakelsene nedenfor');
		expect(nnStepsYear.action.checkAssumptions).toContain('føresetnadene nedanfor');
	});

	it('English says the range to pay as English does', () => {
		const text = enStepsYear.range.restskatt
			.replace('{{lowKr}}', 'NOK 139')
			.replace('{{highKr}}', 'NOK 2,339');
		expect(text).toBe('Depending on the assumptions below: between NOK 139 and NOK 2,339 to pay.');
	});

	it('English names pages and terms in English', () => {
		expect(enYear.teaser.teaserNote).toContain('on the “Your year” page');
		const all = [...strings(enPayments), ...strings(enYear), ...strings(enStepsYear)];
		expect(all.filter(([, s]) => /your-year|tax to pay of between/u.test(s))).toEqual([]);
		// "Meldeperiode" only as the Norwegian term beside the English one, in brackets.
		expect(all.filter(([, s]) => /(^|[^(])\bMeldeperiode/u.test(s))).toEqual([]);
	});
});
