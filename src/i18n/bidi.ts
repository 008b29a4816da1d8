/**
 * Names from the dataset inside text of another direction, isolated as `<bdi>` does but in plain
 * text (Unicode FSI … PDI), so they can be joined with `Intl.ListFormat` in the locale's way
 * ("A, B and C", Arabic "A وB") and a Latin name in Arabic text (or the reverse) cannot move the
 * punctuation around it. Plain text costs a list of hundreds of cards no elements.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
