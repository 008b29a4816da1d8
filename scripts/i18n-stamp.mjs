#!/usr/bin/env node
// Records, after a translator edited bundles, which English each new or changed translation was
// made from (see TRANSLATING.md):
//
//   npm run i18n:stamp -- [<bundle file or locale>…] [--since=<git ref>] [--confirm=<id>[.<field>],…|all]
//                         [--status=draft|reviewed] [--reviewer="…"] [--translator="…"] [--date=YYYY-MM-DD]
//
// A translated field gets the hash of the current English (`en.<field>`) when it has none, or when
// it is stale (its English changed) and its translation differs from the one at <git ref>
// (default HEAD: the last commit), that is the translator revised it. A stale field whose
// translation did not change keeps its old hash and stays stale, unless --confirm names it (the
// translator checked that it still says what the new English says). Every entry that changes gets
// --status (default draft: a changed text is not reviewed yet); hashes of removed fields go.
// With no file or locale, every bundle of data/locales/ is stamped.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadDataset, root } from './lib/dataset.mjs';
import { englishContent, hashOf, KINDS, readBundles, sameJson } from './lib/content.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const targets = args.filter((a) => !a.startsWith('--'));
const since = option('since') ?? 'HEAD';
const status = option('status') ?? 'draft';
const confirm = new Set((option('confirm') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const date = option('date') ?? new Date().toISOString().slice(0, 10);
if (!['draft', 'reviewed'].includes(status)) {
  console.error('--status is draft or reviewed');
  process.exit(2);
}

const english = englishContent(loadDataset().dataset);

/** The bundle at the git ref, or undefined (not a git checkout, or the file is new there). */
function baseline(path) {
  try {
    const text = execFileSync('git', ['show', `${since}:${relative(root, path).split('\\').join('/')}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const files = readBundles().filter((b) => KINDS.includes(b.kind) && (b.kind === 'benchmarks') === !!b.nested);
const chosen = targets.length
  ? files.filter((f) => targets.some((t) => t === f.locale || resolve(t) === f.path || resolve(root, t) === f.path))
  : files;
for (const t of targets) {
  if (!files.some((f) => t === f.locale || resolve(t) === f.path || resolve(root, t) === f.path)) {
    console.error(`${t}: not a bundle of data/locales/ nor a locale with bundles`);
    process.exit(2);
  }
}

let stampedFields = 0;
let changedFiles = 0;
const stillStale = [];
for (const file of chosen) {
  const where = relative(root, file.path);
  if (file.error) {
    console.error(`${where}: ${file.error}; fix it first`);
    process.exitCode = 1;
    continue;
  }
  const bundle = file.bundle;
  const before = JSON.stringify(bundle);
  const old = baseline(file.path);
  bundle.meta ??= {};
  bundle.entries ??= {};
  for (const [id, entry] of Object.entries(bundle.entries)) {
    const record = english[file.kind].get(id);
    if (!record || !entry || typeof entry !== 'object') continue; // i18n:check reports it
    const translatable = { ...record.fields, ...record.optional };
    entry.en ??= {};
    const was = old?.entries?.[id];
    const confirmed = (field) => confirm.has('all') || confirm.has(id) || confirm.has(`${id}.${field}`);
    let stamped = false;
    let edited = false;
    for (const [field, value] of Object.entries(entry)) {
      if (field === 'status' || field === 'en' || !(field in translatable)) continue;
      const current = hashOf(translatable[field]);
      const revised = was !== undefined && !sameJson(was[field], value);
      edited ||= revised;
      if (entry.en[field] === current) continue;
      if (entry.en[field] === undefined || revised || confirmed(field)) {
        entry.en[field] = current;
        stampedFields++;
        stamped = true;
      } else stillStale.push(`${where} "${id}".${field}${old ? '' : ` (no version at ${since} to compare with)`}`);
    }
    for (const field of Object.keys(entry.en)) if (entry[field] === undefined) delete entry.en[field];
    // A new or re-stamped translation, or one confirmed by a reviewer, takes --status; a text
    // edited after a committed review is a draft again (unless this is the review).
    if (stamped || !entry.status || (status === 'reviewed' && Object.keys(entry.en).some(confirmed))) entry.status = status;
    else if (edited && entry.status === 'reviewed' && was?.status === 'reviewed' && status !== 'reviewed') entry.status = 'draft';
    // Key order as the importer writes it: status, en, then the fields.
    const { status: s, en, ...fields } = entry;
    bundle.entries[id] = { status: s, en, ...fields };
  }
  if (JSON.stringify(bundle) === before) continue;
  bundle.meta = {
    locale: bundle.meta.locale ?? file.locale,
    kind: bundle.meta.kind ?? file.kind,
    ...(file.kind === 'benchmarks' ? { benchmark: bundle.meta.benchmark ?? file.benchmark } : {}),
    ...bundle.meta,
    ...(option('translator') ? { translator: option('translator') } : {}),
    ...(status === 'reviewed' && option('reviewer') ? { reviewer: option('reviewer') } : {}),
    date,
  };
  writeFileSync(file.path, `${JSON.stringify(bundle, null, 2)}\n`);
  changedFiles++;
}
console.log(`Stamped ${stampedFields} field(s) in ${changedFiles} file(s).`);
if (stillStale.length) {
  console.log(`\n${stillStale.length} stale field(s) whose translation is unchanged since ${since} were left stale:`);
  for (const s of stillStale.slice(0, 30)) console.log(`  - ${s}`);
  if (stillStale.length > 30) console.log(`  … and ${stillStale.length - 30} more`);
  console.log('Revise them against the new English and stamp again; if one still says the same as the new English, confirm it: --confirm=<id> or --confirm=<id>.<field>.');
}
