import { css } from 'lit';

/**
 * Shared styles of every element. Sizes are in `em` so a host rule like
 * `html { font-size: 62.5% }` cannot shrink the widget. Colours follow the page: text inherits,
 * and every tint, border, field and focus ring derives from the text colour (`currentColor`,
 * `color-mix()`), never a fixed white or `Canvas`, so light and dark pages both work without
 * configuration. The tokens (`--iw-*`) are listed in README's Theming table.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--iw-font-family, inherit);
    font-size: var(--iw-font-size, 1em);
    line-height: 1.5;
    color: var(--iw-color-text, inherit);
    --_accent: var(--iw-color-accent, #1a5fb4);
    --_on-accent: var(--iw-color-on-accent, #fff);
    --_radius: var(--iw-radius, 0.375em);
    --_border: var(--iw-color-border, color-mix(in srgb, currentColor 22%, transparent));
    /* Borders that must be seen (fields, the progress track): 3:1 against the page. */
    --_field-border: var(--iw-color-field-border, color-mix(in srgb, currentColor 60%, transparent));
    --_muted: var(--iw-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--iw-color-surface, transparent);
    --_tint: color-mix(in srgb, currentColor 6%, transparent);
    /* Between the accent and the text colour: at least 3:1 against light and dark pages alike. */
    --_focus: var(--iw-color-focus, color-mix(in oklab, var(--_accent) 60%, currentColor));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    background: var(--_tint);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375em 0.875em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status[data-kind='error'] {
    border-inline-start: 0.3em solid var(--iw-color-danger, #b3261e);
  }
  .status p {
    margin: 0;
    flex: 1 1 16em;
    /* An unknown id of any length still fits a phone screen. */
    overflow-wrap: anywhere;
    /* A message left in English inside right-to-left text keeps its full stop at its end. */
    unicode-bidi: plaintext;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid var(--_border);
    border-block-start-color: currentColor;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;

