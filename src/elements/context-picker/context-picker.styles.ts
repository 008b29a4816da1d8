import { css } from 'lit';

export const pickerStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .base {
    display: grid;
    gap: 0.625em;
    overflow-wrap: anywhere;
  }
  .base > legend {
    font-weight: 700;
    font-size: 1.15em;
    padding: 0;
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  [part='factor'] {
    display: grid;
    gap: 0.375em;
    padding: 0.5em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='factor']:has(:checked) {
    border-inline-start: 0.3em solid var(--_accent);
    padding-inline-start: 0.5125em;
  }
  label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2em;
  }
  .check {
    font-weight: 600;
  }
  .quote {
    display: block;
  }
  /* An English name in an Arabic picker wraps on the side of its checkbox: aligned with the
     picker's direction, not its own. */
  .base:dir(rtl) .check bdi {
    text-align: right;
  }
  .base:dir(ltr) .check bdi {
    text-align: left;
  }
  input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .muted,
  summary {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* A message left in English inside right-to-left text keeps its full stop at its end. */
  p.muted {
    unicode-bidi: plaintext;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.75em;
  }
  details div {
    display: grid;
    gap: 0.375em;
    padding-block: 0.25em;
  }
  .examples {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  [part='effect'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  [part='effect'] legend {
    padding: 0;
    font-weight: 600;
  }
  .note {
    flex-direction: column;
    align-items: stretch;
    gap: 0.25em;
  }
  textarea {
    background: var(--_surface);
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.375em 0.5em;
    resize: vertical;
  }
  [disabled] {
    opacity: 0.75;
  }
`;
