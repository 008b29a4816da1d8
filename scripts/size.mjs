#!/usr/bin/env node
// Prints the size (raw, gzip -9, brotli) of each build, each locale file and each group of data
// files, and the worst case of a page that shows one practice card. With --check, fails when a
// budget is exceeded. The one-card figure measured in a real page is checked by
// test/embed-budget.test.ts (same budget, same `sizes()`).
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, relative } from 'node:path';
import { root } from './lib/dataset.mjs';

/** Budgets in bytes of gzip. */
export const BUDGETS = {
  // Issue 15: at most 22 KB; kept at what the module reached (20.9 KB), so growth is a decision.
  'dist/integration-widgets.js': 22 * 1024,
};
/** Everything a page showing one practice card transfers from us: script, data, locale. */
export const ONE_CARD_BUDGET = 60 * 1024;

export const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

export const fileSizes = (path) => sizes(readFileSync(join(root, path)));

export const BUILDS = ['dist/integration-widgets.js', 'dist/integration-widgets.iife.js', 'dist/integration-widgets.all.js'];

/** The all-in-one files with the content of one language (and English) each. */
const allPerLanguage = () => filesUnder('dist').filter((f) => /^dist\/integration-widgets\.all\.[\w-]+\.js$/.test(f)).sort();

/** Files under a dist/ folder (recursively), as paths relative to the project root. */
export function filesUnder(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const p = join(abs, name);
    return statSync(p).isDirectory() ? filesUnder(relative(root, p)) : [relative(root, p)];
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One row per build and per single file; one row per group of per-record data files. */
export function sizeReport() {
  const rows = [];
  for (const f of [...BUILDS, ...allPerLanguage()]) rows.push({ name: f, ...fileSizes(f) });
  // Elements the ES module loads on demand (only on pages that contain their tag).
  for (const f of filesUnder('dist/elements').sort()) rows.push({ name: f, ...fileSizes(f) });
  for (const f of filesUnder('dist/locales').sort()) rows.push({ name: f, ...fileSizes(f) });
  // Content translations have their own table (translationSizes); here the rest of the data.
  const data = filesUnder('dist/data').filter((f) => f.endsWith('.json') && !f.includes('/schema/') && !f.startsWith('dist/data/locales/'));
  for (const f of data.filter((f) => f.split('/').length === 3).sort()) rows.push({ name: f, ...fileSizes(f) });
  // The indexes of the data modules, one per folder (a one-card page loads practice/_index.js).
  for (const f of filesUnder('dist/data').filter((f) => f.endsWith('/_index.js') && !f.startsWith('dist/data/locales/')).sort()) rows.push({ name: f, ...fileSizes(f) });
  const groups = new Map();
  for (const f of data.filter((f) => f.split('/').length > 3)) {
    const g = f.split('/').slice(0, 3).join('/');
    groups.set(g, [...(groups.get(g) ?? []), fileSizes(f)]);
  }
  for (const [g, list] of [...groups].sort()) {
    const pick = (k) => list.map((s) => s[k]);
    rows.push({
      name: `${g}/* (${list.length} files)`,
      group: true,
      count: list.length,
      raw: median(pick('raw')), gzip: median(pick('gzip')), brotli: median(pick('brotli')),
      maxRaw: Math.max(...pick('raw')), maxGzip: Math.max(...pick('gzip')), maxBrotli: Math.max(...pick('brotli')),
    });
  }
  return rows;
}

/**
 * The content translations of each language (dist/data/locales/<l>/, as JSON): the total of the
 * bundles a language ships (every benchmark, the practices, context factors and topics), each part,
 * and the per-practice files a card loads (which repeat practices.json one practice at a time).
 */
export function translationSizes() {
  const dir = 'dist/data/locales';
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).filter((l) => statSync(join(root, dir, l)).isDirectory()).sort().map((locale) => {
    const json = (sub) => filesUnder(`${dir}/${locale}${sub}`).filter((f) => f.endsWith('.json'));
    const none = { raw: 0, gzip: 0, brotli: 0, count: 0 };
    const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli, count: a.count + (b.count ?? 1) });
    const sum = (files) => files.map(fileSizes).reduce(add, none);
    const top = (name) => (existsSync(join(root, dir, locale, name)) ? [`${dir}/${locale}/${name}`] : []);
    const parts = {
      benchmarks: sum(json('/benchmarks')),
      practices: sum(top('practices.json')),
      'context-factors': sum(top('context-factors.json')),
      topics: sum(top('topics.json')),
    };
    // The parts' sums: each file is compressed once.
    const total = Object.values(parts).reduce(add, none);
    const practice = json('/practice').map(fileSizes);
    return { locale, total, parts, practice: { count: practice.length, gzip: practice.length ? median(practice.map((p) => p.gzip)) : 0, maxGzip: Math.max(0, ...practice.map((p) => p.gzip)) } };
  });
}

