#!/usr/bin/env node
// Imports a translator's folder into content bundles (see TRANSLATING.md, "Translating a whole
// language at once"):
//
//   npm run i18n:import -- <dir> [--locale=fr] [--translator="…"] [--date=YYYY-MM-DD] [--english=<dir>]
//
// <dir> holds benchmarks/<benchmark-id>.json, practices.json, context-factors.json, topics.json
// (record id → field → translated value, the shape of the English), places.json (English place
// name → name) and glossary.json (English term → { term, forms }); any of them may be absent.
// Each entry becomes `{ status: "draft", en: { field: hash of the English }, …fields }`: a draft
// made from the current English, or from the English in --english=<dir> (same layout) when the
// translator worked from an older export, so what changed since shows as stale. An entry already
// in the bundle with the same text keeps its status and hashes (re-importing changes nothing).
// Nothing is written when a file has a problem; every problem is listed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadDataset, root } from './lib/dataset.mjs';
import { bundlePath, englishContent, hashOf, KINDS, rel, sameJson, shapeProblem } from './lib/content.mjs';
import { localizeConfig } from './lib/i18n.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const dirArg = args.find((a) => !a.startsWith('--'));
if (!dirArg) {
  console.error('usage: npm run i18n:import -- <dir> [--locale=xx] [--translator="…"] [--date=YYYY-MM-DD] [--english=<dir>]');
  process.exit(2);
}
const dir = resolve(dirArg);
const locale = option('locale') ?? basename(dir);
const date = option('date') ?? new Date().toISOString().slice(0, 10);
const DEFAULT_TRANSLATOR = 'Draft translation by the integration-widgets developers (AI-assisted); not yet reviewed by a fluent speaker';
const { config } = localizeConfig();
if (!config.targetLocales.includes(locale)) {
  console.error(`"${locale}" is not a target locale in lit-localize.json (${config.targetLocales.join(', ')}): add it there first, or pass --locale=`);
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('--date takes YYYY-MM-DD');
  process.exit(2);
}

