// Content translation bundles (data/locales/<locale>/…, see TRANSLATING.md): which English fields
// can be translated, the hash that records which English a translation was made from, how a
// translation must match its English, and the state of every bundle (done, stale, missing,
// draft/reviewed). Shared by i18n-check, i18n-extract, i18n-import, i18n-stamp, build-data and the
// node tests; src/i18n/content.ts applies the same shape rule at runtime.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { dataDir, loadDataset, loadSchemas, root } from './dataset.mjs';

export const localesDir = join(dataDir, 'locales');

/** Kinds of translated dataset text, in report order. `glossary.json` is the translator's term list, not text. */
export const KINDS = ['benchmarks', 'practices', 'context-factors', 'topics', 'places'];

/**
 * The translatable fields of each kind of record. `required` fields count for coverage;
 * `optional` ones may be translated (they are checked and shipped) but are not counted as missing.
 */
export const FIELDS = {
  benchmark: { required: ['title', 'summary', 'contextFactors'] },
  'key-factor': { required: ['title', 'why', 'tips'] },
  question: { required: ['text'] },
  practice: { required: ['title', 'summary', 'figures'], optional: ['description'] },
  'context-factor': { required: ['title', 'description', 'examples'] },
  topic: { required: ['title', 'blocks'] },
  place: { required: ['name'] },
};

/** The glossary terms every language fixes, and those whose use the checks enforce in benchmark text. */
export const GLOSSARY_TERMS = ['benchmark', 'key factor', 'guiding question', 'context factor', 'integration', 'migrant', 'refugee', 'asylum seeker', 'newcomer', 'good practice', 'self-assessment'];
export const BENCHMARK_TERMS = ['benchmark', 'key factor', 'guiding question', 'context factor'];

const present = (v) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length);

/** Every place name (city or region) the practices use, sorted. */
export const placeNames = (dataset) =>
  [...new Set(dataset.practices.flatMap((p) => (p.places ?? []).flatMap((pl) => [pl.city, pl.region]).filter(Boolean)))].sort();

/**
 * Every translatable English field, by kind: `id → { type, group, fields, optional }`, where
 * `fields`/`optional` map a field to its English value. `group` is the unit a translator works on
 * and the file it lives in: a benchmark (with its key factors and questions), else the record.
 */
export function englishContent(dataset) {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, new Map()]));
  const put = (kind, type, id, group, values) => {
    const pick = (names = []) => Object.fromEntries(names.filter((f) => present(values[f])).map((f) => [f, values[f]]));
    kinds[kind].set(id, { type, group, fields: pick(FIELDS[type].required), optional: pick(FIELDS[type].optional) });
  };
  for (const b of dataset.benchmarks) {
    put('benchmarks', 'benchmark', b.id, b.id, { ...b, contextFactors: b.contextFactors.map((c) => c.asPrinted ?? null) });
    for (const kf of b.keyFactors) {
      put('benchmarks', 'key-factor', kf.id, b.id, kf);
      for (const q of kf.questions) put('benchmarks', 'question', q.id, b.id, q);
    }
  }
  for (const p of dataset.practices) put('practices', 'practice', p.id, p.id, { ...p, figures: p.figures?.map((f) => f.label) });
  for (const c of dataset.contextFactors) put('context-factors', 'context-factor', c.id, c.id, c);
  for (const t of dataset.topics) put('topics', 'topic', t.id, t.id, t);
  for (const name of placeNames(dataset)) put('places', 'place', name, name, { name });
  return kinds;
}

