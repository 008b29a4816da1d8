// The README's framework and bundler examples are files of the real-client apps (test/clients/),
// which `npm run test:clients` builds and drives: each `<!-- file: path -->` block must be that
// file exactly, so the README shows what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/dataset.mjs';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```\n/g)].map(([, path, body]) => ({ path, body }));

test('every example taken from a client app is that file, as it is', () => {
  for (const { path, body } of blocks) assert.equal(`${body}\n`, readFileSync(join(root, path), 'utf8'), `README's copy of ${path} differs from the file`);
});

test('the README shows the React, Vue, bundler and server examples', () => {
  assert.deepEqual(blocks.map((b) => b.path).sort(), [
    'test/clients/bundlers/hosted.js',
    'test/clients/bundlers/main.js',
    'test/clients/react/src/App.tsx',
    'test/clients/react/src/main.tsx',
    'test/clients/ssr/render.mjs',
    'test/clients/vue/src/App.vue',
    'test/clients/vue/src/main.ts',
    'test/clients/vue/vite.config.js',
  ]);
});
