import { describe, expect, it } from 'vitest';
import {
	guessDelimiter,
	isoFrom,
	mapComplete,
	payrollFrom,
	periodFrom,
	readTable,
	rowsFrom
} from './import';

describe('reading a pasted or imported list', () => {
	it('recognises Norwegian headings, semicolons, a BOM and one period column', () => {
		const r = readTable(
			'\uFEFFPeriode;Brutto;Skattetrekk;Utbetalingsdato\r\n01.01.2026–31.01.2026;30 000,00;-6 427;20.01.2026\r\n'
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.table.map).toMatchObject({
			period: 0,
			from: -1,
			to: -1,
			amount: 1,
			withheld: 2,
			paidOn: 3
		});
		expect(rowsFrom(r.table, r.table.map)).toEqual([
			{
				from: '2026-01-01',
				to: '2026-01-31',
				amount: '30 000,00',
				withheld: '-6 427',
				paidOn: '2026-01-20'
			}
		]);
	});

	it('recognises English headings in tab-separated text (as copied from a spreadsheet)', () => {
		const r = readTable('Gross\tWithheld\tFrom\tTo\n15000\t3377\t2026-03-02\t2026-03-15');
		expect(r.ok && r.table.map).toMatchObject({
			period: -1,
			from: 2,
			to: 3,
			amount: 0,
			withheld: 1,
			paidOn: -1
		});
	});

	it('without headings takes the columns in order: from, to, gross, withheld, paid', () => {
		const r = readTable('1.2.2026,28.2.2026,30000,6427\n01.03.26,31.03.26,30000,6427,20.03.26');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.table.header).toBeNull();
		const rows = rowsFrom(r.table, r.table.map);
		expect(rows.map((x) => [x.from, x.to, x.paidOn])).toEqual([
			['2026-02-01', '2026-02-28', ''],
			['2026-03-01', '2026-03-31', '2026-03-20']
		]);
	});

	it('says a list of the wrong shape or an empty one is not a list of payments', () => {
		expect(readTable('hello\nworld')).toEqual({ ok: false, code: 'shape' });
		expect(readTable('  \n\n')).toEqual({ ok: false, code: 'empty' });
		expect(readTable('Fra;Til;Brutto;Skattetrekk\n')).toEqual({ ok: false, code: 'empty' });
	});

	it('keeps a value it cannot read as it is, so the form reports it at its row and column', () => {
		const r = readTable('Fra;Til;Brutto;Skattetrekk\n31.02.2026;x;tretti;1');
		if (!r.ok) throw new Error('refused');
		expect(rowsFrom(r.table, r.table.map)[0]).toMatchObject({
			from: '2026-02-31',
			to: 'x',
			amount: 'tretti'
		});
	});

	it('needs the period, the gross and the withheld to be chosen', () => {
		const none = {
			period: -1,
			from: -1,
			to: -1,
			amount: -1,
			withheld: -1,
			paidOn: -1,
			table: -1,
			tablePeriod: -1
		};
		expect(mapComplete({ ...none, period: 0, amount: 1, withheld: 2 })).toBe(true);
		expect(mapComplete({ ...none, from: 0, amount: 1, withheld: 2 })).toBe(false);
		expect(mapComplete({ ...none, table: 0, tablePeriod: 1, amount: 2, withheld: 3 }, true)).toBe(
			true
		);
	});

	it('dates and periods in the forms lists use', () => {
		expect(isoFrom('1.5.2026')).toBe('2026-05-01');
		expect(isoFrom('01/05/2026')).toBe('2026-05-01');
		expect(isoFrom('2026-05-01')).toBe('2026-05-01');
		expect(periodFrom('01.05.2026 - 31.05.2026')).toEqual(['2026-05-01', '2026-05-31']);
		expect(periodFrom('2026-05-01-2026-05-31')).toEqual(['2026-05-01', '2026-05-31']);
		expect(periodFrom('2026-05-01')).toBeNull();
	});

	it('a payroll list: its headings name a table and a table period', () => {
		const r = readTable(
			'Ansatt;Tabell;Tabellperiode;Brutto;Forskuddstrekk\nA;8000;14 dager;15000;3377\nB;8000;måned;30000;6427'
		);
		if (!r.ok) throw new Error('refused');
		expect(r.table.payroll).toBe(true);
		expect(payrollFrom(r.table, r.table.map)).toEqual([
			{ table: '8000', period: '14 dager', amount: '15000', withheld: '3377' },
			{ table: '8000', period: 'måned', amount: '30000', withheld: '6427' }
		]);
	});
});

describe('the separator a list uses', () => {
	it('semicolons where the comma is the decimal sign, tabs from a spreadsheet, quoted commas', () => {
		// Split by ';' every line has 4 columns; by ',' the lines have 2 and 1: ';' wins.
		expect(guessDelimiter('Fra;Til;Brutto;Skatt\n01.03.2026;15.03.2026;15000,50;3377')).toBe(';');
		expect(guessDelimiter('Gross\tWithheld\n15000\t3377\n15000\t3377')).toBe('\t');
		// A comma inside quotes is part of the value: 3 columns on both lines.
		expect(guessDelimiter('from,to,"gross, kr"\n2026-03-01,2026-03-15,"15 000"')).toBe(',');
		const r = readTable('Fra;Til;Brutto;Skattetrekk\n02.03.2026;15.03.2026;15000;3377');
		expect(r.ok && r.table.rows[0]).toEqual(['02.03.2026', '15.03.2026', '15000', '3377']);
	});
});
