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
	const each = best / count;
	const per = each >= 0.1 ? `${each.toFixed(2)} ms` : `${(each * 1e6).toFixed(0)} ns`;
	console.log(
		`${label}: ${count.toLocaleString('en')} in ${best.toFixed(1)} ms (best of ${runs}), ${per} each`
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
	const { explainPayment } = await import('../src/lib/engine/explain/index');
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

// checkPayments: a year of 26 meldeperioder (dagpenger, table 8120, June/December's trekkfri
// meldeperioder included) with the card not given: every table, the percentages and NAV's flat
// rates searched (target: well under 50 ms at a phone's CPU, so under about 12 ms here). And a
// payroll list of 10 000 lines, each with its own table and period (target: under a second).
{
	const { checkPayments, checkPayroll, withholdPayments, TABLES } =
		await import('../src/lib/engine/index');
	const payments = Array.from({ length: 26 }, (_, i) => {
		const start = new Date(Date.UTC(2026, 0, 5 + i * 14));
		const end = new Date(Math.min(start.getTime() + 13 * 86_400_000, Date.UTC(2026, 11, 31)));
		return {
			from: start.toISOString().slice(0, 10),
			to: end.toISOString().slice(0, 10),
			amount: 15_000 + i * 37
		};
	});
	const r = withholdPayments({
		year: 2026,
		benefit: 'dagpenger',
		card: { kind: 'table', table: '8120' },
		payments
	});
	const lines = payments.map((p, i) => ({ ...p, withheld: r.payments[i]!.trekk }));
	const found = checkPayments({ year: 2026, benefit: 'dagpenger', payments: lines });
	if (found.card.kind !== 'table' || found.card.table !== '8120')
		throw new Error(`bench: card not found: ${JSON.stringify(found.card)}`);
	time('checkPayments, 26 meldeperioder, card found (x10)', 5, () => {
		for (let i = 0; i < 10; i++)
			checkPayments({ year: 2026, benefit: 'dagpenger', payments: lines });
		return 10;
	});
	const periods = ['month', '14days', 'week'] as const;
	const payroll = Array.from({ length: 10_000 }, (_, i) => ({
		table: TABLES[i % 81]!,
		period: periods[i % 3]!,
		amount: 5_000 + ((i * 7919) % 60_000),
		withheld: (i * 31) % 9_000
	}));
	time('checkPayroll, 10 000 lines, each its own table and period', 5, () => {
		checkPayroll({ year: 2026, lines: payroll });
		return 1;
	});
	// Two lines altered: each is run through the explain search for its likely cause.
	const altered = lines.map((l, i) =>
		i === 5 || i === 17 ? { ...l, withheld: l.withheld + 250 } : l
	);
	time(
		'checkPayments, 26 meldeperioder, card found, 2 lines differ and are explained (x10)',
		5,
		() => {
			for (let i = 0; i < 10; i++)
				checkPayments({ year: 2026, benefit: 'dagpenger', payments: altered });
			return 10;
		}
	);
	// What the page does with an imported payroll file of 10 000 lines: d3-dsv, the zod parse
	// of every value, checkPayroll and the order the lines are shown in (on the main thread).
	// The pages' modules read the registry's years as the build puts them in (vite.config.ts).
	const { registrySummary } = await import('../src/lib/engine/rules/index');
	(globalThis as { __REGISTRY_YEARS__?: unknown }).__REGISTRY_YEARS__ = registrySummary();
	const { readTable, payrollFrom } = await import('../src/lib/sections/check/import');
	const { computePayroll } = await import('../src/lib/sections/check/form');
	const csv = [
		'Tabell;Tabellperiode;Brutto;Forskuddstrekk',
		...payroll.map((l) => `${l.table};${l.period};${l.amount};${l.withheld}`)
	].join('\n');
	time('payroll file of 10 000 lines: read (d3-dsv) + parse + check + order', 5, () => {
		const r = readTable(csv);
		if (!r.ok) throw new Error('bench: payroll file refused');
		const o = computePayroll(payrollFrom(r.table, r.table.map), '2026');
		if (o.kind !== 'result') throw new Error('bench: payroll lines refused');
		return 1;
	});
}

// The pages' modules read the registry's years as the build puts them in (vite.config.ts).
{
	const { registrySummary } = await import('../src/lib/engine/rules/index');
	(globalThis as { __REGISTRY_YEARS__?: unknown }).__REGISTRY_YEARS__ = registrySummary();
}

// What the page runs after each keystroke (src/lib/sections/calculator/form.ts, then results.ts): the form
// as typed is parsed with zod, the engine withholds a year of 26 payments, and the result becomes
// the view model the cards, the timeline and the month table render. Target: well under 50 ms
// on a phone; Lighthouse's phone profile runs the CPU about 4× slower than this machine.
{
	const { computeOutcome } = await import('../src/lib/sections/calculator/form');
	const { adaptResult } = await import('../src/lib/sections/calculator/results');
	const { defaultForm } = await import('../src/lib/sections/calculator/fields');
	const listForm = defaultForm();
	listForm.benefit = 'dagpenger';
	listForm.table = '8010';
	listForm.extraKind = 'kroner';
	listForm.extra = '500';
	listForm.mode = 'list';
	listForm.payments = Array.from({ length: 26 }, (_, i) => {
		const start = new Date(Date.UTC(2026, 0, 5 + i * 14));
		const end = new Date(Math.min(start.getTime() + 13 * 86_400_000, Date.UTC(2026, 11, 31)));
		return {
			from: start.toISOString().slice(0, 10),
			to: end.toISOString().slice(0, 10),
			amount: '15 000',
			paidOn: ''
		};
	});
	const quickForm = defaultForm();
	quickForm.benefit = 'aap';
	quickForm.table = '8000';
	quickForm.mode = 'quick';
	quickForm.quickAmount = '14 000';
	quickForm.quickFrequency = '14days';
	quickForm.quickFromMonth = '1';
	for (const [label, form] of [
		['26 payments typed in a list', listForm],
		['quick mode, every 14 days from January', quickForm]
	] as const) {
		const check = computeOutcome(form);
		if (check.kind !== 'result') throw new Error(`bench form refused: ${JSON.stringify(check)}`);
		time(`keystroke → parse + withhold + view, ${label} (x100)`, 5, () => {
			for (let i = 0; i < 100; i++) {
				const o = computeOutcome(form);
				if (o.kind === 'result') adaptResult(o.result, o.year);
			}
			return 100;
		});
	}
}
