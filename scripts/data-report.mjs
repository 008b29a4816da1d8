#!/usr/bin/env node
// Prints what the dataset holds and how complete it is, then every record that fails a
// quality rule (exit 1 when any does). `npm run data:report`.
import { loadDataset } from './lib/dataset.mjs';
import { checkIntegrity } from './lib/integrity.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/dataset.mjs';
import { COPY_RUN, findCopied, seedShingles } from './lib/copied.mjs';

const { dataset } = loadDataset();
const { practices, benchmarks, sources, contextFactors, topics } = dataset;
const count = (items, key) => {
  const out = {};
  for (const item of items) for (const k of [key(item)].flat()) out[k] = (out[k] ?? 0) + 1;
  return Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const table = (title, rows) => {
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${String(k).padEnd(34)}${String(v).padStart(5)}`);
};
const share = (pred) => `${((practices.filter(pred).length / practices.length) * 100).toFixed(0)} % (${practices.filter(pred).length}/${practices.length})`;

console.log(`integration-widgets dataset ${dataset.version}`);
console.log(`${sources.length} sources, ${practices.length} practices, ${benchmarks.length} benchmarks, ` +
  `${benchmarks.reduce((n, b) => n + b.keyFactors.length, 0)} key factors, ` +
  `${benchmarks.reduce((n, b) => n + b.keyFactors.reduce((m, kf) => m + kf.questions.length, 0), 0)} guiding questions, ` +
  `${benchmarks.reduce((n, b) => n + b.keyFactors.reduce((m, kf) => m + (kf.tips?.length ?? 0), 0), 0)} tips, ` +
  `${contextFactors.length} context factors, ${topics.length} topics`);

table('Practices per source and kind', count(practices, (p) => [...new Set(p.provenance.map((x) => `${x.source} / ${p.kind}`))]));
table('Practices per theme', count(practices, (p) => p.themes));
table('Practices per target group', count(practices, (p) => p.targetGroups));
table('Practices per country', count(practices, (p) => (p.countries.length ? p.countries : ['(none)'])));
table('Flags', count(practices.filter((p) => p.flags?.length), (p) => p.flags));
table('Benchmarks (key factors / questions / tips / named examples)', benchmarks.map((b) => [
  b.id,
  `${b.keyFactors.length} / ${b.keyFactors.reduce((m, kf) => m + kf.questions.length, 0)} / ${b.keyFactors.reduce((m, kf) => m + (kf.tips?.length ?? 0), 0)} / ${b.keyFactors.reduce((m, kf) => m + (kf.practices?.length ?? 0), 0)}`,
]));

console.log('\nCompleteness of practices');
console.log(`  with a URL                        ${share((p) => p.urls?.length)}`);
console.log(`  with a period                     ${share((p) => p.period && (p.period.start || p.period.end || p.period.status !== 'unknown'))}`);
console.log(`  with a target group               ${share((p) => p.targetGroups.length)}`);
console.log(`  with a key factor link            ${share((p) => p.keyFactors?.length)}`);
console.log(`    of which stated by the source   ${share((p) => p.keyFactors?.some((k) => !k.inferred))}`);
console.log(`  with a place (city or region)     ${share((p) => p.places?.some((pl) => pl.city || pl.region))}`);
console.log(`  with a description               ${share((p) => p.description?.length)}`);

const failures = checkIntegrity(dataset);
const seeds = process.env.IW_SEEDS_DIR ?? join(root, '..', 'shared', 'seeds');
if (existsSync(seeds)) {
  const records = [...sources, ...practices, ...benchmarks, ...topics, ...contextFactors];
  for (const c of findCopied(records, seedShingles(seeds, COPY_RUN), COPY_RUN))
    failures.push({ id: c.id, rule: 'copied', message: `${c.path} shares ${COPY_RUN}+ words with a source document: "${c.run}"` });
} else {
  console.log(`\n(The source documents are not at ${seeds}: the copied-prose rule was not checked.)`);
}
console.log(`\nQuality failures: ${failures.length}`);
for (const f of failures) console.log(`  ${f.id}: [${f.rule}] ${f.message}`);
process.exit(failures.length ? 1 : 0);
