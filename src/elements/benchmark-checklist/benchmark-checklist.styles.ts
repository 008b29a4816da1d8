import { css } from 'lit';

export const checklistStyles = css`
  /* The dialog covers the page: an opaque background, near black under light text and white under
     dark text (the page's own is unknown). */
  :host {
    --_overlay: var(--iw-color-surface, Canvas);
  }
  @supports (color: oklch(from red l c h)) {
    :host {
      --_overlay: var(--iw-color-surface, oklch(from currentColor clamp(0.2, (0.6 - l) * 100, 1) 0 0));
    }
  }
  /* The summary table is for screen readers: it sits in a visually hidden box rather than being
     one, as a table grows to its content whatever its own size says (it widened or lengthened
     the page); the box clips it. */
  /* The checklist is taller than the screen once drawn: while it loads it keeps a screen's height
     (the room README asks pages to keep before it is defined), so what follows does not jump. */
  [data-kind='loading'] {
    min-block-size: 100vh;
    align-content: flex-start;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 1em;
    overflow-wrap: anywhere;
  }
  h2, h3, h4, h5, h6, p, ul, ol {
    margin: 0;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .meta, .hint {
    color: var(--_muted);
  }
  .toolbar, .choices, .actions, .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .warn {
    border-inline-start: 0.3em solid var(--iw-color-danger, #b3261e);
    padding-inline-start: 0.75em;
  }
  .notices p:empty {
    display: none;
  }
  /* A message left in English inside right-to-left text keeps its full stop at its end. */
  .notices p,
  .hint {
    unicode-bidi: plaintext;
  }
  .notices, .kept {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .field-error {
    display: block;
    margin-block-start: 0.25em;
  }
  .summary, .factor, dialog {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em;
    background: var(--_surface);
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  /* Drawn by hand, not by the browser: its native track is light grey on every page, so on a
     dark page an empty bar looked full. Here the track is an outline in the text colour. */
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.875em;
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_tint);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: transparent;
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  /* The chart: per key factor its name, a bar and the status in words, in three columns that
     stack on a narrow screen. Text at the widget's size, wrapped, never cut. */
  .summary {
    container-type: inline-size;
  }
  .chart {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(5em, 12em) minmax(0, max-content);
    gap: 0.375em 0.75em;
    align-items: center;
    max-inline-size: 60em;
    font-size: 0.9em;
  }
  .chart .row {
    display: contents;
  }
  .chart .st {
    font-weight: 600;
  }
  /* An English name in an Arabic chart lines up with the others, on the right. */
  .chart:dir(rtl) .kf {
    text-align: right;
  }
  .chart:dir(ltr) .kf {
    text-align: left;
  }
  .track {
    display: block;
  }
  .bar {
    display: block;
    block-size: 1.1em;
    border: 0.125em solid var(--_accent);
    print-color-adjust: exact;
  }
  .bar.none {
    inline-size: 0;
    border: 0;
  }
  .bar.not-in-place {
    inline-size: 25%;
  }
  .bar.emerging {
    inline-size: 50%;
    background: radial-gradient(circle, var(--_accent) 0.1em, transparent 0.12em) 0 0 / 0.4em 0.4em;
  }
  .bar.partly {
    inline-size: 75%;
    background: repeating-linear-gradient(45deg, var(--_accent) 0 0.14em, transparent 0.14em 0.35em);
  }
  .bar.in-place {
    inline-size: 100%;
    background: var(--_accent);
  }
  .bar.suggested {
    border-style: dashed;
  }
  @container (max-width: 30em) {
    .chart {
      grid-template-columns: minmax(4em, 1fr) minmax(0, max-content);
      row-gap: 0.125em;
    }
    .chart .kf {
      grid-column: 1 / -1;
      margin-block-start: 0.375em;
    }
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    align-content: center;
    gap: 0.25em 0.375em;
    min-block-size: 2.75em;
  }
  .factor > summary {
    gap: 0.25em 1em;
  }
  .factor > summary > :first-child {
    flex: 1 1 12em;
  }
  .factor > summary > :is(h2, h3, h4, h5, h6) {
    font-size: 1.1em;
  }
  .badge {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 1em;
    margin-block-start: 1em;
  }
  fieldset {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.75em;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  /* A floated legend is laid out inside its fieldset like any first line: a long question wraps
     inside the border instead of straddling it. */
  legend {
    float: inline-start;
    inline-size: 100%;
    font-weight: 600;
    padding: 0;
  }
  .num {
    color: var(--_muted);
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.3em 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 2.75em;
    cursor: pointer;
  }
  .choices label:has(:checked) {
    background: var(--_tint);
    border-color: var(--_accent);
    font-weight: 600;
  }
  /* The whole tile shows keyboard focus, not only the small radio inside it. */
  .choices label:has(:focus-visible) {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.1em;
  }
  .choices input:focus-visible {
    outline: none;
  }
  input[type='radio'] {
    accent-color: var(--_accent);
    margin: 0;
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  /* Side by side only in a row (who, by when); in a column a flex basis became empty height. */
  .row > .field {
    flex: 1 1 12em;
  }
  textarea, input:not([type='radio']) {
    background: var(--_surface);
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    padding: 0.4em 0.5em;
    min-block-size: 2.75em;
  }
  .link {
    background: none;
    border: 0;
    text-decoration: underline;
    min-block-size: 0;
    padding: 0;
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* On the accent fill, the ring goes inside, in the colour of the text. */
  .primary:focus-visible {
    outline-color: var(--_on-accent);
    outline-offset: -0.3em;
  }
  dialog {
    color: inherit;
    background: var(--_overlay);
    max-inline-size: min(32em, 90vw);
  }
  dialog p {
    margin-block-end: 1em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: 0.75em;
    margin-block-start: 0.75em;
  }
  .report table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.5em;
  }
  .report th, .report td {
    border: 0.0625em solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .report th + th {
    inline-size: 9em;
  }
  .report th + th + th {
    inline-size: 35%;
  }
  .report ul {
    padding-inline-start: 1.5em;
  }
  .kf-report {
    margin-block-start: 1em;
    break-inside: avoid-page;
  }
  .report, .print-only {
    display: none;
  }
  :host([print-preview]) .screen-only {
    display: none;
  }
  :host([print-preview]) .report {
    display: block;
  }
  :host([print-preview]) .print-only {
    display: inline;
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .screen-only, dialog {
      display: none !important;
    }
    .report {
      display: block;
    }
    .print-only {
      display: inline;
    }
    .summary {
      border: 0;
      padding: 0;
    }
  }
`;

/**
 * One marker for every `<summary>` that opens a section (key factors, tips, examples): a chevron
 * that points to the end of the line when closed and down when open. Physical borders drawn once,
 * turned the other way in right-to-left text.
 */
export const disclosureStyles = css`
  summary {
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    display: inline-block;
    flex: none;
    align-self: center;
    vertical-align: 0.1em;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.125em 0.5em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  summary:dir(rtl)::before {
    transform: rotate(135deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    summary::before {
      transition: none;
    }
  }
`;
