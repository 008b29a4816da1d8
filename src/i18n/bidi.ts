/**
 * Names from the dataset inside text of another direction: each name is isolated in a `<bdi>`,
 * so a Latin name in Arabic text (or the reverse) cannot move the punctuation around it.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatListParts } from './format.js';

/**
 * Names as a list in the locale's way ("A, B and C", "A وB"), each name in a `<bdi>` (with `lang`
 * when given: the language the names are in) and the separators of the locale between them.
 */
export function bdiList(items: readonly string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction', lang?: string): TemplateResult {
  return html`${formatListParts([...items], locale, type).map((p) => (p.type === 'element' ? html`<bdi lang=${ifDefined(lang)}>${p.value}</bdi>` : p.value))}`;
}

/** A name isolated in plain text (FSI … PDI): what `<bdi>` does, where an element would cost too much. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
