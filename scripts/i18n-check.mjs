#!/usr/bin/env node
// Prints, per locale, how far the interface strings and the dataset text are translated (by kind,
// benchmark by benchmark), with the stale and missing entries and how many are draft or reviewed,
// and fails on errors only: invalid XLIFF, broken placeholders, units or bundle entries whose
// English original no longer exists, malformed bundles. See TRANSLATING.md.
//
//   --require-interface=<percent>   also fail when a locale's interface is below <percent>
//   --require-content=<list>        also fail unless each listed part is complete, e.g.
//                                   "*:benchmarks,fr:practices,ar:benchmarks/inclucities-0" (* = every locale)
//   --no-stale                      also fail when any translation is stale (its English changed)
//   --report=<file>                 write the state as JSON (for demo/translations.html) and exit 0
//                                   whatever it finds (the build uses it; the check is npm test's job)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KINDS, contentState, interfaceState, percent } from './lib/i18n.mjs';
import { root } from './lib/dataset.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const requireInterface = arg('require-interface') === undefined ? undefined : Number(arg('require-interface'));
const requireContent = (arg('require-content') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const noStale = process.argv.includes('--no-stale');
const report = arg('report');
if (requireInterface !== undefined && !(requireInterface >= 0 && requireInterface <= 100)) {
  console.error('--require-interface takes a percentage from 0 to 100');
  process.exit(2);
}

const ui = interfaceState();
const locales = ui.config.targetLocales;
const content = contentState(locales);
const errors = [...Object.values(ui.locales).flatMap((l) => l.errors), ...content.errors];
const unmet = [];

if (report) {
  const state = {
    date: new Date().toISOString().slice(0, 10),
    kinds: KINDS,
    interface: { total: ui.messages.size },
    locales: Object.fromEntries(
      locales.map((l) => {
        const c = content.locales[l];
        return [
          l,
          {
            interface: { done: ui.locales[l].translated.size, total: ui.messages.size, path: `xliff/${l}.xlf`, exists: ui.locales[l].exists },
            kinds: Object.fromEntries(
              KINDS.map((k) => {
                const { groups, ...counts } = c.kinds[k];
                return [k, { ...counts, groups: k === 'benchmarks' ? [...groups].map(([id, g]) => ({ id, ...g })) : undefined, path: k === 'benchmarks' ? `data/locales/${l}/benchmarks/` : `data/locales/${l}/${k}.json` }];
              }),
            ),
            stale: c.stale.slice(0, 200).map(({ kind, group, id, field, path }) => ({ kind, group, id, field, path })),
            staleCount: c.stale.length,
            glossary: c.glossary ? { path: `data/locales/${l}/glossary.json`, terms: Object.keys(c.glossary).length } : undefined,
            glossaryNotes: content.warnings.filter((w) => w.startsWith(`${l}: `)),
          },
        ];
      }),
    ),
    errors,
  };
  mkdirSync(dirname(join(root, report)), { recursive: true });
  writeFileSync(join(root, report), JSON.stringify(state));
  console.log(`Wrote ${report} (${errors.length} translation error(s); npm run i18n:check lists them)`);
  process.exit(0);
}

const cell = (c) => `${percent(c.done, c.total)}% (${c.done}/${c.total})`;
// Place names: a language lists the names it writes differently; the others are shown as in English.
const placesCell = (c) => `${c.done}/${c.total} names`;
const rows = [['locale', 'interface', ...KINDS]];
const details = [];
for (const locale of locales) {
  const x = ui.locales[locale];
  const uiDone = x.translated.size;
  const row = [locale, x.exists ? cell({ done: uiDone, total: ui.messages.size }) : `0% (no ${locale}.xlf)`];
  if (requireInterface !== undefined && percent(uiDone, ui.messages.size) < requireInterface) {
    unmet.push(`${locale}: interface ${percent(uiDone, ui.messages.size)}% < required ${requireInterface}%`);
  }
  const L = content.locales[locale];
  let draft = 0;
  let reviewed = 0;
  for (const kind of KINDS) {
    const c = L.kinds[kind];
    row.push(kind === 'places' ? placesCell(c) : cell(c));
    draft += c.draft;
    reviewed += c.reviewed;
  }
  rows.push(row);
  const b = L.kinds.benchmarks;
  const groups = [...b.groups];
  const started = groups.filter(([, g]) => g.done + g.stale > 0);
  if (started.length === groups.length && started.every(([, g]) => g.done === g.total)) details.push(`${locale} benchmarks: all ${groups.length} complete`);
  else if (started.length) {
    details.push(`${locale} benchmarks: ${started.map(([id, g]) => (g.done === g.total ? `${id} complete` : `${id} ${percent(g.done, g.total)}%${g.stale ? ` (${g.stale} stale)` : ''}`)).join(', ')}`);
  }
  const optional = KINDS.filter((k) => L.kinds[k].optional.total).map((k) => `${k} optional fields ${L.kinds[k].optional.done}/${L.kinds[k].optional.total}`);
  const missing = KINDS.filter((k) => k !== 'places' && L.kinds[k].missing).map((k) => `${k} ${L.kinds[k].missing}`);
  details.push(
    `${locale} entries: ${draft} draft, ${reviewed} reviewed; stale fields: ${L.stale.length}; missing fields: ${missing.length ? missing.join(', ') : 'none'}${optional.length ? `; ${optional.join(', ')}` : ''}${L.glossary ? '' : '; no glossary.json'}`,
  );
  for (const s of L.stale.slice(0, 10)) details.push(`  stale: ${s.path} "${s.id}".${s.field} (its English changed: compare, edit, then npm run i18n:stamp)`);
  if (L.stale.length > 10) details.push(`  … ${L.stale.length - 10} more stale fields (all of them: npm run i18n:extract, then data/locales/${locale}/MISSING.md)`);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log('Translation coverage (interface: msg() strings in xliff/; content: current translations of the English fields of data/, in data/locales/;\nplaces: the place names a language writes its own way, the others are shown as in English)\n');
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
console.log(`\n${details.join('\n')}`);
if (content.warnings.length) {
  console.log(`\nGlossary: ${content.warnings.length} note(s) (terms not fixed yet, or text that does not use the glossary's term):`);
  for (const w of content.warnings.slice(0, 20)) console.log(`  - ${w}`);
  if (content.warnings.length > 20) console.log(`  … and ${content.warnings.length - 20} more`);
}

for (const req of requireContent) {
  const [who, what = ''] = req.split(':');
  const [kind, group] = what.split('/');
  if (!KINDS.includes(kind)) {
    errors.push(`--require-content: "${req}" names no kind (${KINDS.join(', ')})`);
    continue;
  }
  for (const locale of who === '*' ? locales : [who]) {
    if (!locales.includes(locale)) {
      errors.push(`--require-content: "${locale}" is not a target locale`);
      continue;
    }
    const c = content.locales[locale].kinds[kind];
    const g = group ? c.groups.get(group) : c;
    if (!g) errors.push(`--require-content: there is no ${kind} record "${group}"`);
    else if (g.done < g.total) unmet.push(`${locale}: ${kind}${group ? `/${group}` : ''} ${percent(g.done, g.total)}% < required 100% (${g.missing} missing, ${g.stale} stale)`);
  }
}
if (noStale) {
  for (const locale of locales) {
    const n = content.locales[locale].stale.length;
    if (n) unmet.push(`${locale}: ${n} stale field(s) (--no-stale)`);
  }
}

if (errors.length) {
  console.error(`\n${errors.length} translation error(s):`);
  for (const e of errors) console.error(`  - ${e}`);
}
if (unmet.length) {
  console.error(`\nRequired coverage not met:`);
  for (const u of unmet) console.error(`  - ${u}`);
}
if (errors.length || unmet.length) process.exit(1);
console.log('\nTranslations: no errors.');