/** JSON with keys sorted, so a hash does not depend on key order. */
const canonical = (v) =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}` : JSON.stringify(v);

/** The hash of an English value that a translation records (`en.<field>`): 12 hex digits of SHA-256. */
export const hashOf = (value) => createHash('sha256').update(canonical(value)).digest('hex').slice(0, 12);

/** Deep equality of two JSON values. */
export const sameJson = (a, b) => canonical(a) === canonical(b);

/** Why a translated value cannot stand in for the English one, or `undefined` when it can. */
export function shapeProblem(en, tr) {
  if (typeof en === 'string') return typeof tr === 'string' && tr.trim() ? undefined : 'expected a non-empty text';
  if (!Array.isArray(en)) return undefined;
  if (!Array.isArray(tr)) return 'expected a list';
  if (tr.length !== en.length) return `expected ${en.length} items as in English, found ${tr.length}`;
  for (let i = 0; i < en.length; i++) {
    const a = en[i];
    const b = tr[i];
    if (a === null) {
      if (b !== null) return `item ${i + 1}: English has no text here; keep null`;
      continue;
    }
    if (typeof a === 'string') {
      if (typeof b !== 'string' || !b.trim()) return `item ${i + 1}: expected a non-empty text`;
      continue;
    }
    // A topic block: same type, same number of items, links to the same addresses.
    if (!b || typeof b !== 'object' || b.type !== a.type) return `block ${i + 1}: expected a "${a.type}" block as in English`;
    if (a.text !== undefined && (typeof b.text !== 'string' || !b.text.trim())) return `block ${i + 1}: expected a non-empty text`;
    if (a.items) {
      if (!Array.isArray(b.items) || b.items.length !== a.items.length) return `block ${i + 1}: expected ${a.items.length} items as in English`;
      for (let j = 0; j < a.items.length; j++) {
        const x = a.items[j];
        const y = b.items[j];
        if (typeof x === 'string' ? typeof y !== 'string' || !y.trim() : !y || typeof y !== 'object' || typeof y.text !== 'string' || !y.text.trim()) return `block ${i + 1}, item ${j + 1}: not the same kind of item as in English`;
        if (typeof x === 'object' && y.url !== x.url) return `block ${i + 1}, item ${j + 1}: the link must keep the English address ${x.url}`;
      }
    }
  }
  return undefined;
}

/** Where the bundle of a kind (and a benchmark) of a locale lives, relative to the project. */
export const bundlePath = (locale, kind, group) =>
  kind === 'benchmarks' ? `data/locales/${locale}/benchmarks/${group}.json` : `data/locales/${locale}/${kind}.json`;

/**
 * Every bundle file under data/locales/, parsed (or with the reason it could not be):
 * `{ locale, kind, benchmark?, path, bundle | error }`; `kind` is `glossary` for glossary.json.
 */
export function readBundles(dir = localesDir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const read = (item) => {
    try {
      out.push({ ...item, bundle: JSON.parse(readFileSync(item.path, 'utf8')) });
    } catch (e) {
      out.push({ ...item, error: `not valid JSON (${e.message})` });
    }
  };
  for (const entry of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const locale = entry.name;
    const ldir = join(dir, locale);
    for (const file of readdirSync(ldir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (file.isDirectory()) {
        for (const inner of readdirSync(join(ldir, file.name)).filter((f) => f.endsWith('.json')).sort()) {
          read({ locale, kind: file.name, benchmark: inner.slice(0, -5), path: join(ldir, file.name, inner), nested: true });
        }
      } else if (file.name.endsWith('.json')) read({ locale, kind: file.name.slice(0, -5), path: join(ldir, file.name) });
    }
  }
  return out;
}

let validators;
/** ajv validators of the source bundle and the glossary (data/schema/content-bundle.schema.json). */
export function bundleValidators() {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const schema of loadSchemas()) ajv.addSchema(schema);
    validators = { bundle: ajv.getSchema('content-bundle.schema.json'), glossary: ajv.getSchema('content-bundle.schema.json#/$defs/glossary') };
  }
  return validators;
}

const schemaErrors = (validate) =>
  validate.errors.slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` ("${e.params.additionalProperty}")` : ''}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}`);

export const rel = (path) => relative(root, path);

const newCounts = () => ({ total: 0, done: 0, stale: 0, missing: 0, draft: 0, reviewed: 0 });

/**
 * The state of every translation of dataset text, for the target locales:
 * - `english`: englishContent();
 * - `errors`: problems that make `i18n:check` fail (unreadable bundle, schema, wrong place, unknown
 *   record or field, wrong shape, a translated field without its English hash);
 * - `warnings`: glossary notes (terms not fixed yet, text without the glossary's term), reported only;
 * - `locales[l]`: per kind `{ total, done, stale, missing, draft, reviewed, optional: { total, done },
 *   groups }` (fields for total…missing, entries for draft/reviewed; `groups`: the same per
 *   benchmark or record, with the bundle's `path`), the lists `stale` and `missing`
 *   (`{ kind, group, id, field, path, text }`), `files`, and `glossary` (the terms, or undefined);
 * - `bundles`: every readable bundle with, per entry and field, whether it is `done` (a current
 *   translation of the right shape), so the build ships only those.
 */
