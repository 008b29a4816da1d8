import { css } from 'lit';

/** The card's own box: a container, so its facts can stack when the card is narrow. */
export const cardHostStyles = css`
  :host {
    container-type: inline-size;
  }
`;

/**
 * The card itself, every rule under `.card` (the `<article>`), so a list can draw cards in its
 * own shadow root next to its own controls without either styling the other.
 */
export const cardStyles = css`
  .card {
    padding: var(--iw-card-padding, 1.25em);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--iw-card-background, var(--_surface));
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    overflow-wrap: anywhere;
  }
  .card.compact {
    padding: var(--iw-card-padding, 1em);
    gap: 0.5em;
  }
  .card :is(p, ul, dl, h2, h3, h4, h5, h6) {
    margin: 0;
  }
  .card .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card .place:empty {
    display: none;
  }
  .card .kind {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.9em;
  }
  .card .title {
    font-size: var(--iw-card-title-size, 1.3em);
    line-height: 1.25;
    font-weight: 700;
  }
  .card.compact .title {
    font-size: var(--iw-card-title-size, 1.1em);
  }
  .card .title-en {
    color: var(--_muted);
    font-style: italic;
  }
  .card .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .card .badge {
    font-size: 0.8em;
    font-weight: 600;
    padding: 0.125em 0.625em;
    border-radius: 1em;
    border: 0.0625em solid currentColor;
  }
  .card .facts {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.25em 1em;
    font-size: 0.95em;
  }
  .card .facts dt {
    font-weight: 600;
    color: var(--_muted);
  }
  .card .facts dd {
    margin: 0;
  }
  @container (max-width: 26em) {
    .card .facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .card .facts dd {
      margin-block-end: 0.375em;
    }
  }
  .card .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .card .tag {
    font-size: 0.85em;
    padding: 0.125em 0.625em;
    border-radius: 1em;
    background: var(--iw-tag-background, var(--_tint));
    border: 0.0625em solid var(--_border);
  }
  .card details {
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.5em;
  }
  .card summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    list-style: none;
  }
  .card summary::-webkit-details-marker {
    display: none;
  }
  .card summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  /* The arrow's borders are logical, so they already mirror in right-to-left text: only the
     rotation changes, to point to the inline end when closed and down when open. */
  .card summary:dir(rtl)::before {
    transform: rotate(45deg);
  }
  .card details[open] > summary::before {
    transform: rotate(45deg);
  }
  .card details[open] > summary:dir(rtl)::before {
    transform: rotate(-45deg);
  }
  .card .more {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    padding-block: 0.5em;
  }
  .card .more h4,
  .card .sub {
    font-size: 1em;
    font-weight: 700;
  }
  .card .figures {
    padding-inline-start: 1.25em;
  }
  .card .links {
    padding-inline-start: 1.25em;
  }
  .card .dilemma dt {
    font-weight: 700;
  }
  .card .dilemma dd {
    margin: 0 0 0.5em;
  }
  .card .citation {
    font-size: 0.85em;
    color: var(--_muted);
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.5em;
  }
  .card .notice {
    font-size: 0.85em;
    color: var(--_muted);
    /* A message left in English inside right-to-left text keeps its full stop at its end. */
    unicode-bidi: plaintext;
  }
  .card .embed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.75em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* Not the bare generic "monospace", which browsers draw smaller. */
  .card .embed code,
  .card .snippet {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  /* A box of its own, so an id that wraps in right-to-left text keeps its hyphens in place. */
  .card .embed code {
    display: inline-block;
    max-inline-size: 100%;
  }
  .card .snippet {
    flex: 1 1 100%;
    background: var(--_surface);
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.375em 0.5em;
    min-block-size: 2.75em;
  }
  /* The live region stays in the page (so it is announced when it fills) but takes no room empty. */
  .card .copied:empty {
    position: absolute;
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #888;
    }
    /* A printed card shows its whole description: paper cannot be expanded. */
    .card details::details-content {
      content-visibility: visible;
      display: block;
    }
    .card summary,
    .card .embed {
      display: none;
    }
    .card .links a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
