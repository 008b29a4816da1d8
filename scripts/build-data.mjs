#!/usr/bin/env node
// Writes the runtime data files to dist/data/, split so that an element loads only what it needs:
//   practices.json          every practice (for lists and search)
//   practice/<id>.json      one practice (a single card)
//   sources.json            the five source documents (citations)
//   benchmarks.json         an index of benchmarks (id, title, kind, source, counts)
//   benchmark/<id>.json     one benchmark with its key factors
//   context-factors.json    the shared context-factor vocabulary
//   topic/<id>.json         one topic;  topics.json  an index of topics
//   dataset.json            everything in one file (the format a custom `src` follows)
//   translations.json       which content translations exist: locale → kind → ids
//   locales/<l>/…           the content translations of data/locales/ (see contentFiles below)
// Each file the widgets load also ships as an ES module beside it (`practice/<id>.js`, whose
// default export is the same value), and each folder gets `_index.js`, a map of literal import()s
// of its modules: the ES module build imports data through them, so bundlers follow it (see
// rollup.config.mjs). The all-in-one build inlines dataFiles() instead.
import { mkdirSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, root } from './lib/dataset.mjs';
import { contentState } from './lib/content.mjs';
import { localizeConfig } from './lib/i18n.mjs';

export function dataFiles() {
  const { dataset } = loadDataset();
  const files = {};
  files['sources.json'] = dataset.sources;
  files['practices.json'] = dataset.practices;
  for (const p of dataset.practices) files[`practice/${p.id}.json`] = p;
  files['benchmarks.json'] = dataset.benchmarks.map((b) => ({
    id: b.id, kind: b.kind, source: b.source, number: b.number, title: b.title, version: b.version, date: b.date,
    keyFactors: b.keyFactors.length, questions: b.keyFactors.reduce((n, kf) => n + kf.questions.length, 0),
  }));
  for (const b of dataset.benchmarks) files[`benchmark/${b.id}.json`] = b;
  files['context-factors.json'] = dataset.contextFactors;
  files['topics.json'] = dataset.topics.map((t) => ({ id: t.id, title: t.title }));
  for (const t of dataset.topics) files[`topic/${t.id}.json`] = t;
  files['dataset.json'] = dataset;
  Object.assign(files, contentFiles(dataset));
  return { files, version: dataset.version };
}

/**
 * The content translations as the widgets load them (content-bundle.schema.json#/$defs/shipped):
 * only current translations of the right shape (npm run i18n:check reports the others), without
 * review status or hashes, split so that an element loads only what it shows:
 *   locales/<l>/benchmarks/<id>.json  one benchmark (a checklist)
 *   locales/<l>/practices.json        every practice, with the locale's place names (a list)
 *   locales/<l>/practice/<id>.json    one practice, with the names of its places (a card)
 *   locales/<l>/context-factors.json, locales/<l>/topics.json
 *   translations.json                 locale → kind → the ids that have a file or an entry (`true`: all)
 */
export function contentFiles(dataset, state = contentState(localizeConfig().config.targetLocales, { dataset })) {
  const files = {};
  const index = {};
  const list = (locale, kind) => ((index[locale] ??= {})[kind] ??= []);
  const credit = ({ translator, reviewer, date }) => ({ translator, ...(reviewer ? { reviewer } : {}), date });
  const places = {};
  for (const b of state.bundles) if (b.kind === 'places') places[b.locale] = Object.fromEntries(Object.entries(b.entries).map(([n, e]) => [n, e.name]));
  for (const { locale, kind, benchmark, meta, entries } of state.bundles) {
    if (kind === 'places' || !Object.keys(entries).length) continue;
    if (kind === 'benchmarks') {
      files[`locales/${locale}/benchmarks/${benchmark}.json`] = { meta: { locale, kind, benchmark, ...credit(meta) }, entries };
      list(locale, kind).push(benchmark);
      continue;
    }
    const names = places[locale] ?? {};
    files[`locales/${locale}/${kind}.json`] = { meta: { locale, kind, ...credit(meta) }, entries, ...(kind === 'practices' ? { places: names } : {}) };
    list(locale, kind).push(...Object.keys(entries));
    if (kind !== 'practices') continue;
    for (const p of dataset.practices) {
      if (!entries[p.id]) continue;
      const own = Object.fromEntries((p.places ?? []).flatMap((pl) => [pl.city, pl.region]).filter((n) => n && names[n]).map((n) => [n, names[n]]));
      files[`locales/${locale}/practice/${p.id}.json`] = { meta: { locale, kind }, entries: { [p.id]: entries[p.id] }, places: own };
    }
  }
  // A kind translated for every record says `true` rather than listing every id: the index stays small.
  const all = { benchmarks: dataset.benchmarks, practices: dataset.practices, 'context-factors': dataset.contextFactors, topics: dataset.topics };
  for (const kinds of Object.values(index)) {
    for (const [kind, ids] of Object.entries(kinds)) kinds[kind] = ids.length === all[kind].length && all[kind].every((r) => ids.includes(r.id)) ? true : ids.sort();
  }
  files['translations.json'] = index;
  return files;
}

/**
 * The data files the widgets load as modules: top-level names, and the folders of many files (each
 * its own, `locales/fr/practice` apart from `locales/fr/benchmarks`, so an index lists one folder).
 */
export function dataModules(files = dataFiles().files) {
  const names = Object.keys(files).filter((name) => name !== 'dataset.json');
  const folders = [...new Set(names.filter((n) => n.includes('/')).map((n) => n.slice(0, n.lastIndexOf('/'))))];
  return { files: names.filter((n) => !n.includes('/')), folders, names };
}

/** A JS string literal of a JSON text: single quotes, which JSON itself does not use. */
const jsString = (json) => `'${json.replace(/[\\'\u2028\u2029]/g, (c) => (c === "'" ? "\\'" : c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16)}`))}'`;

/** An ES module of one data file (JSON.parse of a string is parsed faster than an object literal). */
export const dataModule = (value) => `export default JSON.parse(${jsString(JSON.stringify(value))});\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files } = dataFiles();
  const out = join(root, 'dist', 'data');
  rmSync(out, { recursive: true, force: true });
  for (const [name, value] of Object.entries(files)) {
    const file = join(out, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
  }
  const { names, folders } = dataModules(files);
  for (const name of names) writeFileSync(join(out, name.replace(/\.json$/, '.js')), dataModule(files[name]));
  for (const folder of folders) {
    const entries = names.filter((n) => n.startsWith(`${folder}/`) && !n.slice(folder.length + 1).includes('/')).map((n) => n.slice(folder.length + 1));
    const loaders = entries.map((e) => `  [${JSON.stringify(e)}, () => import(${JSON.stringify(`./${e.replace(/\.json$/, '.js')}`)})],\n`);
    writeFileSync(join(out, folder, '_index.js'), `export default new Map([\n${loaders.join('')}]);\n`);
  }
  cpSync(join(root, 'data', 'schema'), join(out, 'schema'), { recursive: true });
  console.log(`Wrote ${Object.keys(files).length} data files to dist/data/, and ${names.length} as ES modules`);
}