export function contentState(targetLocales, { dataset = loadDataset().dataset, dir = localesDir } = {}) {
  const english = englishContent(dataset);
  const { bundle: validateBundle, glossary: validateGlossary } = bundleValidators();
  const errors = [];
  const warnings = [];
  const locales = Object.fromEntries(
    targetLocales.map((l) => [
      l,
      { kinds: Object.fromEntries(KINDS.map((k) => [k, { ...newCounts(), optional: { total: 0, done: 0 }, groups: new Map() }])), stale: [], missing: [], files: [], glossary: undefined },
    ]),
  );
  /** locale → kind → id → field → 'done' | 'stale' */
  const fieldState = Object.fromEntries(targetLocales.map((l) => [l, Object.fromEntries(KINDS.map((k) => [k, new Map()]))]));
  const bundles = [];
  /** The counts of one group (a benchmark, else a record) of a kind. */
  const groupOf = (locale, kind, group) => {
    const groups = locales[locale].kinds[kind].groups;
    if (!groups.has(group)) groups.set(group, { ...newCounts(), path: bundlePath(locale, kind, group) });
    return groups.get(group);
  };
  // Groups in the order of the English data.
  for (const locale of targetLocales) for (const kind of KINDS) for (const record of english[kind].values()) groupOf(locale, kind, record.group);
  for (const item of readBundles(dir)) {
    const { locale, kind, path, bundle, error } = item;
    const where = rel(path);
    if (error) {
      errors.push(`${where}: ${error}`);
      continue;
    }
    if (!targetLocales.includes(locale)) {
      errors.push(`${where}: "${locale}" is not a target locale in lit-localize.json (add it there first)`);
      continue;
    }
    if (kind === 'glossary' && !item.nested) {
      if (!validateGlossary(bundle)) {
        for (const e of schemaErrors(validateGlossary)) errors.push(`${where}: ${e}`);
        continue;
      }
      if (bundle.meta.locale !== locale) errors.push(`${where}: meta.locale is "${bundle.meta.locale}", expected "${locale}"`);
      const absent = GLOSSARY_TERMS.filter((t) => !bundle.terms[t]);
      if (absent.length) warnings.push(`${locale}: ${where} does not yet fix the term${absent.length > 1 ? 's' : ''} ${absent.map((t) => `"${t}"`).join(', ')}`);
      locales[locale].glossary = bundle.terms;
      locales[locale].files.push({ kind, path: where });
      continue;
    }
    if (kind === 'benchmarks' && !item.nested) {
      errors.push(`${where}: benchmarks are translated one file per benchmark, data/locales/${locale}/benchmarks/<benchmark-id>.json (npm run i18n:import converts a translator's folder)`);
      continue;
    }
    if (!KINDS.includes(kind) || (item.nested && kind !== 'benchmarks')) {
      errors.push(`${where}: not a bundle path (expected ${KINDS.filter((k) => k !== 'benchmarks').map((k) => `${k}.json`).join(', ')}, glossary.json or benchmarks/<benchmark-id>.json)`);
      continue;
    }
    if (!validateBundle(bundle)) {
      for (const e of schemaErrors(validateBundle)) errors.push(`${where}: ${e}`);
      continue;
    }
    const { meta } = bundle;
    if (meta.locale !== locale) errors.push(`${where}: meta.locale is "${meta.locale}", expected "${locale}"`);
    if (meta.kind !== kind) errors.push(`${where}: meta.kind is "${meta.kind}", expected "${kind}"`);
    if (kind === 'benchmarks') {
      if (meta.benchmark !== item.benchmark) errors.push(`${where}: meta.benchmark is ${meta.benchmark === undefined ? 'missing' : `"${meta.benchmark}"`}, expected "${item.benchmark}"`);
      if (!dataset.benchmarks.some((b) => b.id === item.benchmark)) errors.push(`${where}: there is no benchmark "${item.benchmark}" in the English data (renamed or removed?)`);
    } else if (meta.benchmark !== undefined) errors.push(`${where}: meta.benchmark belongs in benchmarks/<benchmark-id>.json only`);
    const counts = locales[locale].kinds[kind];
    const shipped = { locale, kind, benchmark: item.benchmark, path, meta, entries: {} };
    for (const [id, entry] of Object.entries(bundle.entries)) {
      const record = english[kind].get(id);
      if (!record) {
        errors.push(`${where}: "${id}" is not a record of ${kind} in the English data (renamed or removed?)`);
        continue;
      }
      if (kind === 'benchmarks' && record.group !== item.benchmark) {
        errors.push(`${where}: "${id}" belongs to benchmark ${record.group}, not ${item.benchmark}`);
        continue;
      }
      counts[entry.status]++;
      groupOf(locale, kind, record.group)[entry.status]++;
      const translatable = { ...record.fields, ...record.optional };
      const done = {};
      for (const [field, value] of Object.entries(entry)) {
        if (field === 'status' || field === 'en') continue;
        if (!(field in translatable)) {
          errors.push(`${where}: "${id}".${field} has no English text to translate`);
          continue;
        }
        const problem = shapeProblem(translatable[field], value);
        if (problem) {
          errors.push(`${where}: "${id}".${field}: ${problem}`);
          continue;
        }
        const hash = entry.en[field];
        if (hash === undefined) {
          errors.push(`${where}: "${id}".${field} has no hash of its English (en.${field}): run npm run i18n:stamp -- ${where}`);
          continue;
        }
        const state = hash === hashOf(translatable[field]) ? 'done' : 'stale';
        fieldState[locale][kind].set(`${id}\u0000${field}`, state);
        if (state === 'done') done[field] = value;
      }
      for (const field of Object.keys(entry.en)) {
        if (entry[field] === undefined) errors.push(`${where}: "${id}".en.${field} is the hash of a field that has no translation (npm run i18n:stamp removes it)`);
      }
      if (Object.keys(done).length) shipped.entries[id] = done;
    }
    locales[locale].files.push({ kind, benchmark: item.benchmark, path: where, meta });
    bundles.push(shipped);
  }
  // Coverage: every English field of every kind, against what the bundles hold.
  for (const locale of targetLocales) {
    const L = locales[locale];
    for (const kind of KINDS) {
      const counts = L.kinds[kind];
      for (const [id, record] of english[kind]) {
        const g = groupOf(locale, kind, record.group);
        for (const field of Object.keys(record.fields)) {
          const state = fieldState[locale][kind].get(`${id}\u0000${field}`);
          for (const c of [counts, g]) {
            c.total++;
            if (state === 'done') c.done++;
            else if (state === 'stale') c.stale++;
            else c.missing++;
          }
          const item = { kind, group: record.group, id, field, path: g.path, text: record.fields[field] };
          if (state === 'stale') L.stale.push(item);
          else if (state !== 'done') L.missing.push(item);
        }
        for (const field of Object.keys(record.optional)) {
          counts.optional.total++;
          const state = fieldState[locale][kind].get(`${id}\u0000${field}`);
          if (state === 'done') counts.optional.done++;
          else if (state === 'stale') L.stale.push({ kind, group: record.group, id, field, path: g.path, text: record.optional[field] });
        }
      }
    }
  }
  for (const locale of targetLocales) {
    for (const miss of glossaryMisses(locale, english, bundles, locales[locale].glossary)) warnings.push(`${locale}: ${miss}`);
  }
  return { english, errors, warnings, locales, bundles };
}

