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
//   translations.json       which content translations exist: locale → kind → record ids
//   locales/<l>/<kind>.json the content translation bundles of data/locales/ (see TRANSLATING.md)
// Each file the widgets load also ships as an ES module beside it (`practice/<id>.js`, whose
// default export is the same value), and each folder gets `_index.js`, a map of literal import()s
// of its modules: the ES module build imports data through them, so bundlers follow it (see
// rollup.config.mjs). The all-in-one build inlines dataFiles() instead.
import { mkdirSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, root } from './lib/dataset.mjs';
import { contentIndex, KINDS, readBundles } from './lib/content.mjs';

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
  // Only well-formed bundles of known kinds ship; npm run i18n:check reports the others.
  const bundles = readBundles().filter((b) => b.bundle && KINDS.includes(b.kind));
  files['translations.json'] = contentIndex(bundles);
  for (const { locale, kind, bundle } of bundles) files[`locales/${locale}/${kind}.json`] = bundle;
  return { files, version: dataset.version };
}

/** The data files the widgets load as modules: top-level names, and the folders of many files. */
export function dataModules(files = dataFiles().files) {
  const names = Object.keys(files).filter((name) => name !== 'dataset.json');
  const folders = [...new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]))];
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
    const entries = names.filter((n) => n.startsWith(`${folder}/`)).map((n) => n.slice(folder.length + 1));
    const loaders = entries.map((e) => `  [${JSON.stringify(e)}, () => import(${JSON.stringify(`./${e.replace(/\.json$/, '.js')}`)})],\n`);
    writeFileSync(join(out, folder, '_index.js'), `export default new Map([\n${loaders.join('')}]);\n`);
  }
  cpSync(join(root, 'data', 'schema'), join(out, 'schema'), { recursive: true });
  console.log(`Wrote ${Object.keys(files).length} data files to dist/data/, and ${names.length} as ES modules`);
}
