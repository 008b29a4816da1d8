import { css } from 'lit';

export const cardStyles = css`
  :host {
    --iw-card-padding: 1.25em;
    container-type: inline-size;
  }
  article {
    padding: var(--iw-card-padding);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--iw-card-background, var(--_surface));
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) article {
    --iw-card-padding: 1em;
    gap: 0.5em;
  }
  p,
  ul,
  dl,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .kind {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.9em;
  }
  .title {
    font-size: var(--iw-card-title-size, 1.3em);
    line-height: 1.25;
    font-weight: 700;
  }
  :host([variant='compact']) .title {
    font-size: var(--iw-card-title-size, 1.1em);
  }
  .title-en {
    color: var(--_muted);
    font-style: italic;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .badge {
    font-size: 0.8em;
    font-weight: 600;
    padding: 0.125em 0.625em;
    border-radius: 1em;
    border: 0.0625em solid currentColor;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.25em 1em;
    font-size: 0.95em;
  }
  .facts dt {
    font-weight: 600;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  @container (max-width: 26em) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .facts dd {
      margin-block-end: 0.375em;
    }
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .tag {
    font-size: 0.85em;
    padding: 0.125em 0.625em;
    border-radius: 1em;
    background: var(--iw-tag-background, var(--_tint));
    border: 0.0625em solid var(--_border);
  }
  details {
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.5em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.5em;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) summary::before,
  [dir='rtl'] summary::before {
    transform: rotate(135deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  .more {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    padding-block: 0.5em;
  }
  .more h4,
  .sub {
    font-size: 1em;
    font-weight: 700;
  }
  .figures {
    padding-inline-start: 1.25em;
  }
  .links {
    padding-inline-start: 1.25em;
  }
  .dilemma dt {
    font-weight: 700;
  }
  .dilemma dd {
    margin: 0 0 0.5em;
  }
  .citation {
    font-size: 0.85em;
    color: var(--_muted);
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.5em;
  }
  .notice {
    font-size: 0.85em;
    color: var(--_muted);
  }
  @media print {
    article {
      break-inside: avoid;
      border-color: #888;
    }
    /* A printed card shows its whole description: paper cannot be expanded. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary {
      display: none;
    }
    .links a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
