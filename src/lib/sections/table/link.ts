import * as z from 'zod/mini';
import { PERIODS } from '../../engine/tabelltrekk';
import {
	decodeFragment,
	linkHeader,
	optionalTyped,
	type FragmentDecode
} from '../../link/fragmentSchema';
import { WITHHOLDING_YEARS, yearEnum } from '../../years';
import type { TableForm } from './fields';

/**
 * The whole-table link's reader (fields.ts writes it), with the link toolkit and zod; fetched only
 * when a link is opened.
 *
 *   #v=1&s=t&l=nb&y=2026&t=8010&p=month&q=30000
 */

const tableSchema = z.object({
	...linkHeader('t'),
	y: z.enum(yearEnum(WITHHOLDING_YEARS)),
	t: optionalTyped,
	p: z.enum(PERIODS as readonly string[] as [string, ...string[]]),
	q: optionalTyped
});

export function decode(hash: string): FragmentDecode<TableForm> {
	return decodeFragment(hash, tableSchema, (s) => ({
		year: s.y,
		table: s.t ?? '',
		period: s.p,
		search: s.q ?? ''
	}));
}
