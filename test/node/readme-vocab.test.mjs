// README lists every filter value (themes, target groups, kinds, sources, countries) as the data has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../scripts/lib/dataset.mjs';

test('the filter values in README.md are the ones of the dataset and the labels', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts/readme-vocab.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
