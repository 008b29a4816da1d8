// "Your own words": no descriptive text of the dataset shares a run of 12 or more consecutive
// words with a source document (quoted facts such as titles and names are exempt). Needs the
// source documents: ../shared/seeds beside the project, or IW_SEEDS_DIR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, root } from '../../scripts/lib/dataset.mjs';
import { findCopied, seedShingles, COPY_RUN } from '../../scripts/lib/copied.mjs';

const seeds = process.env.IW_SEEDS_DIR ?? join(root, '..', 'shared', 'seeds');

test('no descriptive text is copied from the source documents', () => {
  assert.ok(existsSync(seeds), `The source documents are needed for this test: put them at ${seeds} or set IW_SEEDS_DIR`);
  const { dataset } = loadDataset();
  const records = [...dataset.sources, ...dataset.practices, ...dataset.benchmarks, ...dataset.topics, ...dataset.contextFactors];
  const copied = findCopied(records, seedShingles(seeds, COPY_RUN), COPY_RUN);
  assert.deepEqual(copied.map((c) => `${c.id} ${c.path}: "${c.run}"`), []);
});

test('the check finds a sentence copied from a document', () => {
  const { dataset } = loadDataset();
  const copy = structuredClone(dataset.practices[0]);
  copy.summary = 'The IncluCities-benchmarks are qualitative standards for integration policies based on best practice and normative standards from across Europe.';
  assert.equal(findCopied([copy], seedShingles(seeds, COPY_RUN), COPY_RUN).length, 1);
});
