// The translator view: draws demo/generated/i18n-report.json (written by `npm run build` through
// `node scripts/i18n-check.mjs --report=…`, the same state `npm run i18n:check` prints) as tables.
// Text only, through the DOM (no innerHTML).
const KIND_NAMES = {
  benchmarks: 'Benchmarks',
  practices: 'Practices',
  'context-factors': 'Context factors',
  topics: 'Topics',
  places: 'Place names',
};
const languageName = (code) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
const percent = (done, total) => (total ? Math.floor((done / total) * 1000) / 10 : 100);
const number = (n) => n.toLocaleString('en');

/** An element with attributes/properties and children (strings become text). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return node;
}

/** A link to a file of the repository (the demo server serves the project root). */
const fileLink = (path) => el('a', { href: `../${path}` }, el('code', {}, path));

/** "87.5 % (7/8)" with a meter; `short`: the percentage only. */
function coverage(done, total, label, short = false) {
  return el(
    'span',
    { class: 'coverage' },
    el('meter', { min: 0, max: Math.max(total, 1), value: done, low: Math.max(total, 1) * 0.5, high: Math.max(total, 1) * 0.999, optimum: Math.max(total, 1), 'aria-label': label }),
    ` ${percent(done, total)} %${short ? '' : ` (${number(done)}/${number(total)})`}`,
  );
}

/** The status word of a group of fields: what a translator would want to know first. */
function status(c) {
  if (c.stale) return el('span', { class: 'status stale' }, `${number(c.stale)} stale`);
  if (c.missing === c.total) return el('span', { class: 'status missing' }, 'not started');
  if (c.missing) return el('span', { class: 'status missing' }, `${number(c.missing)} missing`);
  if (c.reviewed && !c.draft) return el('span', { class: 'status reviewed' }, 'reviewed');
  return el('span', { class: 'status draft' }, c.reviewed ? `draft (${number(c.reviewed)} reviewed)` : 'draft');
}

/** A table in a region that scrolls sideways on narrow screens (and can be scrolled by keyboard). */
function table(caption, head, rows) {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map(([first, ...cells]) => el('tr', {}, el('th', { scope: 'row' }, first), cells.map((c) => el('td', {}, c))))),
    ),
  );
}

function summary(report) {
  const locales = Object.entries(report.locales);
  return el(
    'section',
    { class: 'example', 'aria-labelledby': 'summary-h' },
    el('h2', { id: 'summary-h' }, 'Every language at a glance'),
    el('p', {}, `Report of ${report.date}. Interface: ${number(report.interface.total)} strings. Content: fields of the English dataset; place names: the names a language writes its own way (the others are shown as in English).`),
    table(
      'Coverage by language',
      ['Language', 'Interface', ...report.kinds.map((k) => KIND_NAMES[k] ?? k), 'Draft entries', 'Reviewed', 'Stale fields', 'Missing'],
      locales.map(([code, l]) => {
        const kinds = report.kinds.map((k) => l.kinds[k]);
        const counted = report.kinds.filter((k) => k !== 'places').map((k) => l.kinds[k]);
        const draft = kinds.reduce((n, c) => n + c.draft, 0);
        const reviewed = kinds.reduce((n, c) => n + c.reviewed, 0);
        return [
          el('a', { href: `#lang-${code}` }, `${languageName(code)} (${code})`),
          coverage(l.interface.done, l.interface.total, `${languageName(code)}: interface`, true),
          ...report.kinds.map((k) =>
            k === 'places' ? `${number(l.kinds[k].done)} of ${number(l.kinds[k].total)}` : coverage(l.kinds[k].done, l.kinds[k].total, `${languageName(code)}: ${KIND_NAMES[k]}`, true),
          ),
          number(draft),
          number(reviewed),
          number(l.staleCount),
          number(counted.reduce((n, c) => n + c.missing, 0)),
        ];
      }),
    ),
  );
}

