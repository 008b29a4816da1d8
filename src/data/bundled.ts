/**
 * Data inlined at build time. Empty in the standard builds (data loads lazily from `data/`
 * next to the script); the all-in-one build replaces this module with every data file.
 */
export const bundled: Record<string, unknown> | undefined = undefined;
