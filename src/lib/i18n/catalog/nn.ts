// The loaders of every message file in this language, fetched once this language is wanted
// (resources.ts): no page's first load carries the other languages' loaders.
export default import.meta.glob<{ default: Record<string, unknown> }>('../messages/nn/**/*.ts');
