// `npm run bench`: performance measured, not asserted. Prints time and ns per operation.
import { PERIODS, TABLES, tabelltrekk, tabelltrekkTable } from '../src/lib/engine/tabelltrekk';

function time(label: string, runs: number, fn: () => number): void {
	fn(); // warm up: compile and JIT
	let best = Infinity;
	let count = 0;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		count = fn();
		best = Math.min(best, performance.now() - t0);
	}
	console.log(
		`${label}: ${count.toLocaleString('en')} in ${best.toFixed(1)} ms (best of ${runs}), ${((best * 1e6) / count).toFixed(0)} ns each`
	);
}

// Every 2026 table for every period over its whole listed range (about 1.1 million withholdings).
time('tabelltrekk, all 2026 tables and periods', 5, () => {
	let n = 0;
	for (const table of TABLES)
		for (const period of PERIODS) n += tabelltrekkTable({ year: 2026, table, period }).rows.length;
	return n;
});

// The same range through the public single-amount API, as payments.ts calls it.
const ranges = TABLES.flatMap((table) =>
	PERIODS.map((period) => {
		const { step, max } = tabelltrekkTable({ year: 2026, table, period });
		return { table, period, step, max };
	})
);
time('tabelltrekk(), one call per amount, same range', 5, () => {
	let n = 0;
	let sink = 0;
	for (const { table, period, step, max } of ranges)
		for (let amount = 0; amount <= max; amount += step) {
			sink += tabelltrekk({ year: 2026, table, period, amount });
			n++;
		}
	if (sink < 0) console.log(sink); // keeps the calls from being optimised away
	return n;
});

{
	const mod = await import('../src/lib/engine/index').catch(() => null);
	const withhold = (mod as { withholdPayments?: (i: unknown) => unknown } | null)?.withholdPayments;
	if (withhold) {
		const payments = Array.from({ length: 26 }, (_, i) => {
			const start = new Date(Date.UTC(2026, 0, 5 + i * 14));
			const end = new Date(start.getTime() + 13 * 86_400_000);
			return {
				from: start.toISOString().slice(0, 10),
				to: (end.getUTCFullYear() > 2026 ? new Date(Date.UTC(2026, 11, 31)) : end)
					.toISOString()
					.slice(0, 10),
				amount: 15_000
			};
		});
		const input = {
			year: 2026,
			benefit: 'dagpenger',
			card: { kind: 'table', table: '8000' },
			payments
		};
		time('withholdPayments, a year of 26 payments (x1000)', 5, () => {
			for (let i = 0; i < 1000; i++) withhold(input);
			return 1000;
		});
	}
}

// explainPayment: every table of the year for the period, both payment orders in a month (the
// second payment of March after the first), plus the flat rates (target: well under 50 ms).
{
	const { explainPayment } = await import('../src/lib/engine/explain');
	time('explainPayment, second payment of a month, all tables both orders (x20)', 5, () => {
		for (let i = 0; i < 20; i++)
			explainPayment({
				year: 2026,
				benefit: 'dagpenger',
				payment: { from: '2026-03-16', to: '2026-03-29', amount: 15_000 + i },
				withheld: 3050,
				earlier: [{ from: '2026-03-02', to: '2026-03-15', amount: 15_000, withheld: 3377 }]
			});
		return 20;
	});
}
