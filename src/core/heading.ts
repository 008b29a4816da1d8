import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Parses a `heading-level` attribute; `undefined` when it is not a whole number from 2 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : undefined;
}

type Heading = (content: unknown, part: string, id: string | undefined) => TemplateResult;

/** One plain template per level: a heading's tag cannot be a binding. */
const headings: Record<HeadingLevel, Heading> = {
  2: (content, part, id) => html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`,
  3: (content, part, id) => html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`,
  4: (content, part, id) => html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`,
  5: (content, part, id) => html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`,
  6: (content, part, id) => html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`,
};

/** A native heading of the given level (no ARIA emulation), with `part` as its part name and class. */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  return headings[level](content, part, id);
}
