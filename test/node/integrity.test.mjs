// The data quality rules catch what they claim to: each test breaks a copy of the real dataset
// in one way and expects the matching failure (and the real dataset passes them all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../scripts/lib/dataset.mjs';
import { checkIntegrity } from '../../scripts/lib/integrity.mjs';

const fresh = () => structuredClone(loadDataset().dataset);
const rules = (dataset) => checkIntegrity(dataset).map((f) => f.rule);

test('the shipped dataset passes every rule', () => {
  assert.deepEqual(checkIntegrity(fresh()), []);
});

test('a duplicated id is caught', () => {
  const d = fresh();
  d.practices.push({ ...d.practices[0] });
  assert.ok(rules(d).includes('unique-id'));
});

test('a dangling key factor, practice, context factor or source is caught', () => {
  const d = fresh();
  d.practices[0].keyFactors = [{ id: 'no-such-kf' }];
  d.benchmarks[0].keyFactors[0].practices = ['no-such-practice'];
  d.benchmarks[0].contextFactors.push({ id: 'no-such-factor' });
  d.topics[0].provenance = [{ source: 'no-such-source', section: '1' }];
  const r = rules(d);
  for (const rule of ['dangling-key-factor', 'dangling-practice', 'dangling-context-factor', 'dangling-source']) assert.ok(r.includes(rule), rule);
});

test('a link stated one way only is caught', () => {
  const d = fresh();
  const kf = d.benchmarks.find((b) => b.keyFactors.some((k) => k.practices?.length)).keyFactors.find((k) => k.practices?.length);
  const p = d.practices.find((x) => x.id === kf.practices[0]);
  p.keyFactors = p.keyFactors.filter((l) => l.id !== kf.id);
  assert.ok(rules(d).includes('one-way-link'));
});

test('a non-http link, a lost "#" link and markup in text are caught', () => {
  const d = fresh();
  d.practices[0].urls = [{ url: 'javascript:alert(1)' }];
  d.practices[1].urls = [{ url: '#' }];
  d.practices[2].summary = 'A <b>bold</b> summary';
  d.practices[3].summary = 'See [the site](#) for more';
  const failures = checkIntegrity(d);
  assert.equal(failures.filter((f) => f.rule === 'url').length, 2);
  assert.equal(failures.filter((f) => f.rule === 'markup').length, 2);
});

test('footnote markers and page-break artefacts are caught', () => {
  const d = fresh();
  d.practices[0].summary = 'Integration policy¹ works';
  d.practices[1].summary = 'Cut by a page\n\n\nbreak';
  const r = rules(d);
  assert.ok(r.includes('footnote'));
  assert.ok(r.includes('artefact'));
});

test('an empty summary is caught', () => {
  const d = fresh();
  d.practices[0].summary = ' ';
  assert.ok(rules(d).includes('empty-summary'));
});

test('losing records below the documents\' own numbering is caught', () => {
  const d = fresh();
  d.practices = d.practices.filter((p, i) => !p.provenance.some((x) => x.source === 'youmig') || i % 2 === 0);
  d.benchmarks[0].keyFactors.pop();
  const failures = checkIntegrity(d).filter((f) => f.rule === 'count').map((f) => f.id);
  assert.ok(failures.includes('youmig'));
  assert.ok(failures.includes(d.benchmarks[0].id));
});