/**
 * The worst one-card page: ES module + the data checks it loads + the practice index + largest
 * practice module + sources.js, and for the largest locale its interface strings, the translations
 * index, its per-practice index and its largest practice translation (the ES module imports data
 * as modules, see build-data.mjs).
 */
export function worstOneCard() {
  const gz = (f) => fileSizes(f).gzip;
  // The first of the largest, each file compressed once (not at every comparison).
  const largest = (files) => files.map((f) => [f, gz(f)]).reduce((a, b) => (a[1] >= b[1] ? a : b))[0];
  const practice = largest(filesUnder('dist/data/practice').filter((f) => f.endsWith('.js') && !f.endsWith('_index.js')));
  const locale = largest(filesUnder('dist/locales'));
  const code = locale.split('/').pop().replace(/\.js$/, '');
  const translated = filesUnder(`dist/data/locales/${code}/practice`).filter((f) => f.endsWith('.js') && !f.endsWith('_index.js'));
  const checks = filesUnder('dist/elements').filter((f) => /\/check-[^/]+\.js$/.test(f));
  const files = ['dist/integration-widgets.js', ...checks, 'dist/data/practice/_index.js', practice, 'dist/data/sources.js', locale];
  if (translated.length) files.push('dist/data/translations.js', `dist/data/locales/${code}/practice/_index.js`, largest(translated));
  return { files, gzip: files.reduce((n, f) => n + gz(f), 0) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of BUILDS) {
    if (!existsSync(join(root, f))) {
      console.error(`${f} is missing: run npm run build first`);
      process.exit(1);
    }
  }
  let failed = false;
  console.log(`${'file'.padEnd(48)}${'raw'.padEnd(11)}${'gzip'.padEnd(11)}${'brotli'.padEnd(11)}budget (gzip)`);
  for (const r of sizeReport()) {
    const budget = BUDGETS[r.name];
    const over = budget !== undefined && r.gzip > budget;
    failed ||= over;
    const cell = (v, max) => (r.group ? `${kb(v)}/${kb(max)}` : kb(v)).padEnd(r.group ? 19 : 11);
    console.log(
      `${r.name.padEnd(48)}${cell(r.raw, r.maxRaw)}${cell(r.gzip, r.maxGzip)}${cell(r.brotli, r.maxBrotli)}${budget ? `${kb(budget)} ${over ? 'OVER BUDGET' : 'ok'}` : r.group ? '(median/max)' : '-'}`,
    );
  }
  const languages = translationSizes();
  if (languages.length) {
    console.log('\nContent translations per language (dist/data/locales/<l>/, JSON; gzip of each file, summed):');
    console.log(`${'language'.padEnd(10)}${'total raw'.padEnd(12)}${'total gzip'.padEnd(12)}${'benchmarks (files)'.padEnd(21)}${'practices'.padEnd(11)}${'context f.'.padEnd(12)}${'topics'.padEnd(10)}one practice (median/max)`);
    for (const l of languages) {
      const p = l.parts;
      console.log(
        `${l.locale.padEnd(10)}${kb(l.total.raw).padEnd(12)}${kb(l.total.gzip).padEnd(12)}${`${kb(p.benchmarks.gzip)} (${p.benchmarks.count})`.padEnd(21)}${kb(p.practices.gzip).padEnd(11)}${kb(p['context-factors'].gzip).padEnd(12)}${kb(p.topics.gzip).padEnd(10)}${l.practice.count ? `${kb(l.practice.gzip)}/${kb(l.practice.maxGzip)} (${l.practice.count} files)` : '-'}`,
      );
    }
  }
  const one = worstOneCard();
  const over = one.gzip > ONE_CARD_BUDGET;
  failed ||= over;
  console.log(`\nworst one-card page (${one.files.map((f) => f.replace('dist/', '')).join(' + ')}): ${kb(one.gzip)} gzip, budget ${kb(ONE_CARD_BUDGET)} ${over ? 'OVER BUDGET' : 'ok'}`);
  if (process.argv.includes('--check') && failed) {
    console.error('Over a size budget.');
    process.exit(1);
  }
}
