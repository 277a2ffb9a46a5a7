import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar';
import { isListedTrekkfri, meldeperiodeWeeks } from './meldeperioder';

const d = (iso: string) => dayNumber(iso)!;

describe('meldeperioder named by ISO weeks (docs/nav-payments.md §5)', () => {
	it('a meldeperiode is Monday to Sunday two weeks later', () => {
		expect(meldeperiodeWeeks(d('2023-11-20'), d('2023-12-03'))).toEqual([47, 48]);
		expect(meldeperiodeWeeks(d('2023-11-21'), d('2023-12-04'))).toBeUndefined(); // Tuesday start
		expect(meldeperiodeWeeks(d('2023-11-20'), d('2023-11-26'))).toBeUndefined(); // one week
	});

	it('2023, NAV’s page: June weeks 21–22 and 23–24 (odd) or 22–23 and 24–25 (even)', () => {
		expect(isListedTrekkfri(2023, 6, d('2023-05-22'), d('2023-06-04'), 'odd')).toBe(true);
		expect(isListedTrekkfri(2023, 6, d('2023-06-05'), d('2023-06-18'), 'odd')).toBe(true);
		expect(isListedTrekkfri(2023, 6, d('2023-06-19'), d('2023-07-02'), 'odd')).toBe(false);
		expect(isListedTrekkfri(2023, 6, d('2023-05-29'), d('2023-06-11'), 'even')).toBe(true);
		expect(isListedTrekkfri(2023, 6, d('2023-06-12'), d('2023-06-25'), 'even')).toBe(true);
		expect(isListedTrekkfri(2023, 6, d('2023-05-29'), d('2023-06-11'), 'odd')).toBe(false);
	});

	it('2023: December weeks 47–48 (odd) or 48–49 (even); the parity follows from the period', () => {
		expect(isListedTrekkfri(2023, 12, d('2023-11-20'), d('2023-12-03'))).toBe(true);
		expect(isListedTrekkfri(2023, 12, d('2023-11-27'), d('2023-12-10'))).toBe(true);
		expect(isListedTrekkfri(2023, 12, d('2023-12-04'), d('2023-12-17'))).toBe(false);
		expect(isListedTrekkfri(2023, 12, d('2023-11-27'), d('2023-12-10'), 'odd')).toBe(false);
	});

	it('years without published week numbers say so (the caller uses the fallback)', () => {
		expect(isListedTrekkfri(2026, 12, d('2026-11-23'), d('2026-12-06'))).toBeUndefined();
	});
});
