// Content translation bundles (data/locales/<locale>/<kind>.json): which English fields can be
// translated, how a translation must match them, and the index the data core reads.
// Shared by build-data.mjs, i18n-check.mjs and i18n-extract.mjs; src/i18n/content.ts applies the
// same shape rule at runtime.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './dataset.mjs';

export const localesDir = join(dataDir, 'locales');
export const KINDS = ['topics', 'benchmarks', 'practices', 'context-factors'];

/**
 * Every translatable English field, by kind: `id → { group, fields }`. `group` is the record a
 * translator works on as a whole (a benchmark with its key factors and questions).
 */
export function englishContent(dataset) {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, new Map()]));
  const put = (kind, id, group, record, fields) => {
    const present = Object.fromEntries(fields.filter((f) => record[f] !== undefined && !(Array.isArray(record[f]) && !record[f].length)).map((f) => [f, record[f]]));
    kinds[kind].set(id, { group, fields: present });
  };
  for (const t of dataset.topics) put('topics', t.id, t.id, t, ['title', 'blocks']);
  for (const b of dataset.benchmarks) {
    put('benchmarks', b.id, b.id, b, ['title', 'summary']);
    for (const kf of b.keyFactors) {
      put('benchmarks', kf.id, b.id, kf, ['title', 'why', 'tips']);
      for (const q of kf.questions) put('benchmarks', q.id, b.id, q, ['text']);
    }
  }
  for (const p of dataset.practices) put('practices', p.id, p.id, p, ['title', 'summary', 'description']);
  for (const c of dataset.contextFactors) put('context-factors', c.id, c.id, c, ['title', 'description', 'examples']);
  return kinds;
}

/** Why a translated value cannot stand in for the English one, or `undefined` when it can. */
export function shapeProblem(en, tr) {
  if (typeof en === 'string') return typeof tr === 'string' && tr.trim() ? undefined : 'expected a non-empty text';
  if (!Array.isArray(en)) return undefined;
  if (!Array.isArray(tr)) return 'expected a list';
  if (tr.length !== en.length) return `expected ${en.length} items as in English, found ${tr.length}`;
  for (let i = 0; i < en.length; i++) {
    const a = en[i];
    const b = tr[i];
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
        if (typeof x === 'string' ? typeof y !== 'string' : typeof y !== 'object' || typeof y.text !== 'string') return `block ${i + 1}, item ${j + 1}: not the same kind of item as in English`;
        if (typeof x === 'object' && y.url !== x.url) return `block ${i + 1}, item ${j + 1}: the link must keep the English address ${x.url}`;
      }
    }
  }
  return undefined;
}

/** Every bundle file under data/locales/, parsed (or with the reason it could not be). */
export function readBundles(dir = localesDir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const locale = entry.name;
    const ldir = join(dir, locale);
    for (const file of readdirSync(ldir).filter((f) => f.endsWith('.json')).sort()) {
      const kind = file.slice(0, -5);
      const path = join(ldir, file);
      try {
        out.push({ locale, kind, path, bundle: JSON.parse(readFileSync(path, 'utf8')) });
      } catch (e) {
        out.push({ locale, kind, path, error: `not valid JSON (${e.message})` });
      }
    }
  }
  return out;
}

/** The runtime index `translations.json`: locale → kind → ids that have an entry. */
export function contentIndex(bundles) {
  const index = {};
  for (const { locale, kind, bundle } of bundles) {
    if (!bundle || !KINDS.includes(kind) || !bundle.entries) continue;
    (index[locale] ??= {})[kind] = Object.keys(bundle.entries).sort();
  }
  return index;
}
