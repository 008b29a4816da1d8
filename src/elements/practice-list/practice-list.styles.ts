import { css } from 'lit';

export const listStyles = css`
  /* What covers the page (the dialog, the menu's options) needs an opaque background. The page's
     own is unknown, so: near black under light text, white under dark text. */
  :host {
    --_overlay: var(--iw-color-surface, Canvas);
  }
  @supports (color: oklch(from red l c h)) {
    :host {
      --_overlay: var(--iw-color-surface, oklch(from currentColor clamp(0.2, (0.6 - l) * 100, 1) 0 0));
    }
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  p {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .field label {
    font-weight: 600;
  }
  .search {
    flex: 1 1 100%;
  }
  input[type='search'],
  select {
    background: var(--_surface);
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.375em 0.625em;
    min-block-size: 2.75em;
    inline-size: 100%;
  }
  /* The open menu covers the page: it needs a background of its own. */
  option {
    background-color: var(--_overlay);
    color: inherit;
  }
  .filters {
    flex: 1 1 30em;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: 0.5em;
    align-items: start;
  }
  .filter {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.375em 0.75em;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    gap: 0.375em;
    list-style: none;
  }
  .filter summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron pointing down (up when open): physical borders, since down is down in both
     directions (logical ones would turn it sideways in right-to-left text). */
  .filter summary::after {
    content: '';
    margin-inline-start: auto;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
    flex: none;
  }
  .filter[open] summary::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .filter:has(:checked) {
    border-color: var(--_accent);
  }
  .filter[open] {
    grid-column: 1 / -1;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0.25em 0.75em 0.75em;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.125em 1em;
    max-block-size: 20em;
    overflow-y: auto;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2em;
    cursor: pointer;
  }
  .option input {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .n {
    color: var(--_muted);
  }
  .sort {
    flex: 0 1 12em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .chips ul {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    border-radius: 1.5em;
    border-color: var(--_accent);
    padding-inline: 0.875em 0.625em;
    max-inline-size: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .chips li {
    max-inline-size: 100%;
  }
  .x {
    font-size: 1.2em;
    line-height: 1;
  }
  .count {
    font-weight: 600;
  }
  .notice {
    font-size: 0.85em;
    color: var(--_muted);
    /* A message left in English inside right-to-left text keeps its full stop at its end. */
    unicode-bidi: plaintext;
  }
  [part='notice'] {
    border-inline-start: 0.25em solid var(--iw-color-danger, #b3261e);
    padding-inline-start: 0.5em;
    overflow-wrap: anywhere;
  }
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--iw-list-min-column, 17em)), 1fr));
    gap: var(--iw-list-gap, 1em);
  }
  .grid:empty {
    display: none;
  }
  .item {
    /* Cards below the fold cost no layout until they come near the viewport. */
    content-visibility: auto;
    contain-intrinsic-size: auto 18em;
    display: flex;
    border-radius: var(--_radius);
  }
  /* Cards of one row are as tall as the tallest, each with its Details button at the bottom. */
  .item .card {
    flex: 1 1 auto;
  }
  .card .open {
    align-self: flex-start;
    margin-block-start: auto;
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .empty {
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    padding: 1em;
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* The outline drawn while the data loads: the same boxes as the controls and cards to come,
     at least a screen high for an explorer, the room README asks pages to keep before the
     element is defined. */
  :host(:not([no-controls])) .skeleton {
    min-block-size: 100vh;
  }
  /* The outline drawn while the data loads: the same boxes as the controls and cards to come. */
  .base > [data-kind='loading'] {
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
  }
  .controls .label {
    font-weight: 600;
  }
  .controls .box {
    display: block;
    min-block-size: 2.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .placeholder {
    block-size: 24em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  dialog {
    color: inherit;
    background: var(--_overlay);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    inline-size: min(48em, calc(100vw - 1.5em));
    max-block-size: calc(100vh - 1.5em);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5em;
  }
  @media print {
    .controls,
    .chips,
    .open,
    .more,
    dialog,
    .empty button {
      display: none !important;
    }
    .grid {
      display: block;
    }
    .item {
      margin-block-end: 0.75em;
      break-inside: avoid;
    }
  }
`;
