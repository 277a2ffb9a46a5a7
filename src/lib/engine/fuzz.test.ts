import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	annualTax,
	EngineError,
	etterbetaling,
	sykepengeGrunnlag,
	tabelltrekk,
	uforeYear,
	withholdPayments
} from './index';

/** Every public function: a typed error or a result with only finite, non-negative kroner. */
function holds(run: () => unknown): void {
	let out: unknown;
	try {
		out = run();
	} catch (e) {
		expect(e).toBeInstanceOf(EngineError);
		return;
	}
	const bad: string[] = [];
	const walk = (v: unknown, path: string) => {
		if (typeof v === 'number' && !Number.isFinite(v)) bad.push(path);
		else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
		else if (v && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
	};
	walk(out, '');
	expect(bad).toEqual([]);
}

const money = fc.oneof(
	fc.integer({ min: -10, max: 2_000_000 }),
	fc.double({ noNaN: false }),
	fc.constantFrom(Infinity, -Infinity, NaN, 1e12, 0.5),
	fc.string(),
	fc.constant(undefined)
);
const date = fc.oneof(
	fc
		.date({ min: new Date('2024-06-01'), max: new Date('2027-02-01'), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10)),
	fc.string()
);

describe('fuzzing the public API: typed errors or sane results, never a crash', () => {
	it('tabelltrekk', () => {
		fc.assert(
			fc.property(fc.anything(), money, (x, amount) => {
				holds(() => tabelltrekk(x as never));
				holds(() => tabelltrekk({ year: 2026, table: '8000', period: 'month', amount } as never));
			}),
			{ numRuns: 2000 }
		);
	});

	it('withholdPayments: withholding within 0 and the payment', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('uforetrygd', 'aap', 'dagpenger', 'alderspensjon', 'sykepenger', 'nope'),
				fc.constantFrom<object>(
					{ kind: 'table', table: '8010' },
					{ kind: 'table', table: '9400' },
					{ kind: 'percent', percent: 35 },
					{ kind: 'frikort', limit: 10_000 },
					{ kind: 'none' },
					{ kind: 'kildeskatt' },
					{ kind: 'svalbard' },
					{ kind: 'weird' }
				),
				fc.array(fc.record({ from: date, to: date, amount: money }), { maxLength: 6 }),
				fc.option(fc.oneof(fc.record({ kroner: money }), fc.record({ percent: money })), {
					nil: undefined
				}),
				(benefit, card, payments, extra) => {
					let r: ReturnType<typeof withholdPayments> | undefined;
					holds(
						() => (r = withholdPayments({ year: 2026, benefit, card, payments, extra } as never))
					);
					for (const p of r?.payments ?? []) {
						expect(p.trekk).toBeGreaterThanOrEqual(0);
						expect(p.trekk).toBeLessThanOrEqual(p.gross);
					}
				}
			),
			{ numRuns: 1500 }
		);
	});

	it('annualTax, uforeYear, etterbetaling and sykepengeGrunnlag', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(2022, 2023, 2025, 2026, 2027),
				money,
				money,
				fc.boolean(),
				(year, a, b, finnmark) => {
					holds(() => annualTax({ year, wageIncome: a, pensionIncome: b, finnmark } as never));
					holds(() =>
						uforeYear({
							year,
							monthly: a,
							otherIncome: b,
							card: { kind: 'table', table: '8010' }
						} as never)
					);
					holds(() =>
						etterbetaling({
							payoutYear: 2026,
							benefit: 'uforetrygd',
							parts: [{ year, amount: a }],
							income: { 2026: { wage: b } }
						} as never)
					);
					holds(() =>
						sykepengeGrunnlag({ firstDayOfAbsence: `${year}-09-01`, months: [a, b] } as never)
					);
				}
			),
			{ numRuns: 1500 }
		);
	});
});