const { dataset } = loadDataset();
const english = englishContent(dataset);
const problems = [];
const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${path}: not valid JSON (${e.message})`);
    return undefined;
  }
};

/** The English the translator worked from (--english), by kind: id → field → value. */
function englishFrom(base) {
  if (!base) return undefined;
  const out = Object.fromEntries(KINDS.map((k) => [k, new Map()]));
  const take = (kind, file) => {
    const path = join(base, file);
    if (!existsSync(path)) return;
    const value = readJson(path);
    if (kind === 'places') for (const name of value ?? []) out.places.set(name, { name });
    else for (const [id, fields] of Object.entries(value ?? {})) out[kind].set(id, fields);
  };
  if (existsSync(join(base, 'benchmarks'))) for (const f of readdirSync(join(base, 'benchmarks')).filter((f) => f.endsWith('.json'))) take('benchmarks', `benchmarks/${f}`);
  for (const kind of KINDS.filter((k) => k !== 'benchmarks')) take(kind, `${kind}.json`);
  return out;
}
const workedFrom = englishFrom(option('english') && resolve(option('english')));

/** The translator's files: { kind, group?, file, records: id → fields }. */
const inputs = [];
if (existsSync(join(dir, 'benchmarks'))) {
  for (const f of readdirSync(join(dir, 'benchmarks')).filter((f) => f.endsWith('.json')).sort()) {
    const records = readJson(join(dir, 'benchmarks', f));
    if (records) inputs.push({ kind: 'benchmarks', group: f.slice(0, -5), file: `benchmarks/${f}`, records });
  }
}
for (const kind of ['practices', 'context-factors', 'topics']) {
  const path = join(dir, `${kind}.json`);
  const records = existsSync(path) ? readJson(path) : undefined;
  if (records) inputs.push({ kind, file: `${kind}.json`, records });
}
const placesPath = join(dir, 'places.json');
if (existsSync(placesPath)) {
  const names = readJson(placesPath);
  if (names) inputs.push({ kind: 'places', file: 'places.json', records: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, { name: v }])) });
}
const glossaryPath = join(dir, 'glossary.json');
const glossary = existsSync(glossaryPath) ? readJson(glossaryPath) : undefined;

/** New bundles: relative path → bundle. */
const out = new Map();
for (const { kind, group, file, records } of inputs) {
  if (kind === 'benchmarks' && !dataset.benchmarks.some((b) => b.id === group)) {
    problems.push(`${file}: there is no benchmark "${group}"`);
    continue;
  }
  const path = bundlePath(locale, kind, group);
  const existing = existsSync(join(root, path)) ? readJson(join(root, path)) : undefined;
  // Entries of an older layout (no status or hashes) are replaced, not merged.
  const kept = Object.fromEntries(Object.entries(existing?.entries ?? {}).filter(([, e]) => e && typeof e === 'object' && e.status && e.en));
  const entries = {};
  for (const [id, fields] of Object.entries(records)) {
    const record = english[kind].get(id);
    if (!record || (kind === 'benchmarks' && record.group !== group)) {
      problems.push(`${file}: "${id}" is not a ${kind === 'places' ? 'place name used by the practices' : `record of ${kind === 'benchmarks' ? `benchmark ${group}` : kind}`} in the English data`);
      continue;
    }
    const translatable = { ...record.fields, ...record.optional };
    const entry = { status: 'draft', en: {} };
    for (const [field, value] of Object.entries(fields ?? {})) {
      if (!(field in translatable)) {
        // An empty list where the English has none (e.g. a benchmark without context factors).
        if (Array.isArray(value) && !value.length) continue;
        problems.push(`${file}: "${id}".${field} is not a field to translate`);
        continue;
      }
      const problem = shapeProblem(translatable[field], value);
      if (problem) {
        problems.push(`${file}: "${id}".${field}: ${problem}`);
        continue;
      }
      const from = workedFrom ? workedFrom[kind].get(id)?.[field] : translatable[field];
      if (from === undefined) {
        problems.push(`${file}: "${id}".${field} is not in the English of --english (${option('english')})`);
        continue;
      }
      entry.en[field] = hashOf(from);
      entry[field] = value;
    }
    const before = kept[id];
    const same = before && Object.keys(entry.en).length === Object.keys(before.en).length && Object.keys(entry.en).every((f) => sameJson(before[f], entry[f]));
    entries[id] = same ? before : entry;
  }
  const meta = { locale, kind, ...(group ? { benchmark: group } : {}), translator: option('translator') ?? existing?.meta?.translator ?? DEFAULT_TRANSLATOR, ...(existing?.meta?.reviewer ? { reviewer: existing.meta.reviewer } : {}), date };
  const merged = { ...kept, ...entries };
  const unchanged = existing && sameJson(existing.entries, merged);
  out.set(path, { meta: unchanged ? existing.meta : meta, entries: merged });
}
const glossaryFile = `data/locales/${locale}/glossary.json`;
let glossaryBundle;
if (glossary) {
  const terms = {};
  for (const [en, t] of Object.entries(glossary)) {
    if (!t || typeof t.term !== 'string' || !Array.isArray(t.forms) || !t.forms.length) problems.push(`glossary.json: "${en}" needs { "term": "…", "forms": ["…"] }`);
    else terms[en] = { term: t.term, forms: t.forms, ...(typeof t.note === 'string' ? { note: t.note } : {}) };
  }
  const existing = existsSync(join(root, glossaryFile)) ? readJson(join(root, glossaryFile)) : undefined;
  glossaryBundle = existing?.terms && sameJson(existing.terms, terms) ? existing : { meta: { locale, kind: 'glossary', translator: option('translator') ?? existing?.meta?.translator ?? DEFAULT_TRANSLATOR, date }, terms };
}

if (problems.length) {
  console.error(`Nothing imported: ${problems.length} problem(s) in ${dir}:`);
  for (const p of problems.slice(0, 100)) console.error(`  - ${p}`);
  if (problems.length > 100) console.error(`  ... and ${problems.length - 100} more`);
  process.exit(1);
}
if (!out.size && !glossaryBundle) {
  console.error(`${dir} holds no translation files (benchmarks/<id>.json, practices.json, context-factors.json, topics.json, places.json, glossary.json).`);
  process.exit(1);
}
const write = (path, value) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
};
for (const [path, bundle] of out) write(path, bundle);
if (glossaryBundle) write(glossaryFile, glossaryBundle);
// The older layout kept every benchmark in one file: the per-benchmark files replace it.
const old = join(root, 'data', 'locales', locale, 'benchmarks.json');
if (inputs.some((i) => i.kind === 'benchmarks') && existsSync(old)) {
  rmSync(old);
  console.log(`Removed ${rel(old)} (replaced by data/locales/${locale}/benchmarks/<benchmark-id>.json)`);
}
const fields = [...out.values()].reduce((n, b) => n + Object.values(b.entries).reduce((m, e) => m + Object.keys(e.en).length, 0), 0);
console.log(`Imported ${locale}: ${out.size} bundle(s), ${fields} translated fields${glossaryBundle ? `, glossary of ${Object.keys(glossaryBundle.terms).length} terms` : ''}. Next: npm run i18n:check`);
