import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultForm, type CalcForm } from './fields';
import { encodeForm } from './fields';
import { decode as decodeForm } from './link';

function form(patch: Partial<CalcForm>): CalcForm {
	return { ...defaultForm(), ...patch };
}

describe('shareable state in the URL fragment', () => {
	it('a quick-mode case round-trips and is SMS-short', () => {
		const f = form({
			benefit: 'uforetrygd',
			table: '8010',
			quickAmount: '25 000',
			extraKind: 'kroner',
			extra: '1 000'
		});
		const hash = encodeForm(f, 'nb');
		expect(hash.length).toBeLessThan(100);
		const back = decodeForm(`#${hash}`);
		expect(back).toEqual({
			ok: true,
			lang: 'nb',
			form: { ...f, quickAmount: '25000', extra: '1000' }
		});
	});

	it('the caseworker’s table view is kept in the link; cards are the default', () => {
		const f = form({ benefit: 'uforetrygd', table: '8010', quickAmount: '25000' });
		const table = encodeForm(f, 'nb', 'table');
		expect(table).toContain('vw=t');
		expect(decodeForm(`#${table}`)).toMatchObject({ ok: true, view: 'table' });
		const cards = encodeForm(f, 'nb');
		expect(cards).not.toContain('vw=');
		expect(decodeForm(`#${cards}`)).not.toHaveProperty('view');
	});

	it('a list of payments round-trips with short dates', () => {
		const f = form({
			benefit: 'dagpenger',
			meldekortWeeks: 'even',
			mode: 'list',
			table: '8000',
			payments: [
				{ from: '2026-03-02', to: '2026-03-15', amount: '15000', paidOn: '' },
				{ from: '2026-03-16', to: '2026-03-29', amount: '15000,50', paidOn: '2026-03-31' }
			]
		});
		const hash = encodeForm(f, 'en');
		expect(hash).toContain('0302~0315~15000');
		expect(decodeForm(hash)).toEqual({ ok: true, lang: 'en', form: f });
	});

	it('an overgangsstønad table card keeps its percentage; quick mode for others does not carry it', () => {
		const f = form({
			benefit: 'overgangsstonad',
			table: '8010',
			percent: '30',
			quickAmount: '9000'
		});
		const hash = encodeForm(f, 'nb');
		expect(hash).toContain('cp=30');
		expect(decodeForm(hash)).toEqual({ ok: true, lang: 'nb', form: f });
		expect(encodeForm({ ...f, benefit: 'aap' }, 'nb')).not.toContain('cp=');
	});

	it('the sykepenger step travels too, only when something is typed there', () => {
		const f = form({
			benefit: 'sykepenger',
			table: '8010',
			sykepenger: {
				firstDay: '2025-09-01',
				kind: 'monthly',
				months: ['55 000', '55000', '54 000,50'],
				hourlyIncome: '',
				daysWorked: '',
				g: '',
				from: '2025-09-01',
				to: '2025-09-30',
				grade: ''
			}
		});
		const hash = encodeForm(f, 'nb');
		expect(hash).toContain('sp=2025-09-01~m~55000~55000~54000,50~~~~2025-09-01~2025-09-30');
		const back = decodeForm(hash);
		expect(back.ok && back.form.sykepenger).toEqual({
			...f.sykepenger,
			months: ['55000', '55000', '54000,50']
		});
		expect(encodeForm(form({ benefit: 'sykepenger' }), 'nb')).not.toContain('sp=');
		// A graded sick leave travels as an eleventh field; links without it still open.
		const graded = encodeForm({ ...f, sykepenger: { ...f.sykepenger, grade: '60' } }, 'nb');
		expect(graded).toContain('2025-09-30~60');
		expect(
			decodeForm(graded).ok && (decodeForm(graded) as { form: typeof f }).form.sykepenger.grade
		).toBe('60');
		for (const bad of ['2025-09-01~x~1~2~3~~~~~', '2025-09-01~m~1~2', 'nodate~m~~~~~~~~'])
			expect(decodeForm(hash.replace(/sp=[^&]*/u, `sp=${bad}`)).ok).toBe(false);
	});

	it('keeps what the person typed, mistakes included', () => {
		const f = form({ benefit: 'aap', table: '81x', quickAmount: '12a' });
		const back = decodeForm(encodeForm(f, 'nb'));
		expect(back.ok && back.form.table).toBe('81x');
		expect(back.ok && back.form.quickAmount).toBe('12a');
	});

	const broken = [
		'',
		'#',
		'#v=2&y=2026&c=t8000&q=1~m~1',
		'#v=1&y=2026&c=t8000',
		'#v=1&y=2026&b=nope&c=t8000&q=1~m~1',
		'#v=1&y=2026&c=z8000&q=1~m~1',
		'#v=1&y=2026&c=t8000&q=1~m~13',
		'#v=1&y=2026&c=t8000&p=0302~03',
		'#v=1&y=2026&c=t8000&p=0302~0315~1~2~3',
		'#v=1&y=20x6&c=t8000&q=1~m~1',
		'#v=1&v=1&y=2026&c=t8000&q=1~m~1',
		'#%E0%A4%A',
		'#v=1&y=2026&c=t8000&p=99999~0315~1'
	];
	for (const hash of broken) {
		it(`refuses the broken link ${JSON.stringify(hash)}`, () => {
			expect(decodeForm(hash)).toEqual({ ok: false });
		});
	}

	it('never throws on random fragments', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => {
				const r = decodeForm(s);
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 5000 }
		);
	});

	it('never throws on random mutations of a valid link, and what it accepts round-trips', () => {
		const valid = encodeForm(
			form({
				benefit: 'aap',
				mode: 'list',
				table: '8000',
				payments: [{ from: '2026-01-05', to: '2026-01-18', amount: '9000', paidOn: '' }]
			}),
			'nb'
		);
		fc.assert(
			fc.property(
				fc.nat({ max: valid.length }),
				fc.string({ maxLength: 3 }),
				fc.nat({ max: 4 }),
				(at, ins, del) => {
					const mutated = valid.slice(0, at) + ins + valid.slice(at + del);
					const r = decodeForm(mutated);
					if (r.ok)
						expect(decodeForm(encodeForm(r.form, r.lang ?? 'nb'))).toEqual({
							...r,
							lang: r.lang ?? 'nb'
						});
				}
			),
			{ numRuns: 3000 }
		);
	});
});
