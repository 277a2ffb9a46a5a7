/** The DOM id of the input for a field path such as 'payments.2.to'. */
export function fieldId(field: string): string {
	return `f-${field.replace(/[^\w-]/gu, '-')}`;
}