/** Lower-case forms of a glossary term, as the checks compare them. */
const formsOf = (terms, term, locale) => (terms?.[term]?.forms ?? []).map((f) => f.toLocaleLowerCase(locale));

/** Pairs of English and translated strings at the same place in two values of the same shape. */
function* textPairs(en, tr, path = '') {
  if (typeof en === 'string') {
    if (typeof tr === 'string') yield [en, tr, path];
  } else if (Array.isArray(en)) {
    if (Array.isArray(tr)) for (let i = 0; i < en.length; i++) yield* textPairs(en[i], tr[i], `${path}[${i}]`);
  } else if (en && typeof en === 'object' && tr && typeof tr === 'object') {
    for (const k of ['text', 'items']) if (k in en) yield* textPairs(en[k], tr[k], `${path}.${k}`);
  }
}

/**
 * Translated text (of every kind) where the English names a benchmark-level term (benchmark, key
 * factor, guiding question, context factor) and the translation uses none of the glossary's forms.
 */
export function glossaryMisses(locale, english, bundles, terms) {
  if (!terms) return [];
  const misses = [];
  for (const term of BENCHMARK_TERMS) {
    const forms = formsOf(terms, term, locale);
    if (!forms.length) continue;
    const re = new RegExp(`\\b${term.replace(' ', '[ -]')}s?\\b`, 'i');
    for (const b of bundles.filter((x) => x.locale === locale && x.kind !== 'places')) {
      for (const [id, fields] of Object.entries(b.entries)) {
        const record = english[b.kind].get(id);
        for (const [field, value] of Object.entries(fields)) {
          for (const [en, tr, path] of textPairs(record.fields[field] ?? record.optional[field], value)) {
            if (!re.test(en)) continue;
            const low = tr.toLocaleLowerCase(locale);
            if (!forms.some((form) => low.includes(form))) misses.push(`${rel(b.path)} "${id}".${field}${path} says "${term}" in English but uses none of the glossary forms ${JSON.stringify(terms[term].forms)}`);
          }
        }
      }
    }
  }
  return misses;
}

export const percent = (done, total) => (total ? Math.floor((done / total) * 1000) / 10 : 100);
