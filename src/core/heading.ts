import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Parses a `heading-level` attribute; `undefined` when it is not a whole number from 2 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : undefined;
}

/** A native heading of the given level (no ARIA emulation, no unsafe static tags). */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  switch (level) {
    case 2: return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 4: return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`;
    case 6: return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`;
    default: return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`;
  }
}