function language(code, l, kinds) {
  const name = languageName(code);
  const b = l.kinds.benchmarks;
  return el(
    'section',
    { class: 'example', id: `lang-${code}`, 'aria-labelledby': `lang-${code}-h` },
    el('h2', { id: `lang-${code}-h` }, `${name} (${code})`),
    el(
      'ul',
      { class: 'files' },
      el('li', {}, 'Interface: ', fileLink(l.interface.path), ` — ${percent(l.interface.done, l.interface.total)} % (${number(l.interface.done)}/${number(l.interface.total)} strings)`),
      el('li', {}, 'Glossary: ', l.glossary ? [fileLink(l.glossary.path), ` — ${number(l.glossary.terms)} terms`] : 'none yet (add glossary.json)'),
      el('li', {}, 'Everything still to translate, with the English: ', el('code', {}, `data/locales/${code}/MISSING.md`), ' (written by ', el('code', {}, 'npm run i18n:extract'), ')'),
    ),
    table(
      `${name}: dataset text by kind`,
      ['Kind', 'Status', 'Translated', 'Stale', 'Missing', 'Entries', 'File'],
      kinds.map((k) => {
        const c = l.kinds[k];
        return [
          KIND_NAMES[k] ?? k,
          k === 'places' ? el('span', { class: 'status draft' }, c.done ? `${number(c.done)} named` : 'none named') : status(c),
          k === 'places' ? `${number(c.done)} of ${number(c.total)}` : coverage(c.done, c.total, `${name}: ${KIND_NAMES[k]}`),
          number(c.stale),
          k === 'places' ? '—' : number(c.missing),
          `${number(c.draft)} draft, ${number(c.reviewed)} reviewed${c.optional?.total ? `; optional fields ${number(c.optional.done)}/${number(c.optional.total)}` : ''}`,
          k === 'benchmarks' ? 'one per benchmark, below' : fileLink(c.path),
        ];
      }),
    ),
    table(
      `${name}: benchmark by benchmark`,
      ['Benchmark', 'Status', 'Translated', 'Stale', 'Missing', 'Entries', 'File'],
      b.groups.map((g) => [el('code', {}, g.id), status(g), coverage(g.done, g.total, `${name}: ${g.id}`), number(g.stale), number(g.missing), `${number(g.draft)} draft, ${number(g.reviewed)} reviewed`, fileLink(g.path)]),
    ),
    l.staleCount
      ? el(
          'div',
          {},
          el('h3', {}, `Stale: ${number(l.staleCount)} field(s) whose English changed`),
          el('p', {}, 'Compare each with the new English (MISSING.md has it), revise it, then run ', el('code', {}, 'npm run i18n:stamp'), '.'),
          el('ul', {}, l.stale.map((s) => el('li', {}, fileLink(s.path), ' ', el('code', {}, `${s.id}.${s.field}`)))),
        )
      : undefined,
    l.glossaryNotes?.length
      ? el('div', {}, el('h3', {}, 'Glossary notes'), el('ul', {}, l.glossaryNotes.map((n) => el('li', {}, n.replace(/^[a-z-]+: /, '')))))
      : undefined,
  );
}

async function main() {
  const statusLine = document.getElementById('report-status');
  const out = document.getElementById('report');
  let report;
  try {
    const response = await fetch('generated/i18n-report.json', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    report = await response.json();
  } catch (e) {
    statusLine.textContent = `The report could not be loaded (${e.message}): run npm run build, which writes demo/generated/i18n-report.json.`;
    return;
  }
  const locales = Object.keys(report.locales);
  statusLine.textContent = `${locales.length} languages; ${report.errors.length ? `${report.errors.length} error(s) (below)` : 'no errors'}.`;
  out.append(
    summary(report),
    ...(report.errors.length
      ? [el('section', { class: 'example', 'aria-labelledby': 'errors-h' }, el('h2', { id: 'errors-h' }, 'Errors (npm run i18n:check fails on these)'), el('ul', {}, report.errors.map((e) => el('li', {}, e))))]
      : []),
    el('nav', { class: 'languages', 'aria-label': 'Languages' }, el('ul', {}, locales.map((code) => el('li', {}, el('a', { href: `#lang-${code}` }, `${languageName(code)} (${code})`))))),
    ...locales.map((code) => language(code, report.locales[code], report.kinds)),
  );
}

main();
