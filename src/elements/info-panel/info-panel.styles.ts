import { css } from 'lit';

export const panelStyles = css`
  article {
    padding: var(--iw-panel-padding, 1.25em);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--iw-panel-background, var(--_surface));
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    overflow-wrap: anywhere;
  }
  p,
  ul,
  ol,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  .languages {
    margin: 0;
    padding: 0;
    border: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.75em;
    font-size: 0.9em;
  }
  .languages legend {
    float: inline-start;
    padding: 0;
    margin-inline-end: 0.75em;
    color: var(--_muted);
  }
  .languages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .languages button {
    border-radius: 1.5em;
    padding-inline: 0.875em;
  }
  .languages button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  /* On the accent fill, the ring goes inside, in the colour of the text. */
  .languages button[aria-pressed='true']:focus-visible {
    outline-color: var(--_on-accent);
    outline-offset: -0.3em;
  }
  .title {
    font-size: var(--iw-panel-title-size, 1.4em);
    line-height: 1.25;
  }
  .notice {
    font-size: 0.9em;
    padding-block: 0.375em;
    padding-inline: 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_tint);
    /* A message left in English inside right-to-left text keeps its full stop at its end. */
    unicode-bidi: plaintext;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .subheading {
    font-size: 1.1em;
    margin-block-start: 0.25em;
  }
  .body ul,
  .body ol {
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .citation {
    font-size: 0.85em;
    color: var(--_muted);
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375em;
  }
  .citation ul {
    padding: 0;
    list-style: none;
    flex: 1 1 20em;
  }
  @media print {
    .languages {
      display: none;
    }
  }
`;
