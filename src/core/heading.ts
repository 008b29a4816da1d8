import type { TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Parses a `heading-level` attribute; `undefined` when it is not a whole number from 2 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : undefined;
}

/**
 * The native heading tag of each level, as a static part of a template (`literal` takes only
 * literals, never text from data), for templates from `lit/static-html.js`: `<${tag}>…</${tag}>`.
 */
export const headingTags = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` } as const;

/** A native heading of the given level (no ARIA emulation). */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  const tag = headingTags[level];
  return html`<${tag} part=${part} class=${part} id=${ifDefined(id)}>${content}</${tag}>`;
}
