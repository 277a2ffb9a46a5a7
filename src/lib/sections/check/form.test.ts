import { describe, expect, it } from 'vitest';
import {
	compute as computeCheck,
	computePayroll,
	defaultCheckForm,
	encodeCheck,
	periodOf,
	yearFragment
} from './form';
import type { CheckForm } from './fields';
import { decode as decodeCheck } from './link';

const year = (): CheckForm => ({
	...defaultCheckForm(),
	year: '2026',
	benefit: 'uforetrygd',
	rows: [1, 2, 3].map((m) => ({
		from: `2026-0${m}-01`,
		to: `2026-0${m}-${m === 2 ? 28 : 31}`,
		amount: '30 000',
		// Table 8000, a month of 30 000 kr: 6 427 kr (the example in docs/nav-payments.md §3); March 100 kr more.
		withheld: m === 3 ? '-6 527' : '6 427',
		paidOn: ''
	}))
});

describe('the check page’s compute', () => {
	it('finds the card and puts the line that differs first', () => {
		const o = computeCheck(year());
		if (o.kind !== 'result') throw new Error(JSON.stringify(o));
		expect(o.result.card).toEqual({ kind: 'table', table: '8000' });
		expect(o.order).toEqual([2, 0, 1]);
		expect(o.result.lines[2]).toMatchObject({ expected: 6_427, differenceKr: 100 });
		expect(o.gross).toEqual([30_000, 30_000, 30_000]);
	});

	it('every problem at its row and field: the form’s and the engine’s together', () => {
		const f = year();
		f.rows[0]!.amount = 'tretti';
		f.rows[1]!.to = '2026-01-15'; // before its from
		f.rows[2]!.withheld = '40 000'; // above the gross
		const o = computeCheck(f);
		expect(o.kind === 'issues' && o.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual([
			'rows.0.amount:notANumber',
			'rows.1.to:toBeforeFrom',
			'rows.2.withheld:aboveGross'
		]);
	});

	it('a card given must be a table the year has', () => {
		const f = { ...year(), cardKind: 'table' as const, table: '8015' };
		const o = computeCheck(f);
		expect(o.kind === 'issues' && o.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
			'table:unknownTable'
		]);
	});

	it('the link carries the whole list and reads back the same form', () => {
		// A link carries what was typed without its spaces (a thousands separator is typing).
		const f = year();
		for (const r of f.rows) {
			r.amount = r.amount.replace(/ /gu, '');
			r.withheld = r.withheld.replace(/ /gu, '');
		}
		f.rows[1]!.paidOn = '2026-02-20';
		const hash = encodeCheck(f, 'nb');
		// The check value (h=) is the link toolkit's; the list is what this section writes.
		expect(hash.replace(/&h=\w+/u, '')).toBe(
			'v=1&s=k&l=nb&y=2026&b=uforetrygd&c=f&r=0101~0131~30000~6427!0201~0228~30000~6427~0220!0301~0331~30000~-6527'
		);
		expect(decodeCheck(hash)).toEqual({ ok: true, form: f, lang: 'nb' });
		expect(decodeCheck('v=1&s=k&y=2026&b=uforetrygd&c=f&r=0101~0131')).toEqual({ ok: false });
	});

	it('your year gets the payments and the card found', () => {
		const o = computeCheck(year());
		if (o.kind !== 'result') throw new Error('no result');
		const link = yearFragment(year(), o.result, 'nb');
		expect(link.replace(/&h=\w+/u, '')).toMatch(
			/^v=1&s=y&l=nb&y=2026&b=uforetrygd&c=t8000&p=0101~0131~30000!/u
		);
	});

	it('a payroll list line by line: table 8000, 14 days on 15 000 kr is 3 377 kr', () => {
		// The example in docs/nav-payments.md §3 (2026): 14 days of 15 000 → 3 377; a month of 30 000 → 6 427.
		const o = computePayroll(
			[
				{ table: '8000', period: '14 dager', amount: '15 000', withheld: '3 377' },
				{ table: '8000', period: 'Måned', amount: '30 000', withheld: '6 000' },
				{ table: '8000', period: 'month', amount: '1 000', withheld: '1 500' }
			],
			'2026'
		);
		if (o.kind !== 'result') throw new Error(JSON.stringify(o));
		expect(o.result.lines.map((l) => [l.status, l.expected])).toEqual([
			['ok', 3_377],
			['differs', 6_427],
			['differs', 0]
		]);
		// The negative net (1 000 − 1 500) first, then the largest difference.
		expect(o.order).toEqual([2, 1, 0]);
	});

	it('a payroll list’s bad values, each at its line and column, all at once', () => {
		const o = computePayroll(
			[
				{ table: '8015', period: 'month', amount: '1', withheld: '0' },
				{ table: '8000', period: 'fortnightly-ish', amount: 'x', withheld: '0' }
			],
			'2026'
		);
		expect(o.kind === 'issues' && o.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(
			[
				'payroll.0.table:unknownTable',
				'payroll.1.amount:notANumber',
				'payroll.1.period:unknownPeriod'
			].sort()
		);
		expect(periodOf('14 dagar')).toBe('14days');
		expect(periodOf('Uke')).toBe('week');
	});
});
