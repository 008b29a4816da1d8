#!/usr/bin/env node
// Writes the English dataset text in the shape a translator's folder has (see TRANSLATING.md,
// "Translating a whole language at once"), for translating a whole language outside the repository:
//
//   npm run i18n:export -- <dir>
//
// <dir>/benchmarks/<benchmark-id>.json, practices.json, context-factors.json, topics.json: record
// id → field → English value (practices also carry `_context`, a hint for the translator that is
// not to be translated or returned); places.json: the list of place names. A translation made from
// it is imported with `npm run i18n:import -- <translated dir> --english=<dir>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDataset } from './lib/dataset.mjs';
import { englishContent, placeNames } from './lib/content.mjs';

const dirArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dirArg) {
  console.error('usage: npm run i18n:export -- <dir>');
  process.exit(2);
}
const dir = resolve(dirArg);
const { dataset } = loadDataset();
const english = englishContent(dataset);
const write = (file, value) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
};
// Required fields only: an optional one (a practice's description) is translated in the bundle when wanted.
const fieldsOf = (record) => record.fields;

for (const b of dataset.benchmarks) {
  const records = {};
  for (const [id, record] of english.benchmarks) if (record.group === b.id) records[id] = fieldsOf(record);
  write(`benchmarks/${b.id}.json`, records);
}
const practices = {};
for (const p of dataset.practices) {
  practices[p.id] = {
    _context: { kind: p.kind, countries: p.countries, ...(p.titleEn ? { titleEn: p.titleEn } : {}), organisations: p.organisations },
    ...fieldsOf(english.practices.get(p.id)),
  };
}
write('practices.json', practices);
write('context-factors.json', Object.fromEntries([...english['context-factors']].map(([id, r]) => [id, fieldsOf(r)])));
write('topics.json', Object.fromEntries([...english.topics].map(([id, r]) => [id, fieldsOf(r)])));
write('places.json', placeNames(dataset));
console.log(`Wrote the English of ${dataset.benchmarks.length} benchmarks, ${dataset.practices.length} practices, ${english['context-factors'].size} context factors, ${english.topics.size} topics and ${english.places.size} place names to ${dir}`);
