import { beforeAll, describe, expect, it } from 'vitest';
import { ensureNamespaces, setLang } from '../../i18n/i18n.svelte';
import { labelOf } from '../../section/labels';
import { defaultEtterbetalingForm, etterbetalingLabels } from './fields';

describe('the back-payment form’s labels, one map for the fields and the summary', () => {
	beforeAll(async () => {
		await setLang('nb');
		await ensureNamespaces(['etterbetaling', 'calc']);
	});
	const label = (field: string, cardKind = defaultEtterbetalingForm().cardKind) =>
		labelOf(etterbetalingLabels({ ...defaultEtterbetalingForm(), cardKind }), field);

	it('names a part’s field with its row, and a year’s income with its year', () => {
		expect(label('parts.1.amount')).toBe('Del 2, Beløp før skatt');
		expect(label('parts.0.toMonth')).toBe('Del 1, Til måned');
		expect(label('income.2025.wage')).toBe('Lønn og ytelser som lønn i 2025');
		expect(label('income.2026.pension')).toBe('Pensjon i 2026');
	});

	it('a table card’s percentage is the one on the card; a percentage card’s is its percentage', () => {
		expect(label('percent', 'table')).toBe('Prosentsats på skattekortet');
		expect(label('percent', 'percent')).toBe('Prosentsats');
		expect(label('table', 'table')).toBe('Tabellnummer');
		expect(label('cardKind')).toBe('Skattekort for utbetalingsåret');
		expect(label('parts')).toBe('Hva gjelder etterbetalingen?');
	});
});
