// The published types, as a TypeScript user gets them: test/types/consumer.ts compiles against
// the built package (dist/types through package.json "exports").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { root } from '../../scripts/lib/dataset.mjs';

test('a TypeScript consumer gets typed events on document and window, a string version and a typed global', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'test/types/tsconfig.json')], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
