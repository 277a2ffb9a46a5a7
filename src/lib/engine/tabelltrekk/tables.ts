/**
 * The withholding tables' numbers (docs/tabelltrekk.md "Table numbers"): which numbers are tables,
 * and what each says about the person (its kind, its built-in deduction or addition, its
 * trygdeavgift, the months it withholds over). No rates here: the routine is in index.ts.
 */

export type Trygdeavgift = 'high' | 'low' | 'none';
export type TableKind = 'ordinary' | 'standard' | 'finnmark' | 'seafarer' | 'special';

export interface TableInfo {
	table: string;
	kind: TableKind;
	/** Built-in income deduction (+) or addition (−) in kroner a year (8xxx / 9xxx tables). */
	tableDeduction: number;
	trygdeavgift: Trygdeavgift;
	/** Months the year's tax is withheld over: 10.5 (June free, December half) or 12. */
	months: 10.5 | 12;
	standardDeduction: boolean;
	seafarer: boolean;
	finnmark: boolean;
}

// Tables with the standard deduction and no built-in deduction (docs/tabelltrekk.md "Table numbers").
const FIXED: Record<string, Omit<TableInfo, 'table' | 'tableDeduction'>> = {
	'7300': {
		kind: 'standard',
		trygdeavgift: 'high',
		months: 10.5,
		standardDeduction: true,
		seafarer: false,
		finnmark: false
	},
	'7350': {
		kind: 'standard',
		trygdeavgift: 'high',
		months: 12,
		standardDeduction: true,
		seafarer: false,
		finnmark: false
	},
	'7500': {
		kind: 'standard',
		trygdeavgift: 'none',
		months: 12,
		standardDeduction: true,
		seafarer: false,
		finnmark: false
	},
	'7550': {
		kind: 'standard',
		trygdeavgift: 'none',
		months: 10.5,
		standardDeduction: true,
		seafarer: false,
		finnmark: false
	},
	'7700': {
		kind: 'standard',
		trygdeavgift: 'low',
		months: 12,
		standardDeduction: true,
		seafarer: false,
		finnmark: false
	},
	'6300': {
		kind: 'finnmark',
		trygdeavgift: 'high',
		months: 10.5,
		standardDeduction: true,
		seafarer: false,
		finnmark: true
	},
	'6350': {
		kind: 'finnmark',
		trygdeavgift: 'high',
		months: 12,
		standardDeduction: true,
		seafarer: false,
		finnmark: true
	},
	'6500': {
		kind: 'finnmark',
		trygdeavgift: 'none',
		months: 12,
		standardDeduction: true,
		seafarer: false,
		finnmark: true
	},
	'6550': {
		kind: 'finnmark',
		trygdeavgift: 'none',
		months: 10.5,
		standardDeduction: true,
		seafarer: false,
		finnmark: true
	},
	'6700': {
		kind: 'finnmark',
		trygdeavgift: 'low',
		months: 12,
		standardDeduction: true,
		seafarer: false,
		finnmark: true
	},
	'0100': {
		kind: 'seafarer',
		trygdeavgift: 'none',
		months: 12,
		standardDeduction: true,
		seafarer: true,
		finnmark: false
	},
	'0101': {
		kind: 'seafarer',
		trygdeavgift: 'high',
		months: 12,
		standardDeduction: true,
		seafarer: true,
		finnmark: false
	},
	'7150': {
		kind: 'special',
		trygdeavgift: 'high',
		months: 12,
		standardDeduction: false,
		seafarer: false,
		finnmark: false
	},
	'7160': {
		kind: 'special',
		trygdeavgift: 'none',
		months: 12,
		standardDeduction: false,
		seafarer: false,
		finnmark: false
	},
	'7170': {
		kind: 'special',
		trygdeavgift: 'none',
		months: 10.5,
		standardDeduction: false,
		seafarer: false,
		finnmark: false
	}
};

/** The table's properties, or undefined for a number that is not a table (from 2025 on). */
export function tableInfo(table: string): TableInfo | undefined {
	if (typeof table !== 'string') return undefined;
	const fixed = FIXED[table];
	if (fixed) return { table, tableDeduction: 0, ...fixed };
	if (!/^[89]\d{3}$/u.test(table) || !table.endsWith('0')) return undefined;
	const n = Number(table);
	// 8000–8400: +(n − 8000) × 1000 kr deduction; 9010–9400: −(n − 9000) × 1000 kr (an addition).
	const tableDeduction =
		n <= 8400 ? (n - 8000) * 1000 : n >= 9010 && n <= 9400 ? -(n - 9000) * 1000 : NaN;
	if (Number.isNaN(tableDeduction)) return undefined;
	return {
		table,
		kind: 'ordinary',
		tableDeduction,
		trygdeavgift: 'high',
		months: 10.5,
		standardDeduction: false,
		seafarer: false,
		finnmark: false
	};
}

export function isValidTable(table: string): boolean {
	return tableInfo(table) !== undefined;
}

/** Every valid table number, in the order Skatteetaten lists them. */
export const TABLES: readonly string[] = [
	...Array.from({ length: 41 }, (_, i) => String(8000 + i * 10)),
	...Array.from({ length: 40 }, (_, i) => String(9010 + i * 10)),
	'7150',
	'7160',
	'7170',
	'7300',
	'7350',
	'7500',
	'7550',
	'7700',
	'6300',
	'6350',
	'6500',
	'6550',
	'6700',
	'0100',
	'0101'
];
